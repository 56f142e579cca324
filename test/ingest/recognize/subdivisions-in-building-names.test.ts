// "Palace of Westminster", "Museum of Florida": a subdivision after "<Building> of", where the building's noun is a made
// thing (WordNet noun.artifact) that heads no body, is part of the building's name, no place of its own
// (subdivisions.ts builtName). Own sentences.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../ingest/recognize/names.ts';
import { findSubdivisions } from '../../../ingest/recognize/subdivisions.ts';

const places = (text: string): string[] => findSubdivisions(text, tokenize(text)).map((f) => f.surface);

describe("a subdivision inside a building's name", () => {
  it('is none', () => {
    expect(places('The witnesses were heard in Committee Room 4, Palace of Westminster.')).toEqual([]);
    expect(places('The drones were shown at the Museum of Florida in May.')).toEqual([]);
  });
  it('stays a place after "of" and a word that is no building', () => {
    expect(places('The Governor of Texas signed the bill, and the State of Ohio sued.')).toEqual(['Texas', 'Ohio']);
    expect(places('Cars are built in the north of Ohio.')).toEqual(['Ohio']);
  });
});
