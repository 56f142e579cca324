// A state's prefix before "and" and other states is a list of states, no body (bodies.ts body, body:state-prefix). Own
// sentences (helper-135).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (s: string): string[] => findBodies(s).map((f) => `${f.surface} [${f.rule}]`);

describe('states coordinated after a state prefix', () => {
  it('are no body', () => {
    expect(bodies('The memo covers sales in the EU, the UK, the US and China.')).toEqual([]);
    expect(bodies('Talks between the U.S. and South Korea resumed.')).toEqual([]);
    expect(bodies('Trade between the US and Japan or Vietnam grew.')).toEqual([]);
  });
  it('leave the bodies a prefix opens', () => {
    expect(bodies('U.S. Customs and Border Protection seized the drones.')).toEqual(['U.S. Customs and Border Protection [body:state-prefix]']);
  });
});
