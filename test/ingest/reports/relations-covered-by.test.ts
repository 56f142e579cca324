// "X are covered by <instrument>": the instrument regulates X, as "X fall within the scope of it" (relation-rules.yaml
// covered-by), also as a predicate coordinated after X's own (predicate, opener). Own sentences, invented schemes.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const SCHEME = 'law:~nordic-harbour-crane-certification-scheme';

describe('an instrument that covers a class', () => {
  it('regulates what it covers, its agent right after "by", not the act it is set out in', () => {
    expect(stated('Harbour cranes are covered by the Nordic Harbour Crane certification scheme (NHCS) set out in Commission Implementing Regulation (EU) 2031/77.')).toEqual([
      `${SCHEME} REGULATES product:~harbour-crane`,
    ]);
  });
  it('reads a passive coordinated after the predicate of the class that opens the sentence', () => {
    expect(stated('The categories of harbour cranes listed in an annex already use various labels, and are also covered by the Nordic Harbour Crane certification scheme (NHCS).')).toEqual([
      `${SCHEME} REGULATES product:~harbour-crane`,
    ]);
  });
  it('reads none where a relative pronoun makes the passive another noun\'s, or where a body covers costs', () => {
    expect(stated('Harbour cranes are sold under a label that is covered by the Nordic Harbour Crane certification scheme (NHCS).')).toEqual([]);
    expect(stated('The costs of replacing harbour cranes are covered by the Norland Maritime Administration.')).toEqual([]);
  });
});

describe('a company before goods an instrument covers', () => {
  it('is not what the instrument covers', () => {
    expect(stated('Kestrel Cranes Ltd. supplies equipment covered by the Valdmark Crane Safety Act.')).toEqual([]);
  });
});

// The active voice (relation-rules.yaml covers): "The Act covers X" states the instrument's scope as "X are covered by the
// Act" does.
describe('an instrument that covers a class, in the active voice', () => {
  it('regulates each class it covers', () => {
    expect(stated('The Norland Ports Act covers harbour cranes.')).toEqual(['law:~norland-ports-act REGULATES product:~harbour-crane']);
    expect(stated('The Norland Ports Act covers all harbour cranes and tide sensors.')).toEqual(['law:~norland-ports-act REGULATES product:~harbour-crane', 'law:~norland-ports-act REGULATES product:~tide-sensor']);
  });
  it('reads none where it does not cover them, nor a body\'s investigation that covers them as a regulation', () => {
    expect(stated('The Norland Ports Act does not cover harbour cranes.')).toEqual([]);
    expect(stated("The Norland Trade Council's investigation covers harbour cranes.")).toEqual(['authority:~norland-trade-council INVESTIGATES product:~harbour-crane']);
  });
  it('reads the verb right after the instrument, past an aside, and none of another subject\'s clause', () => {
    expect(stated('The Norland Ports Act, as amended in 2024, covers harbour cranes.')).toEqual(['law:~norland-ports-act REGULATES product:~harbour-crane']);
    expect(stated('The Secretary should review the Norland Ports Act, so that one regime covers all harbour cranes.')).toEqual([]);
  });
});
