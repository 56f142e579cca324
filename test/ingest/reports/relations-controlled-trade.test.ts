// Controlling a trade in goods restricts them, as limiting it does ("MOFCOM has controlled exports of X since 2023";
// relation-rules.yaml restricts). Own sentences, fictional bodies and goods.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

const NORLAND = 'authority:~norland-trade-commission';

describe('a body that controls a trade in goods', () => {
  it('restricts them', () => {
    expect(stated('Since May the Norland Trade Commission has controlled exports of harbour cranes.')).toEqual([`${NORLAND} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Commission controls the import of harbour cranes.')).toEqual([`${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('not where it does not, nor where it controls no trade', () => {
    expect(stated('The Norland Trade Commission has not controlled exports of harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Commission controls the quality of harbour cranes.')).toEqual([]);
  });
});
