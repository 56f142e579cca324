// A scope statement after the class it names (grammar/things.yaml scope-after, things.ts scopeAfter): the phrase before "fall
// within the scope" or, where the sentence names a scope before, "fall within it" is in scope, its support. Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a scope statement after its class', () => {
  it('supports the phrase it follows, a "with" phrase and a relative pronoun between', () => {
    expect(found('Harbour cranes sit outside its scope, while tidal survey drones with a camera fall within it.')).toContain('tidal survey drones [thing:scope]');
    expect(found('Tidal turbines that fall within the scope of this Regulation must be certified.')).toEqual(['Tidal turbines [thing:scope]']);
    expect(found('Under the code, inverters therefore come within its scope.')).toEqual(['inverters [thing:scope]']);
  });
  it('reads no "within it" with no scope named before, nor "within" anything else', () => {
    expect(found('Most inverters fall within it.')).toEqual([]);
    expect(found('The drones fell within range.')).toEqual([]);
  });
});
