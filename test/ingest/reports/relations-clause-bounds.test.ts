// Where a clause ends (ingest/reports/clauses.ts): an aside's comma before the rest of a list it names is no close of it,
// and a coordinated noun phrase with a subordinator or a pronoun after it is no subject of the verb that follows them.
// Own sentences, fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../ingest/reports/clauses.ts';
import { clauseGrammar, loadRules } from '../../../ingest/reports/relations.ts';
import { relations } from './helpers.ts';

const g = clauseGrammar(loadRules())!;
const clauses = (text: string, names: string[]) =>
  readClauses(
    text,
    names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length })),
    g,
  ).map((c) => `${c.kind}: ${text.slice(c.start, c.end)}`);

describe('a relative clause between commas that names a list', () => {
  const text = 'The Norland Ports Act, which bars agencies from buying harbour cranes, lidar sensors or solar inverters made by Kestrel Cranes Ltd., took effect in May.';
  it('runs past the list, to the comma after its last conjunct', () => {
    expect(clauses(text, ['Norland Ports Act', 'harbour cranes', 'lidar sensors', 'solar inverters', 'Kestrel Cranes Ltd.'])).toContain(
      'subordinate: , which bars agencies from buying harbour cranes, lidar sensors or solar inverters made by Kestrel Cranes Ltd.,',
    );
  });
  it('so its verb reaches every conjunct', () => {
    expect(relations(text)).toEqual(expect.arrayContaining(['harbour-crane', 'lidar-sensor', 'solar-inverter'].map((p) => `law:~norland-ports-act RESTRICTS product:~${p}`)));
  });
  it('closes at its comma where a verb follows it', () => {
    const made = relations('The Norland Trade Council, which the Ministry of Security oversees, banned harbour cranes and lidar sensors, and fined Kestrel Cranes Ltd.');
    expect(made).toEqual(['authority:~norland-trade-council RESTRICTS product:~harbour-crane', 'authority:~norland-trade-council RESTRICTS product:~lidar-sensor']);
  });
});

describe('a coordinated object before a subordinate clause', () => {
  it('is no subject of the subordinate clause\'s verb: the verb before reaches it', () => {
    const text = 'In May the Norland Trade Council added Kestrel Cranes Ltd. and Ostrava Lifts Ltd. to the Entity List after they shipped harbour cranes to Valdmark.';
    expect(clauses(text, ['Norland Trade Council', 'Kestrel Cranes Ltd.', 'Ostrava Lifts Ltd.', 'Entity List', 'harbour cranes'])).toEqual([`main: ${text}`]);
    expect(relations(text)).toEqual(['authority:~norland-trade-council ADDS_TO_LIST company:~kestrel-cranes-ltd', 'authority:~norland-trade-council ADDS_TO_LIST company:~ostrava-lifts-ltd']);
  });
});

describe('a present-tense verb the lexicon reads as a plural noun ("sets", "bars")', () => {
  it('is the verb of the name right before it, so a coordinated clause with its own subject is a clause of its own', () => {
    // The second clause's act is its own subject's: the indirect question's "they" takes up the cranes (dev23's convention
    // for the same shape: "Implementing Regulation (EU) 2019/947 governs how they are operated" regulates the drones).
    expect(relations('The Norland Ports Act sets safety requirements for harbour cranes, and the Valdmark Energy Act governs how they are inspected.')).toEqual([
      'law:~norland-ports-act REGULATES product:~harbour-crane',
      'law:~valdmark-energy-act REGULATES product:~harbour-crane',
    ]);
    expect(relations('The Norland Ports Act bars agencies from buying harbour cranes, and the Valdmark Energy Act restricts lidar sensors.')).toEqual([
      'law:~norland-ports-act RESTRICTS product:~harbour-crane',
      'law:~valdmark-energy-act RESTRICTS product:~lidar-sensor',
    ]);
  });
});

