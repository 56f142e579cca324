// Lists, and the verbs that list or ban.
//
// A list its owner's possessive names ("X was added to the Council's Entity List", "The Council's Entity List includes X")
// is the owner's addition; "named X to its list" adds X; cracking down on goods or cutting a company off restricts it.
// Own sentences, fictional bodies and companies.
//
// Two conventions of the gold (docs evaluation.md, "Entities and relations") read by mechanism: a verb that itself means
// putting on a list ("blacklisted") adds to a list, which may be implied; a ban whose object is a practice or feature
// "on"/"in" products regulates the products, no restriction. Own sentences, fictional companies, products and acts; real
// bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, KESTREL, MARROWBY, NMA } from './ids.ts';

const ADDED = [`${COUNCIL} ADDS_TO_LIST ${KESTREL}`];

describe("an owner's list", () => {
  it('holds what its owner added', () => {
    expect(stated("Kestrel Cranes Ltd. was added to the Norland Trade Council's Entity List in May.")).toEqual(ADDED);
    expect(stated("Kestrel Cranes Ltd. has been on the Norland Trade Council's Entity List since 2020.")).toEqual(ADDED);
    expect(stated("The Norland Trade Council's Entity List includes Kestrel Cranes Ltd.")).toEqual(ADDED);
    expect(stated('The Norland Trade Council named Kestrel Cranes Ltd. to its Entity List.')).toEqual(ADDED);
  });

  it('holds what was added to a first list too, with its owner after "and to"', () => {
    const both = stated("Kestrel Cranes Ltd. was added to the Norland Maritime Administration's list of unsafe crane makers in 2020 and to the Norland Trade Council's list of military companies in 2022.");
    expect(both).toContain(ADDED[0]);
    expect(both).toContain(`${NMA} ADDS_TO_LIST ${KESTREL}`);
  });

  it('not what stands on something else of the owner, nor what is named a member of a class on a list', () => {
    expect(stated("Kestrel Cranes Ltd. has been on the Norland Trade Council's agenda since 2020.")).toEqual([]);
    expect(stated('The Norland Trade Council named Kestrel Cranes Ltd. a "military company" on the list it keeps.')).not.toContain(ADDED[0]);
  });
});

describe('a list its owner publishes or keeps, taken up after it by "and it" or "which"', () => {
  it('holds what the list includes', () => {
    expect(stated('The Norland Trade Council first published its Entity List in 2020, and it includes Kestrel Cranes Ltd.')).toEqual(ADDED);
    expect(stated('The Norland Trade Council maintains the Entity List, which includes Kestrel Cranes Ltd.')).toEqual(ADDED);
    expect(stated('The Norland Trade Council keeps a list of unsafe crane makers, and it now names Kestrel Cranes Ltd.')).toEqual(ADDED);
  });

  it('not what the clause after the list does not include, nor what another verb does to it', () => {
    expect(stated('The Norland Trade Council maintains the Entity List, which does not include Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Trade Council published its Entity List in 2020, and it met Kestrel Cranes Ltd. in May.')).toEqual([]);
  });
});

describe('a list kept by a body, in a clause a subordinating conjunction opens', () => {
  it("adds the clause's own subject, not a thing of the clause before the conjunction", () => {
    const kept = (s: string): string[] => stated(s).filter((r) => r.includes('ADDS_TO_LIST'));
    expect(kept('The harbour cranes of Marrowby Cable Co., Ltd. were seized because Kestrel Cranes Ltd. is on the list kept by the Norland Trade Council.')).toEqual(ADDED);
    expect(kept('Marrowby Cable Co., Ltd. was fined although Kestrel Cranes Ltd. is on the list kept by the Norland Trade Council.')).toEqual(ADDED);
    // Still the object before the passive where no clause opens between them.
    expect(kept('Kestrel Cranes Ltd. is on the list kept by the Norland Trade Council.')).toEqual(ADDED);
  });
});

describe("a register, and the possessor of a decision to list", () => {
  it('a register is a list a body places parties on', () => {
    expect(stated('The Norland Trade Council placed Kestrel Cranes Ltd. on the Controlled Parties Register.')).toEqual(ADDED);
    expect(stated('Kestrel Cranes Ltd. was added to the register kept by the Norland Trade Council.')).toEqual(ADDED);
  });

  it("the body whose decision to list it is lists, not the body that reviews the decision (a court's \"It set aside the Department's decision to place X ...\")", () => {
    // "the Department" is bound by no name here (the document names two departments): it takes up the one its paragraph
    // named, as a possessor too.
    const text = "The Norland Department of Ports met in June.\n\nIn May the Norland Maritime Administration upheld the Valdmark Department of Trade's listing of Marrowby Cable Co., Ltd. It set aside the Department's decision to place Kestrel Cranes Ltd. on the Entity List.";
    expect(stated(text).filter((r) => r.endsWith(KESTREL))).toEqual([`authority:~valdmark-trade-department ADDS_TO_LIST ${KESTREL}`]);
    // Its own decision is still the subject's.
    expect(stated('The Norland Maritime Administration heard the appeal in May. It set aside its own decision to place Kestrel Cranes Ltd. on the Entity List.')).toEqual([
      `authority:~norland-maritime-administration ADDS_TO_LIST ${KESTREL}`,
    ]);
  });
});

