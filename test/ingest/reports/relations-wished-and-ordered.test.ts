// A body others expect, urge or call on to act states no act of it ("had expected the Council to slap tariffs on X"); a
// divestment a body orders of a company restricts the company. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL, CRANES } from './ids.ts';

describe('an act others wish for', () => {
  it('is none of the body they expect or urge to act', () => {
    expect(stated('Several importers had expected the Norland Trade Council to slap tariffs on harbour cranes.')).toEqual([]);
    expect(stated('Port unions have urged the Norland Trade Council to ban harbour cranes.')).toEqual([]);
  });

  it('unlike an act the body does', () => {
    expect(stated('The Norland Trade Council slapped tariffs on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a divestment ordered', () => {
  it('restricts the company that must sell, past an apposition', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd., a Hong Kong-registered investor, to sell its stake in a port operator.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('not another act ordered of it', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to publish its accounts.')).toEqual([]);
  });
});
