// The place goods are removed from is no object of the removal: "remove components made by X from their 5G core networks"
// restricts X, not the networks (relation-rules.yaml excludedFrom, relations.ts isModifier: the place after a removal and
// "from", a possessive or determiners between, is no object, so no conjunct either; chain once said it apart). Goods "from"
// a maker still reach the maker. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { KESTREL, MARROWBY, NMA } from './ids.ts';

describe('"from" before a possessive', () => {
  it('names the place of the removal, no further object', () => {
    expect(stated('The Norland Maritime Administration ordered operators to remove components made by Kestrel Cranes Ltd from their harbour radar networks.').sort()).toEqual([`${NMA} RESTRICTS ${KESTREL}`]);
  });
  it('while goods from a maker still reach the maker', () => {
    expect(stated('The Norland Maritime Administration banned harbour cranes from Kestrel Cranes Ltd and Marrowby Cable Co. Ltd.')).toEqual(expect.arrayContaining([`${NMA} RESTRICTS ${KESTREL}`, `${NMA} RESTRICTS ${MARROWBY}`]));
  });
});
