// The possessor of a nominal cue does its act, whoever the clause's subject is, and no other actor does it through the
// possessive ("The FCC commented on the Department of Commerce's restrictions on X": the Department's restrictions; relations.ts
// POSSESSED_CUE, veto `possessor`); a nominal act whose agent follows it ("the investigation of X by the Department") is
// that agent's alone (relation-rules.yaml `preempts`). Own sentences (helper-254's probes, issue 15), invented companies.
import { describe, expect, it } from 'vitest';
import { BIS, COUNCIL, FCC, KESTREL, MARROWBY } from './ids.ts';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const CRANES = 'product:~harbour-crane';
const LIDAR = 'product:~lidar-sensor';
const HARROW = 'company:~harrow-optics-ltd';

describe("another body's possessive before the cue", () => {
  it('gives the act to the possessor, not to the clause subject', () => {
    expect(statedRelations("The Federal Communications Commission commented on the Department of Commerce's restrictions on harbour cranes.")).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
    expect(statedRelations("The Department of Commerce welcomed the Federal Communications Commission's ban on lidar sensors.")).toEqual([`${FCC} RESTRICTS ${LIDAR}`]);
    expect(statedRelations("The Bureau of Industry and Security cited the Norland Trade Council's sanctions on Marrowby Cable Co. Ltd.")).toEqual([`${COUNCIL} RESTRICTS ${MARROWBY}`]);
  });
  it("keeps the subject's own possessive and its own act", () => {
    expect(statedRelations("The Federal Communications Commission's restrictions on harbour cranes took effect in May.")).toEqual([`${FCC} RESTRICTS ${CRANES}`]);
    expect(statedRelations('The Bureau of Industry and Security cited its own sanctions on Marrowby Cable Co. Ltd.')).toEqual([`${BIS} RESTRICTS ${MARROWBY}`]);
  });
});

describe("a nominal act's agent after its object", () => {
  it('is the only actor of that act on that object', () => {
    expect(statedRelations('The Federal Communications Commission relied on the investigation of Harrow Optics Ltd. by the Department of Commerce.')).toEqual([`${COMMERCE} INVESTIGATES ${HARROW}`]);
  });
  it("leaves the subject's acts on other objects", () => {
    expect(statedRelations('The Federal Communications Commission investigated Kestrel Cranes Ltd. after the investigation of Harrow Optics Ltd. by the Department of Commerce.')).toEqual([`${FCC} INVESTIGATES ${KESTREL}`, `${COMMERCE} INVESTIGATES ${HARROW}`]);
  });
});
