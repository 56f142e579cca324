// A legal form after a place in parentheses ends a company's name, the parenthesis inside it (bodies.ts withPlacedForms):
// a subsidiary named by its seat. Own invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} ${f.label}`);

describe('a legal form after a parenthesised seat', () => {
  it('makes one company name of the name, the seat and the form', () => {
    expect(bodies('The list named Harrow Tide (Shenzhen) Co., Ltd. in May.')).toEqual(['Harrow Tide (Shenzhen) Co., Ltd. Company']);
    expect(bodies('The list named Quarrell Optics (HK) Limited in May.')).toEqual(['Quarrell Optics (HK) Limited Company']);
  });

  it('joins nothing when the parenthesis holds no seat or no legal form follows', () => {
    expect(bodies('The list named Quarrell Optics (the seller) in May.')).toEqual([]);
    expect(bodies('The list named Quarrell Optics (HK) in May.')).toEqual([]);
  });
});
