// A title that names its department ("Secretary of Commerce": the Department of Commerce) after an indefinite determiner
// names an office in general, no department. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.name}`);

describe('a title after an indefinite determiner', () => {
  it('names no department', () => {
    expect(bodies('The question was put to a Secretary of State.')).toEqual([]);
    expect(bodies('Any Minister of Harbours may sign the order.')).toEqual([]);
  });
  it('leaves a definite title its department, and a body named in full its body', () => {
    expect(bodies('The question was put to a Secretary of State and to the Secretary of State for Harbours.')).toEqual(['Secretary of State for Harbours => Department for Harbours']);
    expect(bodies('The Minister of Harbours may sign the order.')).toEqual(['Minister of Harbours => Ministry of Harbours']);
    expect(bodies('An Administrator of the Norland Harbour Agency spoke.')).toEqual(['Norland Harbour Agency => Norland Harbour Agency']);
  });
});
