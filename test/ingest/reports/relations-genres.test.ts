// Stated relations in genres the fixtures lack (a law firm's client alert, a parliamentary question, a ministry's press
// release), written to test the clause reader (ingest/reports/clauses.ts): who acts is the subject of the verb's own
// clause, and what a clause beside it says (a negation, a question, another subject) does not leak into it.
import { describe, expect, it } from 'vitest';
import { relations, statedRelations } from './helpers.ts';

describe('a law firm\'s client alert', () => {
  it('keeps a negation inside a relative clause between commas out of the main clause', () => {
    expect(relations('The Valdmark Energy Agency, which does not regulate harbour cranes, added Kestrel Batteries Co., Ltd. to the Restricted Entities List on 4 March.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST company:~kestrel-batteries-co-ltd',
    ]);
  });
  it('keeps a negated clause from the clause coordinated after it, whose pronoun takes up its subject', () => {
    expect(relations('The Norland Customs Service did not inspect harbour cranes, but it restricted imports of lidar sensors.')).toEqual([
      'authority:~norland-customs-service RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('reads the name a relative pronoun stands for as the object of the relative clause\'s verb', () => {
    expect(relations('Exporters must check Kestrel Batteries Co., Ltd., which the Valdmark Energy Agency has added to the Restricted Entities List.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST company:~kestrel-batteries-co-ltd',
    ]);
    expect(relations('The Ministry of Security restricted solar inverters, which the Norland Trade Commission had investigated in 2024.')).toEqual([
      'authority:~security-ministry RESTRICTS product:~solar-inverter',
      'authority:~norland-trade-commission INVESTIGATES product:~solar-inverter',
    ]);
  });
  it('gives each of two coordinated clauses with their own subjects its own act', () => {
    expect(relations('Clients should note that the Valdmark Energy Agency has added Kestrel Batteries Co., Ltd. to the Restricted Entities List and the Norland Customs Service will inspect battery cells.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST company:~kestrel-batteries-co-ltd',
      'authority:~norland-customs-service INVESTIGATES product:~battery-cell',
    ]);
  });
  it('reads the act of a short-named body after "note that the" and its verb group, not the topic of a report (helper-241)', () => {
    expect(relations('We note that the FCC has already placed Kestrel Batteries Co., Ltd. on its Covered List.')).toEqual(['authority:fcc ADDS_TO_LIST company:~kestrel-batteries-co-ltd']);
    // The words between "that the" and a measure noun modify the noun: the measure is the reported clause's subject.
    expect(relations('I can tell you that the FCC tariffs on harbour cranes stay in place.')).toEqual([]);
  });
});

describe('a parliamentary question', () => {
  it('reads no act in an indirect question', () => {
    expect(relations('To ask the Minister for Trade whether the Norland Customs Service intends to restrict imports of lidar sensors.')).toEqual([]);
  });
  it('reads the act of an adverbial clause between commas and of the clause around it, each by its own subject', () => {
    expect(relations('Is the Minister aware that the Norland Maritime Administration, after the Norland Customs Service had inspected harbour cranes, banned lidar sensors?')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~lidar-sensor',
      'authority:~norland-customs-service INVESTIGATES product:~harbour-crane',
    ]);
  });
  it('reads a negation opening the subject, and a clause after the question\'s comma as stated', () => {
    expect(relations('Neither the Norland Customs Service nor the Ministry of Security has restricted lidar sensors, although the Valdmark Energy Agency banned harbour cranes in 2025.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~harbour-crane',
    ]);
    expect(relations('Lawmakers asked whether the Norland Customs Service could ban lidar sensors, and the Service said it would review harbour cranes.')).toEqual([
      'authority:~norland-customs-service INVESTIGATES product:~harbour-crane',
    ]);
  });
  it('reads no act in a question opened by its auxiliary whose "that" opens a relative clause of a noun (helper-386)', () => {
    // A written question to a government: "the harbour cranes that X supplies" is a relative clause, no presupposed
    // complement, so the question's act stays asked.
    expect(statedRelations('Has the Norland Customs Service inspected the harbour cranes that Kestrel Batteries Co., Ltd. supplies?')).toEqual([]);
    expect(statedRelations('2. Has the Ministry of Security reviewed any risk that lidar sensors sold by Kestrel Batteries Co., Ltd. pose to ports?')).toEqual([]);
    // A complement after a word of knowing, and after "the fact", is presupposed: its act is stated.
    expect(statedRelations('Has the Norland Trade Commission considered the fact that the Ministry of Security banned lidar sensors?')).toEqual([
      'authority:~security-ministry RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('reads no act in a question opened by a question word after the addressee', () => {
    expect(relations('To ask the Minister for Trade, what assessment the Norland Customs Service has made of lidar sensors.')).toEqual([]);
    expect(relations('The Member asked the Minister how the Norland Customs Service regulates harbour cranes.')).toEqual([]);
  });
  it('reads the act of a clause of time or cause inside such a question as stated', () => {
    expect(relations('To ask the Minister for Trade, what steps she has taken after the Norland Customs Service banned lidar sensors.')).toEqual([
      'authority:~norland-customs-service RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('reads a stated act inside a question\'s subordinate clause', () => {
    expect(relations('To ask the Minister for Trade what steps the Norland Customs Service has taken since it banned lidar sensors in March.')).toEqual([
      'authority:~norland-customs-service RESTRICTS product:~lidar-sensor',
    ]);
  });
});

describe('a ministry\'s press release', () => {
  it('gives a complement clause\'s pronoun the announcing ministry', () => {
    expect(relations('The Ministry of Security today announced that it has added Skyward Aeronautics to the Restricted Parties List.')).toEqual([
      'authority:~security-ministry ADDS_TO_LIST company:~skyward-aeronautics',
    ]);
  });
  it('gives a coordinated predicate the subject of the clause before it', () => {
    expect(relations('The Ministry of Security banned exports of drone engines and will review lidar sensors.')).toEqual([
      'authority:~security-ministry RESTRICTS product:~drone-engine',
      'authority:~security-ministry INVESTIGATES product:~lidar-sensor',
    ]);
    expect(relations('The Norland Trade Commission met the Norland Customs Service and restricted imports of solar inverters.')).toEqual([
      'authority:~norland-trade-commission RESTRICTS product:~solar-inverter',
    ]);
  });
  it('gives a complement clause coordinated inside another its own subject', () => {
    expect(relations('The Norland Trade Commission said that the Ministry of Security had banned lidar sensors and the Valdmark Energy Agency announced that it restricted harbour cranes.')).toEqual([
      'authority:~security-ministry RESTRICTS product:~lidar-sensor',
      'authority:~valdmark-energy-agency RESTRICTS product:~harbour-crane',
    ]);
  });
  it('reads "not only ... but also" as no negation, and a clause after a semicolon and a phrase of time by its pronoun', () => {
    expect(relations('The Valdmark Energy Agency will not only restrict harbour cranes but also investigate lidar sensors.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~harbour-crane',
      'authority:~valdmark-energy-agency INVESTIGATES product:~lidar-sensor',
    ]);
    expect(relations('The Norland Trade Commission first restricted solar inverters in 2024; in 2025 it added Halvard Vision Co., Ltd. to the Restricted Entities List.')).toEqual([
      'authority:~norland-trade-commission RESTRICTS product:~solar-inverter',
      'authority:~norland-trade-commission ADDS_TO_LIST company:~halvard-vision-co-ltd',
    ]);
  });
  it('takes no actor from an aside that denies it', () => {
    expect(relations('The Norland Customs Service, not the Ministry of Security, banned lidar sensors.')).toEqual([
      'authority:~norland-customs-service RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('keeps the subject of a relative clause from the main clause, and a later clause\'s negation in that clause', () => {
    expect(relations('The Norland Customs Service, which the Ministry of Security oversees, has restricted imports of lidar sensors, and the Ministry will not restrict harbour cranes.')).toEqual([
      'authority:~norland-customs-service RESTRICTS product:~lidar-sensor',
    ]);
  });
});
