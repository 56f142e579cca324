// A subject pronoun as an act's actor: "It" takes up the actor of the sentence before, but an expletive "it" is no one's
// ("It is clear that X", "It will be necessary to ban Y", "It remains unclear whether Z"; relation-rules.yaml
// `expletive`). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
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
