// Objects a sentence takes up from what it, or the sentence before, named.
//
// "either company", "both companies", "the three firms": a count of companies named before takes them up as objects, only
// when as many are named. Own sentences, fictional bodies, acts and companies.
//
// "them" right after a restricting verb takes up the thing the sentence named before ("..., when the Council prohibited
// them outright"). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, ACT, KESTREL } from './ids.ts';

const ORVIK = 'company:~orvik-hoists-inc';

describe('a counted description of companies', () => {
  it('takes up the companies its sentence names', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. were fined in May, and the Valdmark Crane Safety Act already bars port operators from buying harbour cranes made by either company.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${ACT} RESTRICTS ${ORVIK}`);
  });

  it('or those of the sentence before', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. supply most harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from buying harbour cranes made by the two companies.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${ACT} RESTRICTS ${ORVIK}`);
  });

  it('not when another number of companies is named', () => {
    const got = stated('Kestrel Cranes Ltd. and Orvik Hoists Inc. supply most harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from buying harbour cranes made by the three companies.');
    expect(got.filter((r) => r.includes('company:'))).toEqual([]);
  });
});

describe('a pronoun object of a restricting verb', () => {
  it('takes up the thing named before it in the sentence', () => {
    const got = stated('Norland, which has barred imports of most harbour cranes since 2022, when the Norland Trade Council prohibited them outright, is now looking at forklift trucks.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
  });

  it('names nothing when the sentence names no thing before it', () => {
    expect(stated('In 2022 the Norland Trade Council prohibited them outright.')).toEqual([]);
  });
});

describe('"It" after a sentence whose only instrument an act amends', () => {
  it('takes up no instrument the sentence before names as amended or replaced', () => {
    const got = stated('On Monday the ministers adopted a package amending the Valdmark Crane Safety Act. It prohibits the sale of harbour cranes to Russia.');
    expect(got.filter((r) => r.startsWith(ACT))).toEqual([]);
  });
  it('still takes up an instrument the sentence before names as its actor', () => {
    const got = stated('The Valdmark Crane Safety Act took effect in May. It prohibits the sale of harbour cranes to Russia.');
    expect(got).toContain(`${ACT} RESTRICTS product:~harbour-crane`);
  });
});

// "It" opening a sentence takes up the instrument whose provision opened the sentence before ("Article 12 of the X
// requires ... . It applies to Y"): the provision's instrument is that sentence's subject, though it stands after "of".
// Own sentences, a fictional act.
describe('"It" after a sentence opened by a provision of an instrument', () => {
  it('takes up the instrument', () => {
    expect(stated('Article 12 of the Valdmark Crane Safety Act requires port operators to keep maintenance logs. It applies to Kestrel Cranes Ltd. as a foreign supplier.')).toContain(`${ACT} REGULATES ${KESTREL}`);
    expect(stated('Section 4(b) and (c) of the Valdmark Crane Safety Act set inspection duties. It also bars Kestrel Cranes Ltd. from public tenders.')).toContain(`${ACT} RESTRICTS ${KESTREL}`);
  });
  it('not an instrument a preposition cites after the sentence\'s opening', () => {
    expect(stated('Under section 4 of the Valdmark Crane Safety Act, port operators keep logs. It also bars Kestrel Cranes Ltd. from public tenders.').filter((r) => r.includes(KESTREL))).toEqual([]);
  });
});

// "This report", "This section", "These figures": a bare demonstrative opening the sentence with a noun it determines
// (relation-rules.yaml `determiner`: the text itself, its parts, a time) is no pronoun; it takes up nothing before.
// Own sentences, fictional acts.
describe('a demonstrative that determines a noun of the text', () => {
  it('takes up no instrument of the sentence before', () => {
    expect(stated('Auditors reviewed compliance with the Valdmark Crane Safety Act. This report examines whether ports removed harbour cranes.')).toEqual([]);
    expect(stated('The port reported under the Valdmark Crane Safety Act. This section describes how it replaced harbour cranes.')).toEqual([]);
  });
  it('still does as a pronoun before its verb', () => {
    expect(stated('The Valdmark Crane Safety Act took effect in May. This bars port operators from buying harbour cranes.')).toEqual([`${ACT} RESTRICTS product:~harbour-crane`]);
  });
});
