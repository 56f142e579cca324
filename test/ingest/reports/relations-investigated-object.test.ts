// What is investigated is the verb's own object (relation-rules.yaml investigates `direct`): not the goods of a measure it
// reviews ("reviewed the ban on X"), nor the object of a gerund after it ("closed its review by restricting X"); the effect of
// imports of X is still X's (Section 232). Own sentences (helper-254's probes, issue 15).
import { describe, expect, it } from 'vitest';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const SEA = 'law:us:secure-equipment-act';
const CRANES = 'product:~harbour-crane';
const LIDAR = 'product:~lidar-sensor';
const DRONES = 'product:drones';

describe('the object of a review', () => {
  it("is not the goods of the measure reviewed", () => {
    expect(statedRelations('The Office for Product Safety and Standards reviewed the ban on drones imposed under the Secure Equipment Act of 2021.')).toEqual([`${SEA} RESTRICTS ${DRONES}`]);
    expect(statedRelations('The Department of Commerce is assessing the effect of its ban on lidar sensors.')).toEqual([`${COMMERCE} RESTRICTS ${LIDAR}`]);
    expect(statedRelations("The Department of Commerce is assessing the effect of the Federal Communications Commission's ban on lidar sensors.")).toEqual([`authority:fcc RESTRICTS ${LIDAR}`]);
  });
  it("is not a gerund's object after it", () => {
    expect(statedRelations('The Department of Commerce closed its review by restricting harbour cranes.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });
  it('is still the goods whose imports have the effect reviewed', () => {
    expect(statedRelations('The Department of Commerce opened an investigation into the effect of imports of lidar sensors on national security.')).toEqual([`${COMMERCE} INVESTIGATES ${LIDAR}`]);
    expect(statedRelations('The Department of Commerce reviewed imports of harbour cranes.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
  });
});