describe('crackdowns', () => {
  it('restrict goods and companies', () => {
    expect(stated('The Norland Trade Council cracked down on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
    expect(stated('The Norland Trade Council also cut off Kestrel Cranes Ltd. from Norland suppliers.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });
});

describe('a listing verb', () => {
  it('adds its object to a list, active or passive, and restricts nothing', () => {
    expect(stated('The Bureau of Industry and Security blacklisted Marrowby Cable Co., Ltd. in May.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
    expect(stated('In May, Marrowby Cable Co., Ltd. was blacklisted by the Bureau of Industry and Security.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
  });
});

describe('listing', () => {
  it('a company listed as a member of a class is designated, one listed on a list is added to it', () => {
    expect(stated('The Bureau of Industry and Security listed Marrowby Cable Co., Ltd. as a military end user.')).toEqual([`${BIS} DESIGNATES ${MARROWBY}`]);
    expect(stated('The Bureau of Industry and Security listed Marrowby Cable Co., Ltd. on the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
    expect(stated('The Bureau of Industry and Security listed Marrowby Cable Co., Ltd. among its correspondents.')).toEqual([]);
  });
});

describe('a ban of a practice on products', () => {
  it('regulates the products it names after "on" or "in", each of a coordination', () => {
    const got = stated('The Valdmark Appliance Security Act bans shared default passwords on harbour cranes and tide gauges.');
    expect(got.filter((r) => / REGULATES /.test(r))).toHaveLength(2);
    expect(got.filter((r) => / RESTRICTS /.test(r))).toEqual([]);
  });

  it('still restricts what a ban names itself, or the goods of a trade ban', () => {
    const direct = stated('The Valdmark Appliance Security Act bans harbour cranes.');
    expect(direct.filter((r) => / RESTRICTS /.test(r))).toHaveLength(1);
    const trade = stated('The Valdmark Appliance Security Act bans imports of harbour cranes.');
    expect(trade.filter((r) => / REGULATES /.test(r))).toEqual([]);
    expect(trade.filter((r) => / RESTRICTS /.test(r))).toHaveLength(1);
  });
});

describe('an act taken pursuant to an instrument is the instrument\'s too', () => {
  it('"designated X pursuant to the Act": the body and the Act', () => {
    const got = stated('The Norland Trade Council designated Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.');
    expect(got).toEqual(['authority:~norland-trade-council DESIGNATES company:~kestrel-cranes-ltd', 'law:~valdmark-crane-safety-act DESIGNATES company:~kestrel-cranes-ltd']);
  });

  it('not "under" an instrument, nor across a relative clause', () => {
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd. under the Valdmark Crane Safety Act.')).toEqual(['authority:~norland-trade-council DESIGNATES company:~kestrel-cranes-ltd']);
    const got = stated('The Norland Trade Council designated Kestrel Cranes Ltd., which imports cranes pursuant to the Valdmark Crane Safety Act.');
    expect(got.filter((r) => r.startsWith('law:'))).toEqual([]);
  });
});

// Sanctions writing lists a company with no list named and no class: "The Council also listed X, a maker of Y, and Z"
// is the Council's designation of X and Z (an asset-freeze listing, as "is designating X"); a list named after the
// object is an addition to it, "as a ..." a class (lists-as), and "among" or a document only a mention (helper-335,
// dev90). Own sentences, a fictional body and companies.
describe('a bare listing in sanctions writing', () => {
  it('designates the companies listed', () => {
    expect(stated('The Norland Trade Council also listed Kestrel Cranes Ltd., a maker of harbour cranes, and Marrowby Cable Co., Ltd. of Eastport, whose cables were found in seized drones.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`, `${COUNCIL} DESIGNATES ${MARROWBY}`]);
    expect(stated('In March the Norland Trade Council listed Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`]);
  });

  it('not a listing on a named list, nor a mention among others or in a document', () => {
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. on its Entity List.')).toEqual(ADDED);
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. among the bidders in its tender.')).toEqual([]);
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. in its annual report on port safety.')).toEqual([]);
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. as a supplier of harbour cranes.')).toEqual([]);
  });
});
