// Licences as restrictions: a licence needed to ship to a company restricts the company (no regulation of it), and goods
// placed under licence or control are restricted. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const ACT = 'law:~valdmark-export-control-act';
const MINISTRY = 'authority:~valdmark-trade-ministry';
const KESTREL = 'company:~kestrel-batteries';

describe('licences', () => {
  it('needed to ship to a company restrict it under the instrument', () => {
    expect(stated('Under the Valdmark Export Control Act, Norland firms now need a licence to ship Kestrel Batteries any item on the control list.')).toEqual([`${ACT} RESTRICTS ${KESTREL}`]);
  });

  it('placed on exports of goods restrict the goods, past an apposition', () => {
    const got = stated('The Valdmark Trade Ministry placed exports of gallium and germanium, two metals used in solar cells, under licence in May.');
    expect(got).toEqual([`${MINISTRY} RESTRICTS technology:~gallium`, `${MINISTRY} RESTRICTS technology:~germanium`]);
  });

  it('an export or import licence required for goods restricts them; the body a notice of it names acts, not its partner (helper-140)', () => {
    expect(stated('The Valdmark Trade Ministry requires an export licence for certain harbour cranes from May.')).toEqual([`${MINISTRY} RESTRICTS product:~harbour-crane`]);
    expect(stated('A notice of the Valdmark Trade Ministry with the Norland Maritime Administration requires an import licence for forklift trucks.')).toEqual([`${MINISTRY} RESTRICTS product:~forklift-truck`]);
    // A licence for other uses of goods is no trade control.
    expect(stated('The Valdmark Trade Ministry requires an operating licence for harbour cranes.')).toEqual([]);
  });

  it('a licence of a kind named before it, required for a trade in goods, restricts them (helper-241)', () => {
    expect(stated('The Valdmark Trade Ministry would require a screening licence for imports of harbour cranes.')).toEqual([`${MINISTRY} RESTRICTS product:~harbour-crane`]);
    expect(stated('The Valdmark Trade Ministry requires an individual export licence for shipments of forklift trucks.')).toEqual([`${MINISTRY} RESTRICTS product:~forklift-truck`]);
    // Still a trade: a licence of any kind for what is done with goods, no trade, is none.
    expect(stated('The Valdmark Trade Ministry requires a driving licence for operators of harbour cranes.')).toEqual([]);
    expect(stated('The Valdmark Trade Ministry requires a special operating licence for harbour cranes.')).toEqual([]);
  });

  it('not a placing elsewhere, nor a licence from a body', () => {
    expect(stated('The Valdmark Trade Ministry placed gallium on its agenda.')).toEqual([]);
    expect(stated('Exporters need a licence from the Valdmark Trade Ministry, said Kestrel Batteries.')).toEqual([]);
  });
});
