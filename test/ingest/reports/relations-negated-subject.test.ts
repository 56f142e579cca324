// A passive whose subject denies the act of its object states none ("None of these products is covered by the rule"):
// relation-rules.yaml negatedSubject, read for object-first rules in relations.ts. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const ACT = 'law:~norland-ports-act';
const CRANES = 'product:~harbour-crane';

describe("a passive's subject that denies the act", () => {
  it.each([
    'None of the harbour cranes is covered by the Norland Ports Act.',
    'No harbour crane is covered by the Norland Ports Act.',
    'Neither harbour cranes nor drones are covered by the Norland Ports Act.',
    'Not one of the harbour cranes was banned by the Norland Trade Council.',
  ])('%s: none', (sentence) => {
    expect(relations(sentence).filter((r) => !r.includes(' MAKES '))).toEqual([]);
  });

  it('takes up no earlier statement of the act, which stands', () => {
    expect(relations('The Norland Ports Act sets requirements for harbour cranes. None of these cranes is covered by the Norland Ports Act.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });

  it('leaves a subject that denies nothing, and a negation inside an aside, to the act', () => {
    expect(relations('Harbour cranes are covered by the Norland Ports Act.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(relations('Harbour cranes, none of which were imported, are covered by the Norland Ports Act.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });
});
