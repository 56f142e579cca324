// A subject pronoun as an act's actor: "It" takes up the actor of the sentence before, but an expletive "it" is no one's
// ("It is clear that X", "It will be necessary to ban Y", "It remains unclear whether Z"; relation-rules.yaml
// `expletive`). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import type { TracedSentence } from '../../../ingest/reports/relation-trace.ts';
import { analyseText, readRelations, statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

const MET = 'The Norland Trade Council met importers in May.';

describe('an expletive "it"', () => {
  it('takes up no actor before an extraposed clause or infinitive', () => {
    for (const s of [
      'It is likely that the ban on harbour cranes will follow.',
      'It is now clear that a ban on harbour cranes is coming.',
      'It will be necessary to ban harbour cranes.',
      'It is important to restrict imports of harbour cranes.',
      'It may be necessary for port operators to restrict imports of harbour cranes.',
      'It took two years to ban harbour cranes.',
    ]) {
      expect(stated(`${MET} ${s}`), s).toEqual([]);
    }
  });

  it('nor after an opening adverbial or an adverbial clause', () => {
    expect(stated(`${MET} Later that day, it was announced that imports of harbour cranes are banned.`)).toEqual([]);
    expect(stated('Although the Norland Trade Council met importers in May, it is important to ban harbour cranes.')).toEqual([]);
  });

  it('while a referring "it" still takes the actor up: an act, a progressive, a noun phrase after "is"', () => {
    expect(stated(`${MET} It also banned harbour cranes.`)).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated(`${MET} It is banning harbour cranes.`)).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated(`${MET} It is investigating whether Kestrel Cranes Ltd. dumped harbour cranes.`)).toContain(`${COUNCIL} INVESTIGATES company:~kestrel-cranes-ltd`);
    expect(stated(`${MET} It is a body that regulates harbour cranes.`)).toEqual([`${COUNCIL} REGULATES ${CRANES}`]);
  });

  it('leaves a cleft to the name it focuses', () => {
    expect(stated(`${MET} It was the Valdmark Crane Safety Act that banned harbour cranes.`)).toEqual(['law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane']);
  });
});

// A subject pronoun stands for the subject of the sentence before in its paragraph, as its name would: "It" for one company
// or thing, "They" for names listed together (relations.ts subjectPronounMentions; relation-rules.yaml `subjectPronoun`).
const KESTREL = 'company:~kestrel-cranes-ltd';
const ORVIK = 'company:~orvik-hoists-inc';
const BIS = 'authority:bis';
const LISTED = 'It was added to the Entity List by the Bureau of Industry and Security in May.';
const TWO = 'Kestrel Cranes Ltd. and Orvik Hoists Inc. make harbour cranes.';

describe('a subject pronoun for the subject of the sentence before', () => {
  it('"It" stands for one company: the act on it is read, quoting its own sentence and naming the antecedent\'s', () => {
    const got = readRelations(`Kestrel Cranes Ltd. makes harbour cranes in Tianjin. ${LISTED}`).filter((r) => r.type === 'ADDS_TO_LIST');
    expect(got.map((r) => `${r.start} ${r.type} ${r.end}`)).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
    expect(got[0]?.quote).toBe(LISTED);
    expect(got[0]?.antecedent).toBe('sec_1.p_1.s_1');
    expect(got[0]?.locator).toBe('sec_1.p_1.s_2');
  });

  it('"They" for the names listed together as that subject, or for one thing whose head is plural', () => {
    expect(stated(`${TWO} They were added to the Entity List by the Bureau of Industry and Security in May.`)).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`, `${BIS} ADDS_TO_LIST ${ORVIK}`]);
    expect(stated('Harbour cranes are a risk to ports. They were banned by the Norland Trade Council in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('"They" for two bodies named together acts as each', () => {
    expect(stated('The Norland Trade Council and the Valdmark Port Authority met importers in May. They banned harbour cranes.')).toEqual([
      `${COUNCIL} RESTRICTS ${CRANES}`,
      `authority:~valdmark-port-authority RESTRICTS ${CRANES}`,
    ]);
  });

  it('"They" after one body for the one group of companies its sentence names together', () => {
    const got = stated('The Norland Trade Council added Kestrel Cranes Ltd. and Orvik Hoists Inc. to its list in May. They were also designated by the Valdmark Port Authority in June.');
    expect(got).toContain(`authority:~valdmark-port-authority DESIGNATES ${KESTREL}`);
    expect(got).toContain(`authority:~valdmark-port-authority DESIGNATES ${ORVIK}`);
  });

  it('stands for no one where the number disagrees or two are in reach', () => {
    expect(stated(`${TWO} ${LISTED}`)).toEqual([]);
    expect(stated('Kestrel Cranes Ltd. makes harbour cranes in Tianjin. They were added to the Entity List by the Bureau of Industry and Security in May.')).toEqual([]);
    expect(stated('The Norland Trade Council met importers in May. They banned harbour cranes.')).toEqual([]);
    // An object is no subject: "they" are the operators, no entity.
    expect(stated('Port operators mostly buy harbour cranes. They were banned by the Norland Trade Council in May.')).toEqual([]);
  });

  it('nor as an expletive, past its paragraph or a heading, or after a quoted speaker', () => {
    expect(stated('Kestrel Cranes Ltd. makes harbour cranes in Tianjin. It is likely that it will be added to the Entity List by the Bureau of Industry and Security.')).toEqual([]);
    expect(stated(`Kestrel Cranes Ltd. makes harbour cranes in Tianjin.\n\n${LISTED}`)).toEqual([]);
    expect(stated(`Kestrel Cranes Ltd. makes harbour cranes in Tianjin.\n\n## Listing\n\n${LISTED}`)).toEqual([]);
    expect(stated(`"We make harbour cranes for every port in Norland," Kestrel Cranes Ltd. said. ${LISTED}`)).toEqual([]);
  });
});

describe('a pronoun after an opening adverbial of time without its comma', () => {
  it('counted from the act told before ("Then", "Two weeks later", "Since then", "The next day")', () => {
    for (const opening of ['Then', 'Two weeks later', 'Since then', 'The next day']) {
      expect(stated(`${MET} ${opening} it banned harbour cranes.`), opening).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    }
    expect(stated(`Kestrel Cranes Ltd. makes harbour cranes in Tianjin. A week later ${LISTED.replace(/^It/, 'it')}`)).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
  });

  it('is still no one as an expletive', () => {
    expect(stated(`${MET} Then it was clear that harbour cranes would be banned.`)).toEqual([]);
  });
});

describe('the mention a pronoun makes', () => {
  it('has the pronoun as its surface and the antecedent as its entity', () => {
    const trace: TracedSentence[] = [];
    analyseText(`${MET} It will investigate imports of harbour cranes.`, { trace });
    const ends = trace.find((t) => t.locator === 'sec_1.p_1.s_2')?.vetoed.map((v) => v.start) ?? [];
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.every((e) => e.id === COUNCIL && e.surface === 'It')).toBe(true);
  });
});
