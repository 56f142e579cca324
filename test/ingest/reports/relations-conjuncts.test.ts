// Links between the objects of one verb (relation-rules.yaml chain, relations.ts reached): a short name a parenthesis
// defines is part of its conjunct, a conjunct may name its trade again, a class's members may follow with a possessive.
// Own sentences, fictional bodies, acts and products.
//
// "together with", "along with" coordinate a verb's objects as "and" does (relation-rules.yaml chain), past an
// apposition of the first. Own sentences, fictional companies; real bodies by their public names only.
//
// Goods "linked to"/"tied to" a country are chained to it (relation-rules.yaml chain): a prohibition done under an
// instrument restricts both the goods and the country. Own sentences, a fictional act and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, OFAC, COUNCIL, ACT, KESTREL, MARROWBY, VELDRY, CRANES, FORKLIFTS } from './ids.ts';

describe('conjuncts of one object list', () => {
  it('go on past a short name a parenthesis defines', () => {
    const got = stated('The Valdmark Crane Safety Act restricts imports of harbour cranes linked to the People\'s Republic of China ("PRC") or Russia.');
    expect(got).toContain(`${ACT} RESTRICTS jur:cn`);
    expect(got).toContain(`${ACT} RESTRICTS jur:ru`);
  });

  it('reach a conjunct that names its trade again', () => {
    const got = stated('The Valdmark Crane Safety Act prohibits the import of harbour cranes and the import or sale of forklift trucks.');
    expect(got).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`, `${ACT} RESTRICTS ${CRANES}`]);
  });

  it('but not a noun phrase of another kind after the conjunction', () => {
    const got = stated('The Valdmark Crane Safety Act prohibits the import of harbour cranes and the safety of forklift trucks is reviewed yearly.');
    expect(got).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('reach the members of a class after a possessive', () => {
    const got = stated('The Valdmark Crane Safety Act will impose security requirements on port machinery, including our harbour cranes, from 2027.');
    expect(got).toContain(`${ACT} REGULATES ${CRANES}`);
  });
});

describe('lists of objects in one sentence', () => {
  const ARVEL = 'company:~arvel-robotics-co-ltd';

  it('a conjunct that repeats the preposition after one no mention covers ("as well as on its subsidiaries and on Y")', () => {
    expect(stated('The Norland Trade Council imposed export restrictions on Kestrel Cranes Ltd. as well as on its subsidiaries and on Marrowby Cable Co., Ltd.')).toEqual([
      `${COUNCIL} RESTRICTS ${KESTREL}`,
      `${COUNCIL} RESTRICTS ${MARROWBY}`,
    ]);
  });

  it('items a semicolon separates, with no verb after it, are one list', () => {
    expect(stated('The Bureau of Industry and Security designated Kestrel Cranes Ltd.; Marrowby Cable Co., Ltd.; and Arvel Robotics Co., Ltd.')).toEqual([
      `${BIS} DESIGNATES ${ARVEL}`,
      `${BIS} DESIGNATES ${KESTREL}`,
      `${BIS} DESIGNATES ${MARROWBY}`,
    ]);
  });

  it('a thing the grammar reads only as a conjunct is one after a semicolon too, where an item ends', () => {
    const TIDE = 'product:~tide-gauge';
    expect(stated('The Valdmark Crane Safety Act restricts harbour cranes; tide gauges; and forklift trucks.')).toEqual([
      `${ACT} RESTRICTS ${FORKLIFTS}`,
      `${ACT} RESTRICTS ${CRANES}`,
      `${ACT} RESTRICTS ${TIDE}`,
    ]);
    expect(stated('The Valdmark Crane Safety Act restricts harbour cranes; and tide gauges.')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${TIDE}`]);
    expect(stated('The Valdmark Crane Safety Act restricts harbour cranes; tide gauges remain unaffected.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('a conjunct may open with a quantity, as a determiner does ("40 harbour cranes; 200 forklift trucks")', () => {
    expect(stated('The Valdmark Crane Safety Act restricts 40 harbour cranes; 2,000 forklift trucks; and 12 tide gauges.')).toEqual([
      `${ACT} RESTRICTS ${FORKLIFTS}`,
      `${ACT} RESTRICTS ${CRANES}`,
      `${ACT} RESTRICTS product:~tide-gauge`,
    ]);
    expect(stated('The Bureau of Industry and Security designated Kestrel Cranes Ltd. and 3 subsidiaries of Marrowby Cable Co., Ltd.')).toEqual([`${BIS} DESIGNATES ${KESTREL}`]);
    expect(stated('The Valdmark Crane Safety Act restricts harbour cranes made by Kestrel Cranes Ltd. and 200 forklift trucks.')).toEqual([
      `${ACT} RESTRICTS ${KESTREL}`,
      `${ACT} RESTRICTS ${FORKLIFTS}`,
      `${ACT} RESTRICTS ${CRANES}`,
    ]);
  });

  it('but a semicolon before a clause of its own ends the list, whether its subject is a name or not', () => {
    expect(stated('The Bureau of Industry and Security designated Kestrel Cranes Ltd.; Marrowby Cable Co., Ltd. was not affected.')).toEqual([`${BIS} DESIGNATES ${KESTREL}`]);
    expect(stated('The Bureau of Industry and Security designated Kestrel Cranes Ltd.; the Norland Trade Council later investigated Marrowby Cable Co., Ltd.')).toEqual([
      `${BIS} DESIGNATES ${KESTREL}`,
      `${COUNCIL} INVESTIGATES ${MARROWBY}`,
    ]);
  });
});

