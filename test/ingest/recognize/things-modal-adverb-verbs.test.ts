// After a modal and an adverb, a base form WordNet knows as a verb is the modal's verb, no modifier of the thing after
// it, also where compromise's lexicon tags it a noun first ("would also ban", "may still ban") (things.ts afterModal).
// Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => f.surface);

describe('a verb after a modal and an adverb', () => {
  it('stays out of the thing after it, though the lexicon reads it as a noun', () => {
    expect(things('The amended order would also ban tide gauge sensors.')).toEqual(['tide gauge sensors']);
    expect(things('The new schedule would also catch collaborative welding robots, which small workshops buy.')).toEqual(['collaborative welding robots']);
    expect(things('The agency may still ban harbour survey drones.')).toEqual(['harbour survey drones']);
  });
  it('leaves a noun right after a determiner as a modifier', () => {
    expect(things('The agency may also review the ban lists for drone batteries.')).not.toContain('review the ban lists');
    expect(things('The port uses crane control units.')).toEqual(['crane control units']);
    // "May" the month, and a count after it, are no modal and adverb.
    expect(things('Customs detained three consignments in May: 40 harbour cranes.')).toEqual(['harbour cranes']);
  });
});
