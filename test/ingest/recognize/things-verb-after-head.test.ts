// "rules barring authorization of video surveillance equipment name other manufacturers": a singular or mass head right
// before a verb's base form that a determiner of its object follows is the end of a noun phrase, the word after it the
// clause's verb, not a noun the head modifies (things.ts singularBeforeNoun). Own sentences, invented firms and places.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb after a singular head', () => {
  it('ends the phrase before a determiner that opens the verb\'s object', () => {
    expect(found('The rules barring authorization of harbour radar equipment name other makers.')).toContain('harbour radar equipment');
    expect(found('Valdmark\'s rules on video surveillance equipment name the Norvik group.')).toContain('video surveillance equipment');
  });
  it('still reads the head as a modifier of the noun after it', () => {
    // "supply chains": a noun after the head, no determiner after it.
    expect(found('The port relies on global drone supply chains.')).toEqual([]);
    // A determiner that opens a relative clause: "the equipment list the agency drafted".
    expect(found('The radar equipment name the agency chose is long.')).toEqual([]);
  });
});
