// A specification's or a contract's numbered paragraphs ("1.2", "R2.1", "S-4") open their sentences as an enumerator
// "(1)" does: the word after the number is the sentence's first, capitalised as such, and the number is no word of a name
// (things.ts ENUMERATORS). Own sentences (helper-251, dev68's tender specification: "R2.1 Body-worn cameras shall record
// at 1080p").
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => f.surface);

describe('a clause number before a thing', () => {
  it('leaves the capitalised first word a modifier of the name', () => {
    expect(things('R2.1 Body-worn cameras shall record at 1080p.')).toEqual(['Body-worn cameras']);
    expect(things('1.2 Thermal cameras shall be rated IP67.')).toEqual(['Thermal cameras']);
    expect(things('R10.2.1 Cellular modules shall be listed.')).toEqual(['Cellular modules']);
  });
  it('is no word of the name', () => {
    expect(things('S-4 Routers shall not open connections.')).toEqual([]);
    expect(things('S-4 Edge routers shall not open connections.')).toEqual(['Edge routers']);
  });
  it('is no number of a year or a count', () => {
    expect(things('2026 Drones were sold.')).toEqual([]);
  });
});
