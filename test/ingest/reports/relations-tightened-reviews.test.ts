// A review tightened is a control made stricter, not an investigation (relation-rules.yaml tightens-review, investigates):
// "tightened end-use reviews for X", "stepped up checks on exports of X" restrict X; a review opened into X still
// investigates it. Own sentences (issue 15, helper-287).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const CRANES = 'product:~harbour-crane';
const LIDAR = 'product:~lidar-sensor';

describe('a review made stricter', () => {
  it('restricts what it is for, and investigates nothing', () => {
    expect(statedRelations('The Department of Commerce tightened end-use reviews for lidar sensors in March.')).toEqual([`${COMMERCE} RESTRICTS ${LIDAR}`]);
    expect(statedRelations('The Department of Commerce stepped up licence checks on exports of harbour cranes.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Department of Commerce banned exports of drones and tightened reviews for lidar sensors.')).toContain(`${COMMERCE} RESTRICTS ${LIDAR}`);
    expect(statedRelations('The Department of Commerce banned exports of drones and tightened reviews for lidar sensors.')).not.toContain(`${COMMERCE} INVESTIGATES ${LIDAR}`);
  });
  it('leaves a review opened into X an investigation of X', () => {
    expect(statedRelations('The Department of Commerce opened a review of lidar sensors in March.')).toEqual([`${COMMERCE} INVESTIGATES ${LIDAR}`]);
    expect(statedRelations('The Department of Commerce reviewed end-use checks for harbour cranes.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
  });
});
