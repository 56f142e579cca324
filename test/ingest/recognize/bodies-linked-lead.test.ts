// A body's "<head> <link> <domain>" name after words that are no head and a link ("Question for Ministry of Harbours", a
// written question's heading): the body's name starts at its head. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);

describe('words and a link before a body\'s name', () => {
  it('are no part of the name', () => {
    expect(bodies('Question for Ministry of Harbours')).toEqual(['Ministry of Harbours => Authority']);
    expect(bodies('Guidance of the Office of Port Security was issued.')).toEqual(['Office of Port Security => Authority']);
  });
  it('leave a name whose head comes first, or a title\'s body, as it was', () => {
    expect(bodies('The Office of the Director of Harbour Safety met.')).toEqual(['Office of the Director of Harbour Safety => Authority']);
    expect(bodies('The Committee on Harbour Investment in the Norland Islands met.')).toEqual(['Committee on Harbour Investment in the Norland Islands => Authority']);
    expect(bodies('The Secretary of State for Harbours spoke.')).toEqual(['Secretary of State for Harbours => Authority']);
  });
  it("are no part of the name after \"of the\": a list, a report or the members of a body that ends in its head or has its state's prefix", () => {
    expect(bodies('Firms on the Restricted Suppliers List of the Norland Harbour Safety Commission may not bid.')).toEqual(['Norland Harbour Safety Commission => Authority']);
    expect(bodies('It relies on the Approved Vendors List of the U.S. Department of Harbours.')).toEqual(['U.S. Department of Harbours => Authority']);
    expect(bodies('Members of the Norland Harbour Safety Commission disagreed.')).toEqual(['Norland Harbour Safety Commission => Authority']);
  });
});
