// A plural head after a singular noun, right before a trade noun and "of" (grammar/things.yaml trade-nouns: "the rule bars
// imports of vehicles"), is that noun's verb, no head of things: "rule bars" names nothing, the goods after do
// (things.ts tradeOfAfter, beside the verb readings before another head or a determiner). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const phrases = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a plural head before a trade noun and "of"', () => {
  it('is the verb of the noun before it', () => {
    expect(phrases('The rule bars imports of harbour cranes.')).toEqual(['harbour cranes']);
    expect(phrases('The order bars sales of forklift trucks from May.')).toEqual(['forklift trucks']);
  });
  it('but a plural head elsewhere stays one', () => {
    expect(phrases('The company sells cable bars.')).toEqual(['cable bars']);
  });
});
