// In an order's prohibitions the United States is the state that imports and whose persons are bound, no target: the
// country imports go "into" (relation-rules.yaml restricts-country) and the country before "persons" that a prohibition
// keeps "from" doing something (ownBodies) are not restricted; the goods are, and an origin named with them still is.
// Own sentences in the orders' genre; the departments and countries are catalog entries.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const JUSTICE = 'authority:~justice-department';
const CRANES = 'product:~harbour-crane';

describe('the importing state and its persons', () => {
  it('are not restricted by a prohibition of imports into it', () => {
    expect(relations('The Secretary of Commerce shall prohibit the importation of harbour cranes into the United States.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
    expect(relations('Within 90 days of the date of this order, the Secretary of Commerce shall prohibit imports of harbour cranes into the United States.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });
  it('keep the origin of the goods restricted', () => {
    expect(relations('The Secretary of Commerce shall prohibit the importation of harbour cranes made in China into the United States.')).toEqual([
      `${COMMERCE} RESTRICTS jur:cn`,
      `${COMMERCE} RESTRICTS ${CRANES}`,
    ]);
  });
  it('are not restricted where the prohibition binds its persons', () => {
    expect(relations('The Attorney General shall issue regulations that prohibit or otherwise restrict United States persons from engaging in any transaction that involves harbour cranes.')).toEqual([`${JUSTICE} RESTRICTS ${CRANES}`]);
  });
  it('leave a country the measure targets restricted', () => {
    expect(relations('The Secretary of Commerce shall impose export controls on Russia.')).toEqual([`${COMMERCE} RESTRICTS jur:ru`]);
  });
});
