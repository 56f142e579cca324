// Goods as the subject of a licence requirement, the measures' issuer or the instrument after it (helper-298, issue 15:
// the first-sight wire's "X, Y and Z have needed export licences under measures issued by the ministry and the customs
// administration"): the issuer, or the instrument, restricts each of the goods. Own sentences, real bodies and
// instruments; every first expectation read nothing before (main 4c96bbae).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const MOFCOM = 'authority:~commerce-ministry';
const GACC = 'authority:~general-administration-of-customs';
const COMMERCE = 'authority:us-commerce';
const EAR = 'law:us:export-administration-regulations';
const BATTERY = 'product:~drone-battery';
const LIDAR = 'product:~lidar-sensor';
const CAMERAS = 'product:~thermal-camera';
const DRONES = 'product:drones';

const restricts = (pairs: [string, string][]): string[] => pairs.map(([a, b]) => `${a} RESTRICTS ${b}`).sort();

describe('goods that need a licence under measures issued by a body', () => {
  it('are restricted by each issuer, each of the goods coordinated before the verb', () => {
    expect(
      statedRelations('Since March 2025, drone batteries, lidar sensors and thermal cameras have needed export licences under measures issued by the Ministry of Commerce and the General Administration of Customs.'),
    ).toEqual(restricts([[MOFCOM, BATTERY], [MOFCOM, LIDAR], [MOFCOM, CAMERAS], [GACC, BATTERY], [GACC, LIDAR], [GACC, CAMERAS]]));
    expect(statedRelations('Lidar sensors now require an export licence under rules issued by the Department of Commerce.')).toEqual(restricts([[COMMERCE, LIDAR]]));
  });
  it('are restricted by the instrument they need it under', () => {
    expect(statedRelations('Drones and thermal cameras need an import licence under the Export Administration Regulations.')).toEqual(restricts([[EAR, DRONES], [EAR, CAMERAS]]));
  });
  it('are restricted by none where the need is denied, supposed or only proposed', () => {
    expect(statedRelations('Drone batteries no longer need export licences under rules issued by the Department of Commerce.')).toEqual([]);
    expect(statedRelations('Drones do not need an import licence under the Export Administration Regulations.')).toEqual([]);
    expect(statedRelations('Thermal cameras might need an export licence under the Export Administration Regulations.')).toEqual([]);
    expect(statedRelations('Exporters said lidar sensors would need export licences under rules proposed by the Department of Commerce.')).toEqual([]);
  });
});

// The licence's grantor after "from" (helper-390, issue 15: "cue not between the mentions"): the goods' trade, origin or
// destination may stand between the goods and the verb.
describe('goods that need a licence from a body', () => {
  const COUNCIL = 'authority:~norland-trade-council';
  const CRANES = 'product:~harbour-crane';
  const FORKLIFTS = 'product:~forklift-truck';
  it('are restricted by the body that grants it', () => {
    expect(statedRelations('Since May, exports of harbour cranes have required a licence from the Norland Trade Council.')).toEqual(restricts([[COUNCIL, CRANES]]));
    expect(statedRelations('Exports of harbour cranes and forklift trucks from Valdmark now need an export licence from the Norland Trade Council.')).toEqual(
      restricts([[COUNCIL, CRANES], [COUNCIL, FORKLIFTS]]),
    );
  });
  it('not where the need is denied or a licence is only obtainable', () => {
    expect(statedRelations('Harbour cranes no longer need a licence from the Norland Trade Council.')).toEqual([]);
    expect(statedRelations('Buyers of harbour cranes can get a licence from the Norland Trade Council.')).toEqual([]);
  });
});
