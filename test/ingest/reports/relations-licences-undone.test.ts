// Cues of a restriction or investigation the rules did not know (a licence refused or taken away, cut off from, put
// under review), and the false shapes of an act: a duty or plan to propose, a trade role after "listed X as", a halted
// review, a relative clause that undoes the act, and a measure raised "to" a new level. Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readRelations, statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, KESTREL } from './ids.ts';

describe('a licence refused or taken away restricts', () => {
  it('denied or revoked licences for goods or of a company', () => {
    expect(stated('The Norland Trade Council denied export licences for harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council denied licences for exports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council revoked the export licences of Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated("The Norland Trade Council revoked Kestrel Cranes Ltd.'s export licence.")).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('not a licence granted', () => {
    expect(stated('The Norland Trade Council granted export licences for harbour cranes.')).toEqual([]);
  });
});

describe('cut off from, put under review', () => {
  it('"cut X off from" restricts X', () => {
    expect(stated('The Norland Trade Council cut Kestrel Cranes Ltd. off from Norland suppliers.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('"put X under review" investigates X, "under pressure" nothing', () => {
    expect(stated('The Norland Trade Council put Kestrel Cranes Ltd. under review in May.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
    expect(stated('The Norland Trade Council placed harbour cranes under a national-security review.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Trade Council put Kestrel Cranes Ltd. under pressure in May.')).toEqual([]);
  });
});

describe('no act yet: a duty or plan to propose, a draft', () => {
  it('a report\'s "shall propose rules on X" regulates nothing', () => {
    expect(stated('The Norland Trade Council shall propose rules on harbour cranes.')).toEqual([]);
  });

  it('a proposed or draft rule, or a proposal to ban', () => {
    expect(stated('The Norland Trade Council proposed a rule that bans harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council published a draft rule that would ban harbour cranes.')).toEqual([]);
    expect(stated('When the Norland Trade Council proposed to ban harbour cranes, Kestrel Cranes Ltd. objected.')).toEqual([]);
  });
});

describe("an instrument's order to make a proposal", () => {
  const order = (text: string): string[] => readRelations(text, { title: 'Executive Order 99001 of March 3, 2031' }).filter((r) => ['RESTRICTS', 'REGULATES'].includes(r.type)).map((r) => `${r.start} ${r.type} ${r.end}`).sort();
  const ordered = 'By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered as follows:';
  // An instrument: a text that names itself ("this order").
  it('is the measure\'s first step: "shall publish a proposed rule that prohibits X"', () => {
    expect(order(`${ordered}\n\nSec. 2. Within 90 days of the date of this order, the Norland Trade Council shall publish a proposed rule that prohibits the import of harbour cranes.`)).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(order(`${ordered}\n\nSec. 2. Under this order, the Norland Trade Council shall, within 90 days, issue a notice of proposed rulemaking to restrict harbour cranes.`)).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not an order only to weigh one, nor a report\'s proposed rule', () => {
    expect(order(`${ordered}\n\nSec. 2. Within 90 days of the date of this order, the Norland Trade Council shall consider whether to publish a proposed rule that prohibits harbour cranes.`)).toEqual([]);
    expect(stated('The Norland Trade Council shall publish a proposed rule that prohibits harbour cranes.')).toEqual([]);
  });
});

describe('"listed X as" a trade role is no designation', () => {
  it('a supplier no, a military end user yes', () => {
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. as a supplier of harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council listed Kestrel Cranes Ltd. as a military end user.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`]);
  });
});

describe('an act undone', () => {
  it('a halted or abandoned review investigates nothing', () => {
    expect(stated('The Norland Trade Council halted its review of Kestrel Cranes Ltd. in May.')).toEqual([]);
    expect(stated('The Norland Trade Council abandoned its investigation of Kestrel Cranes Ltd.')).toEqual([]);
  });

  it('by a relative clause after the object', () => {
    expect(stated('The Norland Trade Council imposed controls on harbour cranes that it lifted in May.')).toEqual([]);
    expect(stated('The Norland Trade Council placed a ban on harbour cranes, which was later rescinded.')).toEqual([]);
  });

  it('not by a relative clause that only describes the object', () => {
    expect(stated('The Norland Trade Council imposed controls on harbour cranes that are made in Valdmark.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('a tariff "lifted to" a new level stays in force; lifted alone it is gone', () => {
    expect(stated('The Norland Trade Council lifted its tariff on harbour cranes to 50 percent.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council lifted its tariff on harbour cranes.')).toEqual([]);
  });
});

describe('more cues of a restriction or an investigation', () => {
  it('a licence requirement named as a noun restricts the goods (and regulates nothing)', () => {
    expect(stated('The Norland Trade Council followed in 2023 with its own licence requirement for harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council imposed new licence requirements on exports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('"keeps X out of" restricts X and the origin it names; not "out of the question"', () => {
    expect(stated('The Norland Trade Council keeps Chinese harbour cranes out of Norland ports.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council kept harbour cranes out of the question.')).toEqual([]);
  });

  it('"shall verify by testing of X" investigates X; "verified that X comply" states no investigation of X', () => {
    expect(stated('The Norland Trade Council shall verify by testing of harbour cranes that the maker complied.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Trade Council verified that harbour cranes comply.')).toEqual([]);
  });
});

describe('a reversal negated or refused keeps the measure in force', () => {
  it('"will not lift its ban on X", "refused to ease the tariffs on X" restrict X', () => {
    expect(stated('The Norland Trade Council said that it will not lift its ban on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council refused to ease the tariffs on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('a reversal or a negation alone still states none', () => {
    expect(stated('The Norland Trade Council lifted its ban on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council did not ban harbour cranes.')).toEqual([]);
  });
});

describe('an act the actor rejects, resists or opposes is not its act', () => {
  it.each([
    'The Norland Trade Council rejected calls to ban harbour cranes.',
    'The Norland Trade Council denied a petition to restrict harbour cranes.',
    'The Norland Trade Council voted down a bill that bans harbour cranes.',
    'The Norland Trade Council has resisted pressure to ban harbour cranes.',
    'The Norland Trade Council stopped short of banning harbour cranes.',
    'The Norland Trade Council opposed the ban on harbour cranes.',
  ])('states nothing: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike blocking the trade itself', () => {
    expect(stated('The Norland Trade Council blocked imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('under investigation by, suspended from', () => {
  it('"X is under investigation by the Council" investigates X; not when negated', () => {
    expect(stated('Kestrel Cranes Ltd. is under investigation by the Norland Trade Council.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
    expect(stated('Kestrel Cranes Ltd. is not under investigation by the Norland Trade Council.')).toEqual([]);
  });

  it('"suspended X from public tenders" restricts X; "suspended X for a week" states nothing', () => {
    expect(stated('The Norland Trade Council suspended Kestrel Cranes Ltd. from public tenders.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council suspended Kestrel Cranes Ltd. for a week.')).toEqual([]);
  });
});
