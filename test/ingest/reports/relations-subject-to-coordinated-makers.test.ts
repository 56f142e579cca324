// Goods "from X and other suppliers subject to" an instrument: the instrument binds the suppliers, not the goods, as with
// "from a manufacturer subject to" it (own sentences, a fictional act and companies).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, CRANES } from './ids.ts';

describe('subject to an instrument after a coordination of makers', () => {
  it('is no regulation of the goods', () => {
    const got = stated('Ports bought harbour cranes from Marrowby and other suppliers subject to the Valdmark Crane Safety Act.');
    expect(got).not.toContain(`${ACT} REGULATES ${CRANES}`);
  });
  it('while goods themselves subject to it still are', () => {
    const got = stated('Harbour cranes subject to the Valdmark Crane Safety Act must carry a safety label.');
    expect(got).toContain(`${ACT} REGULATES ${CRANES}`);
  });
});
