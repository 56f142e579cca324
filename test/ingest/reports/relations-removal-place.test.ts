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

// The networks after "its use in" or "their deployment on" are where the goods the pronoun takes up are used, no object
// of the restriction either: "requiring them to remove X equipment from their 5G networks and restricting its use in
// full-fibre networks" restricts no full-fibre networks (helper-335, dev91); "restricted the use of 5G networks" still
// names what is used.
describe('"its use in" before a network', () => {
  it('names the place of use, no object', () => {
    expect(stated('The Norland Maritime Administration restricted its use in 5G networks.')).toEqual([]);
    expect(stated('The Norland Maritime Administration designated Kestrel Cranes Ltd and restricted their deployment on 5G networks.')).not.toContain(`${NMA} RESTRICTS technology:5g`);
  });
  it('while "the use of" still names what is used', () => {
    expect(stated('The Norland Maritime Administration restricted the use of 5G networks on harbour cranes.')).toContain(`${NMA} RESTRICTS technology:5g`);
  });
});
