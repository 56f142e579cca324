// A company that is subject to an instrument (relation-rules.yaml subject-to-instrument-company): the instrument regulates
// it, every instrument coordinated after the first, every company listed before the verb; not a reduced relative on a class
// nor a company another noun stands after. A procedure of conformity an actor requires of goods by its noun
// (requires-procedure-of). A passive inverted, its participle and agent fronted (restricted-by-inverted). Forms whose cue
// does not stand between actor and object in the order actor - cue - object (helper-374). Own sentences, invented
// companies and acts.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const DATA_ACT = 'law:~valdmark-data-act';
const PRIVACY = 'law:~norland-privacy-code';
const BORVIK = 'company:~borvik-telematics-ltd';
const QUENTA = 'company:~quenta-robotics-co-ltd';
const COUNCIL = 'authority:~norland-trade-council';
const regulates = (text: string): string[] => readSentence(text).relations.filter((r) => r.includes(' REGULATES company:')).sort();

describe('a company subject to an instrument', () => {
  it('is regulated by each instrument coordinated after the verb, each company listed before it', () => {
    expect(regulates('Borvik Telematics Ltd. and Quenta Robotics Co., Ltd. are subject to the Valdmark Data Act and the Norland Privacy Code.')).toEqual(
      [`${DATA_ACT} REGULATES ${BORVIK}`, `${DATA_ACT} REGULATES ${QUENTA}`, `${PRIVACY} REGULATES ${BORVIK}`, `${PRIVACY} REGULATES ${QUENTA}`].sort(),
    );
  });
  it('with another verb of being', () => {
    expect(regulates('Borvik Telematics Ltd. remains subject to the Valdmark Data Act.')).toEqual([`${DATA_ACT} REGULATES ${BORVIK}`]);
  });
  it('taken up by "which makes them"', () => {
    expect(regulates('The Bureau is adding entries for Borvik Telematics, Quenta Robotics and Tarn Avionics Ltd., which makes them subject to the Valdmark Data Act.')).toEqual(
      [`${DATA_ACT} REGULATES company:~borvik-telematics`, `${DATA_ACT} REGULATES company:~quenta-robotics`, `${DATA_ACT} REGULATES company:~tarn-avionics-ltd`].sort(),
    );
  });
  it('not negated', () => {
    expect(regulates('Borvik Telematics Ltd. is not subject to the Valdmark Data Act.')).toEqual([]);
  });
  it('not in a reduced relative on a class', () => {
    expect(regulates('Ports should stop buying cranes from Borvik Telematics Ltd. and other suppliers subject to the Valdmark Data Act.')).toEqual([]);
  });
  it('not where another noun stands between', () => {
    expect(regulates('No exporter may transfer to Borvik Telematics Ltd. any item subject to the Valdmark Data Act without a licence.')).toEqual([]);
    expect(regulates('The Bureau added Borvik Telematics Ltd. and two of its affiliates to the list in 2024, and exports of items subject to the Valdmark Data Act to them require a licence.')).toEqual([]);
  });
});

describe('goods subject to coordinated instruments', () => {
  it('are regulated by each of them', () => {
    const got = readSentence('Harbour cranes are subject to the Valdmark Data Act and the Norland Privacy Code.').relations;
    expect(got).toContain(`${PRIVACY} REGULATES product:~harbour-crane`);
    expect(got).toContain(`${DATA_ACT} REGULATES product:~harbour-crane`);
  });
});

describe('a procedure of conformity an actor requires of goods', () => {
  it('regulates them', () => {
    expect(readSentence('The Norland Trade Council requires the registration of harbour cranes weighing ten tonnes or more.').relations).toContain(`${COUNCIL} REGULATES product:~harbour-crane`);
    expect(readSentence('The Valdmark Data Act mandates the certification of all new harbour cranes.').relations).toContain(`${DATA_ACT} REGULATES product:~harbour-crane`);
  });
  it('not a body whose consent is required', () => {
    expect(readSentence('Exports of harbour cranes require the approval of the Norland Trade Council.').relations.filter((r) => r.includes('REGULATES'))).toEqual([]);
  });
});

describe('a passive inverted, its participle and agent fronted', () => {
  it('restricts what follows the copula', () => {
    expect(readSentence('Banned under the Valdmark Data Act are harbour cranes and tide sensors.').relations.sort()).toEqual(
      [`${DATA_ACT} RESTRICTS product:~harbour-crane`, `${DATA_ACT} RESTRICTS product:~tide-sensor`],
    );
    expect(readSentence('Among the companies sanctioned by the Norland Trade Council were Borvik Telematics Ltd. and Quenta Robotics Ltd.').relations.sort()).toEqual(
      [`${COUNCIL} RESTRICTS ${BORVIK}`, `${COUNCIL} RESTRICTS company:~quenta-robotics-ltd`],
    );
  });
  it('not a participle of another verb, nor one inside the sentence', () => {
    expect(readSentence('The firms most affected by the Valdmark Data Act are Borvik Telematics Ltd. and Quenta Robotics Ltd.').relations).toEqual([]);
    expect(readSentence('Ports said the cranes banned under the Valdmark Data Act are Borvik Telematics Ltd. products.').relations.filter((r) => r.endsWith(BORVIK))).toEqual([]);
  });
});
