// "together with", "along with" coordinate a verb's objects as "and" does (relation-rules.yaml chain), past an
// apposition of the first. Own sentences, fictional companies; real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { OFAC, MARROWBY, VELDRY } from './ids.ts';

describe('objects coordinated by "together with"', () => {
  it('are each the verb\'s object', () => {
    expect(stated('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd., a maker of harbour cranes, together with Veldry Trawl Ltd.')).toEqual([
      `${OFAC} DESIGNATES ${MARROWBY}`,
      `${OFAC} DESIGNATES ${VELDRY}`,
    ]);
    expect(stated('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd. along with Veldry Trawl Ltd.')).toEqual([
      `${OFAC} DESIGNATES ${MARROWBY}`,
      `${OFAC} DESIGNATES ${VELDRY}`,
    ]);
  });
});