describe('a present-tense form of any verb the lexicon reads as a plural noun or does not know (lexicon.ts isPresentVerb)', () => {
  it('is the verb of the name right before it, so the coordinated clause after it keeps its own subject', () => {
    expect(relations('The Norland Ports Act curbs harbour cranes, and the Valdmark Energy Act restricts lidar sensors.')).toEqual([
      'law:~norland-ports-act RESTRICTS product:~harbour-crane',
      'law:~valdmark-energy-act RESTRICTS product:~lidar-sensor',
    ]);
    expect(relations('The Norland Ports Act halts imports of harbour cranes, and the Valdmark Energy Act restricts lidar sensors.')).toEqual([
      'law:~norland-ports-act RESTRICTS product:~harbour-crane',
      'law:~valdmark-energy-act RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('is the verb of a subject pronoun, whose clause is no object of the verb before', () => {
    expect(relations('The Norland Trade Council reviewed the filing, and it halts imports of harbour cranes.')).toEqual(['authority:~norland-trade-council RESTRICTS product:~harbour-crane']);
  });
  it('is a noun after a possessive name or a people\'s adjective, which modify it', () => {
    const restricted = ['authority:~norland-trade-council RESTRICTS product:~lidar-sensor', 'authority:~norland-trade-council RESTRICTS product:~harbour-crane'];
    const to = (owner: string) => `The Norland Trade Council, after it had reviewed the evidence, also restricted re-exports of lidar sensors and harbour cranes to ${owner} plants in Ostrava.`;
    expect(relations(to("the Ministry of Security's"))).toEqual(restricted);
    expect(relations('After it had reviewed the evidence, the Norland Trade Council restricted lidar sensors and harbour cranes bought by Chinese affiliates of Kestrel Cranes Ltd.')).toEqual(
      expect.arrayContaining(restricted),
    );
  });
});

describe('a predicate coordinated after the object of a cue', () => {
  const reviewed = (text: string): string[] => relations(text).filter((r) => r.includes(' INVESTIGATES '));
  it('takes the object after its own infinitive: the cue reached its object before it', () => {
    expect(reviewed('The Norland Trade Council said it was reviewing the judgment and expected to reconsider the listing of Kestrel Cranes Ltd. within three months.')).toEqual([]);
    expect(reviewed('The Norland Trade Council reviewed the appeal and decided to ban harbour cranes made by Kestrel Cranes Ltd.')).toEqual([]);
  });

  it('not the cue of a predicate coordinated before it, nor an object the cue reaches itself', () => {
    expect(reviewed('The Norland Trade Council met in May and decided to investigate Kestrel Cranes Ltd.')).toEqual(['authority:~norland-trade-council INVESTIGATES company:~kestrel-cranes-ltd']);
    expect(reviewed('The Norland Trade Council is reviewing imports of harbour cranes from Kestrel Cranes Ltd. and plans to report in June.')).toEqual([
      'authority:~norland-trade-council INVESTIGATES product:~harbour-crane',
      'authority:~norland-trade-council INVESTIGATES company:~kestrel-cranes-ltd',
    ]);
  });
});

describe('a present-tense verb after a determiner and a singular noun ("the increase applies")', () => {
  const text = 'The Norland Trade Council raised the Valdmark Crane Safety Act duty on harbour cranes in 2025, and the increase applies to forklift trucks as well.';
  it('is the verb of that noun, so a coordinated clause with its own subject opens', () => {
    expect(clauses(text, ['Norland Trade Council', 'Valdmark Crane Safety Act', 'harbour cranes', 'forklift trucks'])).toContain('coordinated: and the increase applies to forklift trucks as well.');
  });
  it('so the instrument named in the clause before states no scope of its own over what the increase applies to', () => {
    expect(relations(text).filter((r) => r.includes(' REGULATES '))).toEqual([]);
  });
  it('the instrument of a scope statement in its own clause still regulates', () => {
    expect(relations('The Norland Trade Council met in May, and the Valdmark Crane Safety Act applies to forklift trucks.').filter((r) => r.includes(' REGULATES '))).toEqual([
      'law:~valdmark-crane-safety-act REGULATES product:~forklift-truck',
    ]);
  });
});
