// Relations stated by the clause structure of legal drafting (issue 15), in the team's own sentences (invented acts and
// goods, real EU act numbers as names only): a relative clause of scope on the class it applies to (relation-rules.yaml
// applies-to-which), and a lead-in whose placeholder "the following ..." its list points name one by one
// (relation-rules.yaml placeholder, relations.ts filledReading), also in the EUR-Lex layout whose enumerator stands alone
// on the line before its point (markdown.ts).
import { describe, expect, it } from 'vitest';
import { readRelations, relations } from './helpers.ts';

const VCSA = 'law:~valdmark-crane-safety-act';
const R2144 = 'law:~regulation-eu-2019-2144';
const R745 = 'law:~regulation-eu-2017-745';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';

describe('a relative clause of scope on its head noun phrase', () => {
  it('is the instrument regulating the class, or the act whose provisions apply to it', () => {
    expect(relations('The Valdmark Crane Safety Act sets no labelling duty for harbour cranes to which Regulation (EU) 2019/2144 applies.')).toContain(`${R2144} REGULATES ${CRANES}`);
    expect(relations('Forklift trucks, to which the requirements of Regulation (EU) 2019/2144 shall apply, must carry a label.')).toEqual([`${R2144} REGULATES ${FORKLIFTS}`]);
  });
  it('states none when negated', () => {
    expect(relations('The Valdmark Crane Safety Act applies to forklift trucks to which Regulation (EU) 2019/2144 does not apply.')).toEqual([`${VCSA} REGULATES ${FORKLIFTS}`]);
  });
});

describe('a lead-in whose placeholder its points fill', () => {
  it('reads each point that is a name in the placeholder, a relative clause of the lead-in too', () => {
    expect(relations('The Valdmark Crane Safety Act does not apply to harbour cranes to which the following Union legal acts apply:\n\n(a) Regulation (EU) 2017/745;\n\n(b) Regulation (EU) 2019/2144.')).toEqual([
      `${R745} REGULATES ${CRANES}`,
      `${R2144} REGULATES ${CRANES}`,
    ]);
  });
  it('in the EUR-Lex layout, each enumerator alone on the line before its point', () => {
    expect(relations('Regulation (EU) 2019/2144 does not apply to harbour cranes to which the following acts apply:\n\n(a)\n\nthe Valdmark Crane Safety Act;\n\n(b)\n\nRegulation (EU) 2017/745.')).toEqual([
      `${VCSA} REGULATES ${CRANES}`,
      `${R745} REGULATES ${CRANES}`,
    ]);
  });
  it('as the object before the colon, or the agent of a participle before it', () => {
    expect(relations('The Valdmark Crane Safety Act applies to the following products:\n\n(a) harbour cranes;\n\n(b) forklift trucks.')).toEqual([
      `${VCSA} REGULATES ${CRANES}`,
      `${VCSA} REGULATES ${FORKLIFTS}`,
    ]);
    expect(relations('The Norland Port Authority exempts harbour cranes covered by the following acts:\n\n(a) Regulation (EU) 2019/2144;\n\n(b) the Valdmark Crane Safety Act.')).toEqual([
      `${R2144} REGULATES ${CRANES}`,
      `${VCSA} REGULATES ${CRANES}`,
    ]);
  });
  it("leaves the lead-in's own act to the lead-in, once, and a negated clause states none for the points", () => {
    expect(relations('The Valdmark Crane Safety Act regulates harbour cranes to which the following acts also apply:\n\n(a) Regulation (EU) 2019/2144;\n\n(b) Regulation (EU) 2017/745.')).toEqual([
      `${VCSA} REGULATES ${CRANES}`,
      `${R2144} REGULATES ${CRANES}`,
      `${R745} REGULATES ${CRANES}`,
    ]);
    expect(relations('The Valdmark Crane Safety Act applies to harbour cranes to which the following acts do not apply:\n\n(a) Regulation (EU) 2019/2144;\n\n(b) Regulation (EU) 2017/745.')).toEqual([`${VCSA} REGULATES ${CRANES}`]);
  });
  it("quotes the lead-in and the point verbatim, the point's own locator with its lead-in's", () => {
    const [first] = readRelations('The Valdmark Crane Safety Act does not apply to harbour cranes to which the following Union legal acts apply:\n\n(a)\n\nRegulation (EU) 2017/745;\n\n(b)\n\nRegulation (EU) 2019/2144.');
    expect(first).toMatchObject({
      start: R745,
      end: CRANES,
      quote: 'The Valdmark Crane Safety Act does not apply to harbour cranes to which the following Union legal acts apply: (a) Regulation (EU) 2017/745;',
      leadIn: ['sec_1.p_1.s_1'],
      locator: 'sec_1.p_2.s_1',
    });
  });
  it('fills nothing with a point that says more than a name', () => {
    expect(relations('The Valdmark Crane Safety Act applies to the following products:\n\n(a) harbour cranes sold to port operators in Norland;\n\n(b) forklift trucks.')).toEqual([`${VCSA} REGULATES ${FORKLIFTS}`]);
  });
});

