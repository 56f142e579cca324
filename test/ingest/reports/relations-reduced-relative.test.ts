// A passive participle right after its object, inside a clause that leaves its own act undecided ("If ...", "whether
// ..."): a reduced relative clause, which states the object's status as a relative clause does; the participle as the
// supposed clause's own verb, after an auxiliary or copula, states nothing (relations.ts reducedRelative). Own
// sentences, invented schemes.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const SCHEME = 'law:~nordic-harbour-crane-certification-scheme';

describe('a reduced relative clause inside a condition', () => {
  it('states its object\'s status: the instrument regulates the class', () => {
    expect(stated('If the operator stops buying harbour cranes certified under the Nordic Harbour Crane certification scheme (NHCS), it shall tell the port.')).toEqual([
      `${SCHEME} REGULATES product:~harbour-crane`,
    ]);
  });
  it('states nothing where the participle is the supposed clause\'s own verb', () => {
    expect(stated('If harbour cranes are certified under the Nordic Harbour Crane certification scheme (NHCS), the port may use them.')).toEqual([]);
    expect(stated('If harbour cranes were certified under the Nordic Harbour Crane certification scheme (NHCS), the port would use them.')).toEqual([]);
  });
});
