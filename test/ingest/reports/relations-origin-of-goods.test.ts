// Goods a country's demonym marks right before them are that country's make ("Chinese-made drones", "Chinese
// surveillance cameras"): whoever restricts them restricts the country too, whichever rule read the act
// (relation-rules.yaml originOfGoods; the golds' convention since dev66). Own sentences, real bodies, fictional ones.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FCC } from './ids.ts';

const DRONES = 'product:drones';

describe('goods marked by a country, restricted', () => {
  it('restrict the country, an origin compound too', () => {
    expect(stated('The Federal Communications Commission banned Chinese-made drones in 2025.')).toEqual([`${FCC} RESTRICTS ${DRONES}`, `${FCC} RESTRICTS jur:cn`].sort());
    expect(stated('The Norland Trade Council restricted Russian-built harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:ru`].sort());
  });
  it('whichever rule read the act: a directive to stop using them, a ban on their import', () => {
    expect(stated('The Federal Communications Commission ordered carriers to stop operating Chinese drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`, `${FCC} RESTRICTS jur:cn`].sort());
    expect(stated('The Norland Trade Council prohibited the import of Chinese harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`].sort());
  });
  it('not a country named further off, nor goods only investigated', () => {
    expect(stated('The Norland Trade Council restricted harbour cranes sold in China.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council barred imports into Russia harbour cranes.')).not.toContain(`${COUNCIL} RESTRICTS jur:ru`);
    expect(stated('The Norland Trade Council banned imports of Chinese harbour cranes.')).toContain(`${COUNCIL} RESTRICTS jur:cn`);
    expect(stated('The Norland Trade Council investigated Chinese harbour cranes.')).not.toContain(`${COUNCIL} RESTRICTS jur:cn`);
    expect(stated('The Norland Trade Council did not ban Chinese harbour cranes.')).toEqual([]);
  });
});
