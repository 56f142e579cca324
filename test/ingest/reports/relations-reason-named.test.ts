// The reason given for an act on a named party holds no object of the act (relation-rules.yaml `reason`, relations.ts
// vetoOf 'reason'): "sanctioned X for supplying drones to Russia". A "for" whose -ing word opens a recognised name or thing
// ("funds for charging stations") is no gerund, and a month is no named party, so neither starts a reason. Own sentences,
// fictional bodies and companies (helper-299).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';

describe('a "for" that gives no reason', () => {
  it('is a thing whose name opens with the -ing word: the conjunct after it is reached', () => {
    expect(relations('The Norland Trade Council restricted in March 2026 federal funds for charging stations and electric vehicle chargers.')).toContain(
      `${COUNCIL} RESTRICTS product:~electric-vehicle-charger`,
    );
  });
  it('follows a month, no named party: the objects after it are reached', () => {
    expect(relations('The Norland Trade Council restricted in March, for monitoring reasons, drones and lidar sensors.')).toEqual(
      expect.arrayContaining([`${COUNCIL} RESTRICTS product:drones`, `${COUNCIL} RESTRICTS product:~lidar-sensor`]),
    );
  });
});

describe('the reason given for an act on a named party', () => {
  it('still holds no object of the act, a month between or not', () => {
    expect(relations('The Norland Trade Council sanctioned Kestrel Cranes Ltd. in March for supplying drones to Russia.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
    expect(relations('The Norland Trade Council designated Kestrel Cranes Ltd. for supplying drones and lidar sensors to Russia.')).toEqual([
      `${COUNCIL} DESIGNATES company:~kestrel-cranes-ltd`,
    ]);
  });
});