describe('a participle of legal basis on the noun phrase it follows', () => {
  it('is the instrument regulating the goods certified, approved or placed on the market under it', () => {
    expect(relations('The Valdmark Crane Safety Act does not apply to harbour cranes that have been certified in accordance with Regulation (EU) 2019/2144.')).toEqual([`${R2144} REGULATES ${CRANES}`]);
    expect(relations('Forklift trucks approved under Regulation (EU) 2019/2144 may be sold in Valdmark.')).toEqual([`${R2144} REGULATES ${FORKLIFTS}`]);
    expect(relations('Forklift trucks placed on the Union market pursuant to Regulation (EU) 2019/2144 shall carry a label.')).toEqual([`${R2144} REGULATES ${FORKLIFTS}`]);
  });
  it('states none where another noun phrase takes the participle, or where it is negated', () => {
    expect(relations('Harbour cranes sold under a label approved under Regulation (EU) 2019/2144 are common.')).toEqual([]);
    expect(relations('Harbour cranes were not approved under Regulation (EU) 2019/2144.')).toEqual([]);
  });
});

const NPA = 'authority:~norland-port-authority';

describe('an approval of goods, also in a restrictive relative clause on a preposition\'s object', () => {
  it('is the approving authority regulating the goods or their type', () => {
    expect(relations('The Norland Port Authority approves each forklift truck before it is sold.')).toEqual([`${NPA} REGULATES ${FORKLIFTS}`]);
    expect(relations('Every change to the crane type shall be notified to the Norland Port Authority which approved the harbour cranes.')).toEqual([`${NPA} REGULATES ${CRANES}`]);
    expect(relations('Operators shall report incidents to the Norland Port Authority which supervises forklift trucks.')).toEqual([`${NPA} REGULATES ${FORKLIFTS}`]);
  });
  it('states none for an approval of a trade or a deal, nor when negated', () => {
    expect(relations('The Norland Port Authority approved the sale of harbour cranes.')).toEqual([]);
    expect(relations('The Norland Port Authority approved the acquisition of Kestrel Cranes Ltd.')).toEqual([]);
    expect(relations('The Norland Port Authority has not approved the forklift trucks.')).toEqual([]);
  });
});

describe('a scope set before the provision it governs', () => {
  it('is the act whose provision applies regulating the goods', () => {
    expect(relations('For the harbour cranes and safety requirements referred to in paragraph 1, the conformity assessment procedure provided for in Article 43 of Regulation (EU) 2019/2144 shall apply.')).toEqual([`${R2144} REGULATES ${CRANES}`]);
    expect(relations('As regards forklift trucks placed on the market after 2026, Regulation (EU) 2019/2144 shall apply.')).toEqual([`${R2144} REGULATES ${FORKLIFTS}`]);
  });
  it('states none when the provision does not apply, or when a body after the comma applies it', () => {
    expect(relations('For harbour cranes, the procedure of Regulation (EU) 2019/2144 shall not apply.')).toEqual([]);
    expect(relations('For forklift trucks, the Norland Port Authority shall apply the procedure of Regulation (EU) 2019/2144.')).toEqual([]);
  });
});

describe('a procedure that applies an instrument to goods, named as a noun', () => {
  it('is the instrument or body regulating the goods', () => {
    expect(relations('Notified bodies shall control the conformity of harbour cranes under Regulation (EU) 2019/2144.')).toEqual([`${R2144} REGULATES ${CRANES}`]);
    expect(relations('The certification of forklift trucks by the Norland Port Authority takes six weeks.')).toEqual([`${NPA} REGULATES ${FORKLIFTS}`]);
  });
  it('states none for an approval of no goods, nor when negated', () => {
    expect(relations('The approval of the merger by the Norland Port Authority surprised dealers of harbour cranes.')).toEqual([]);
    expect(relations('The Norland Port Authority has not completed the certification of forklift trucks.')).toEqual([]);
  });
});


describe('an indirect question after a verb of governing', () => {
  it('names what is governed, its pronoun subject the things its sentence is about', () => {
    expect(relations('Regulation (EU) 2019/2144 governs how harbour cranes are operated.')).toEqual([`${R2144} REGULATES ${CRANES}`]);
    expect(relations('Regulation (EU) 2019/2144 sets requirements for harbour cranes, and Regulation (EU) 2017/745 governs how they are operated.')).toEqual([
      `${R2144} REGULATES ${CRANES}`,
      `${R745} REGULATES ${CRANES}`,
    ]);
  });
  it('takes up no thing where the pronoun is no subject of such a question', () => {
    expect(relations('Regulation (EU) 2019/2144 sets requirements for harbour cranes, and Regulation (EU) 2017/745 says they are safe.')).toEqual([`${R2144} REGULATES ${CRANES}`]);
  });
});
