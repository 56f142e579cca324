// A relative clause with a subject of its own inside an apposition that a comma closes ("X, a lidar maker that the
// Department added to the Entity List in May, has not sued"): its act is on the name the apposition stands beside, read
// as where the apposition runs to the sentence's end (clauses.ts, the asides). Own sentences, invented companies; the
// Department of Commerce and the Entity List are catalog entries.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';

describe('a relative clause inside an apposition between commas', () => {
  it('states its act on the name the apposition stands beside, whatever the sentence goes on to say', () => {
    expect(stated('Tarnwick Sensors Ltd., a Norland lidar maker that the Department of Commerce added to the Entity List in May, has not sued.')).toEqual([
      `${COMMERCE} ADDS_TO_LIST company:~tarnwick-sensors-ltd`,
    ]);
    expect(stated('Brasholt Optics Inc., a camera supplier that the Department of Commerce placed on the Entity List last year, restructured its sales.')).toEqual([
      `${COMMERCE} ADDS_TO_LIST company:~brasholt-optics-inc`,
    ]);
  });
  it('keeps a negation or a supposition of its own clause', () => {
    expect(stated('Tarnwick Sensors Ltd., a lidar maker that the Department of Commerce did not add to the Entity List, has sued.')).toEqual([]);
    expect(stated('Tarnwick Sensors Ltd., a lidar maker that the Department of Commerce could add to the Entity List, has sued.')).toEqual([]);
  });
  it('reads no act where the relative clause has no subject of its own', () => {
    expect(stated('Tarnwick Sensors Ltd., a lidar maker that sued the Department of Commerce in May, makes drones.')).toEqual([]);
  });
});
