// An act only attempted states no act, as one only sought does (helper-257, issue 15; the relation-probes trap "Efforts by
// the Federal Communications Commission to ban lidar sensors failed"): a verb or noun of attempt before "to" and the cue
// (relation-rules.yaml proposal: "tried to", "attempt to", "efforts to", "a bid to"), and a noun of attempt whose agent
// follows it with "by" (attemptedBy). Own sentences, real public bodies, invented companies; the first group failed before.
import { describe, expect, it } from 'vitest';
import { BIS, FCC } from './ids.ts';
import { statedRelations } from './helpers.ts';

const HARROW = 'company:~harrow-optics-ltd';
const LIDAR = 'product:~lidar-sensor';
const DRONES = 'product:drones';

describe('an act only attempted', () => {
  it('is no act, whatever became of it', () => {
    expect(statedRelations('Efforts by the Federal Communications Commission to ban drones failed.')).toEqual([]);
    expect(statedRelations('A bid by the Bureau of Industry and Security to add Harrow Optics Ltd. to the Entity List collapsed.')).toEqual([]);
    expect(statedRelations("The Federal Communications Commission's attempt to ban lidar sensors failed in court.")).toEqual([]);
    expect(statedRelations('The Federal Communications Commission tried to ban lidar sensors.')).toEqual([]);
  });
  it('leaves a decision, and an act done as part of an effort', () => {
    expect(statedRelations('The decision by the Federal Communications Commission to ban lidar sensors took effect in May.')).toEqual([`${FCC} RESTRICTS ${LIDAR}`]);
    expect(statedRelations('The Federal Communications Commission banned drones in an effort to protect networks.')).toEqual([`${FCC} RESTRICTS ${DRONES}`]);
    expect(statedRelations('The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List after a bid by the company to avoid it failed.')).toEqual([`${BIS} ADDS_TO_LIST ${HARROW}`]);
  });
});
