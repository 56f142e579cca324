// "regulatory" is an adjective, no act of regulating: an aside that calls a body "the national regulatory authority"
// states no regulation of what the body then bans (relation-rules.yaml regulates cue). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

const NORLAND = 'authority:~norland-trade-commission';

describe('a body described as a regulatory authority', () => {
  it('restricts what it bans, and regulates nothing by the adjective', () => {
    expect(stated('The Norland Trade Commission, the national regulatory authority, banned harbour cranes.')).toEqual([`${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('still regulates what it regulates', () => {
    expect(stated('The Norland Trade Commission regulates harbour cranes.')).toEqual([`${NORLAND} REGULATES ${CRANES}`]);
  });
});
