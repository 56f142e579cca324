// A negative adverbial that opens a clause and inverts its subject negates the subject's act (helper-257, issue 15; the
// relation-probes trap "At no point did the Bureau ... restrict"): relation-rules.yaml invertedNegation, read from the
// clause's start to the actor, which the negation's own span leaves out. Own sentences, real public bodies, invented
// companies; both groups failed before the change.
import { describe, expect, it } from 'vitest';
import { BIS, KESTREL } from './ids.ts';
import { statedRelations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const HARROW = 'company:~harrow-optics-ltd';
const CHINA = 'jur:cn';
const DRONES = 'product:drones';

describe('a negative adverbial before an inverted subject', () => {
  it('negates the act', () => {
    expect(statedRelations('Never has the European Commission designated Kestrel Cranes Ltd.')).toEqual([]);
    expect(statedRelations('Nor did the Department of Commerce add Harrow Optics Ltd. to the Entity List.')).toEqual([]);
    expect(statedRelations('Not once did the Office of Foreign Assets Control designate Kestrel Cranes Ltd., although Congress urged it to.')).toEqual([]);
    expect(statedRelations('At no point did the Bureau of Industry and Security restrict exports of drones to China.')).toEqual([]);
  });
  it("negates only its own clause, and no positive adverbial's", () => {
    expect(statedRelations('In no case did the Bureau of Industry and Security add Harrow Optics Ltd. to the Entity List, but it restricted exports of drones to China.')).toEqual([`${BIS} RESTRICTS ${CHINA}`, `${BIS} RESTRICTS ${DRONES}`]);
    expect(statedRelations('At that point the Bureau of Industry and Security restricted exports of drones to China.')).toEqual([`${BIS} RESTRICTS ${CHINA}`, `${BIS} RESTRICTS ${DRONES}`]);
    expect(statedRelations('Only then did the Department of Commerce add Harrow Optics Ltd. to the Entity List.')).toEqual([`${COMMERCE} ADDS_TO_LIST ${HARROW}`]);
    expect(statedRelations('The European Commission designated Kestrel Cranes Ltd. and never lifted the designation.')).toEqual([`authority:european-commission DESIGNATES ${KESTREL}`]);
  });
});
