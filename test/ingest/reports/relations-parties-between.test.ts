// Goods named before another noun phrase that a verb's clause is about (helper-246, dev65 at first sight): the goods'
// makers "subject to" a law (relation-rules.yaml subject-to-instrument), an example with its own relative clause before a
// passive (attached), and a purpose after "for" (investigates). Own sentences, invented bodies and acts.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const ACT = 'law:~valdmark-crane-safety-act';
const CRANE = 'product:~harbour-crane';

describe('goods and the makers a law binds', () => {
  it('regulates goods subject to the law', () => {
    expect(stated('Harbour cranes are subject to the Valdmark Crane Safety Act.')).toEqual([`${ACT} REGULATES ${CRANE}`]);
  });
  it('not goods made by or bought from companies subject to it: the law binds the makers', () => {
    expect(stated('Ports may not install harbour cranes produced by companies subject to the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('No port may buy a harbour crane from a manufacturer subject to the Valdmark Crane Safety Act.')).toEqual([]);
  });
});

describe('an example with its own relative clause before a passive', () => {
  it('does not make the goods before it the passive\'s subject', () => {
    expect(stated('Kestrel Cranes Ltd. shipped harbour cranes and tide sensors to Norland, including items whose sale to Norland is prohibited under the Valdmark Crane Safety Act.').filter((r) => r.endsWith(CRANE) || r.endsWith('product:~tide-sensor'))).toEqual([]);
  });
  it('reads the passive of the goods themselves', () => {
    expect(stated('Harbour cranes are prohibited under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANE}`]);
  });
});

describe('a purpose after "for"', () => {
  it('is no investigation of the goods by those who use them', () => {
    expect(stated('The Norland Trade Council uses harbour cranes for inspection and survey work, and many of those harbour cranes send data to servers controlled by their makers.')).toEqual([]);
  });
  it('an inspection the body carries out still is', () => {
    expect(stated('The Norland Trade Council inspected harbour cranes.')).toEqual([`authority:~norland-trade-council INVESTIGATES ${CRANE}`]);
  });
});

describe('a country after "against" in another country\'s act that a measure is on', () => {
  it('is the victim, no target; the country whose act it is stays one', () => {
    expect(stated("The Norland Trade Council adopted sanctions on Russia's war of aggression against Ukraine.")).toEqual(['authority:~norland-trade-council RESTRICTS jur:ru']);
  });
  it('sanctions against a country still restrict it', () => {
    expect(stated('The Norland Trade Council imposed sanctions against Russia.')).toEqual(['authority:~norland-trade-council RESTRICTS jur:ru']);
  });
});
