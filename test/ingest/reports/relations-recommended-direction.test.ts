// A direction that is only recommended makes no act of the body it would direct (relation-rules.yaml
// recommendedDirection, relations.ts vetoOf): "Congress should direct the Secretary to issue a rule covering X" is a
// witness's recommendation, where "directed the Council to ban X" is the Council's act (dev40). Own sentences, invented
// names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';

describe('a recommended direction', () => {
  it.each([
    'The Norland Parliament should direct the Norland Trade Council to ban harbour cranes.',
    'The Norland Parliament should require the Norland Trade Council to ban harbour cranes.',
    'We recommend that the Norland Parliament direct the Norland Trade Council to ban harbour cranes.',
    'The Norland Parliament ought to instruct the Norland Trade Council to issue a rule covering harbour cranes.',
  ])('%s: none', (sentence) => {
    expect(relations(sentence)).toEqual([]);
  });

  it('leaves a direction given, the directed body acting', () => {
    expect(relations('The Norland Parliament directed the Norland Trade Council to ban harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