describe('objects coordinated by "together with"', () => {
  it('are each the verb\'s object', () => {
    expect(stated('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd., a maker of harbour cranes, together with Veldry Trawl Ltd.')).toEqual([
      `${OFAC} DESIGNATES ${MARROWBY}`,
      `${OFAC} DESIGNATES ${VELDRY}`,
    ]);
    expect(stated('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd. along with Veldry Trawl Ltd.')).toEqual([
      `${OFAC} DESIGNATES ${MARROWBY}`,
      `${OFAC} DESIGNATES ${VELDRY}`,
    ]);
  });
});

describe('goods linked to a country under a prohibition', () => {
  it('are restricted with the country', () => {
    const got = stated('The Valdmark Crane Safety Act took effect in May. Under the Valdmark Crane Safety Act, harbour cranes linked to China may not be imported into Norland.');
    expect(got).toContain(`${ACT} RESTRICTS ${CRANES}`);
    expect(got).toContain(`${ACT} RESTRICTS jur:cn`);
  });
});

describe('a conjunct that names its tie to the one before', () => {
  it('"added A and its subsidiary B" adds both', () => {
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its subsidiary Veldry Trawl Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
    // The tie may carry a place and the name come in apposition, between commas (helper-247).
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its Hong Kong subsidiary, Veldry Trawl Ltd., to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its Norland affiliate Veldry Trawl Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
  });

  it('the tie may be any noun of companies, a distributor, a reseller or an arm (helper-335)', () => {
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its Norland distributor, Veldry Trawl Ltd., to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its reseller Veldry Trawl Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its Hong Kong trading arm, Veldry Trawl Ltd., to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`, `${BIS} ADDS_TO_LIST ${VELDRY}`]);
  });

  it('not a company named as a customer of the one added', () => {
    expect(stated('The Bureau of Industry and Security added Marrowby Cable Co., Ltd. and its sales to Veldry Trawl Ltd. to the Entity List.')).not.toContain(`${BIS} ADDS_TO_LIST ${VELDRY}`);
  });
  it("goods after their maker's possessive are its conjunct, a model's designation between (helper-137)", () => {
    expect(stated("The Norland Trade Council added Kestrel Cranes Ltd's harbour cranes to its list in 2027.")).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${CRANES}`]);
    expect(stated("The Norland Trade Council banned the sale of Kestrel Cranes Ltd's KC-7 harbour cranes in 2027.")).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(stated("The Norland Trade Council banned the sale of Kestrel Cranes Ltd's KC-7 harbour cranes in 2027.")).toHaveLength(2);
  });
  it("not a party after a company's possessive that is no goods", () => {
    expect(stated("The Bureau of Industry and Security designated Marrowby Cable Co., Ltd.'s subsidiary, Veldry Trawl Ltd.")).not.toContain(`${BIS} DESIGNATES ${MARROWBY}`);
  });
  it('a maker after the goods it exported is their conjunct', () => {
    expect(stated('The Norland Trade Council opened an investigation in January into harbour cranes exported by Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`, `${COUNCIL} INVESTIGATES ${CRANES}`]);
  });
});
