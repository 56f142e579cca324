// The agent of a nominalised acquisition after its target ("the acquisition of X, a maker of Y, by Z"): the acquirer is a
// party to the transaction the cue acts on, as the target is, so a review of the acquisition investigates both and a
// block reaches the acquirer (relation-rules.yaml `acquirer`, relations.ts reached). Not the agent of another noun ("the
// designation of X by Z" names Z's act, no object), nor a "by" after goods. Own sentences, fictional bodies and companies
// (helper-323, issue 15, relations vetoed by chain).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const KESTREL = 'company:~kestrel-cranes-ltd';
const OSTRAVA = 'company:~ostrava-lifts-ltd';

describe('the acquirer after "by" is a party the act reaches', () => {
  it('a review of the acquisition investigates the acquirer past the target\'s apposition', () => {
    const got = relations('The Norland Trade Council has opened a review of the planned acquisition of Kestrel Cranes Ltd., a maker of harbour cranes, by Ostrava Lifts Ltd.');
    expect(got).toContain(`${COUNCIL} INVESTIGATES ${KESTREL}`);
    expect(got).toContain(`${COUNCIL} INVESTIGATES ${OSTRAVA}`);
  });
  it('so does a review of a takeover with no apposition', () => {
    expect(relations('The Norland Trade Council opened an investigation into the takeover of Kestrel Cranes Ltd. by Ostrava Lifts Ltd.')).toContain(
      `${COUNCIL} INVESTIGATES ${OSTRAVA}`,
    );
  });
});

describe('no acquirer where no acquisition is named', () => {
  it('a "by" after a target of another noun ("the inspection of X by Z")', () => {
    expect(relations('The Norland Trade Council opened an investigation into the inspection of Kestrel Cranes Ltd. by Ostrava Lifts Ltd.')).not.toContain(
      `${COUNCIL} INVESTIGATES ${OSTRAVA}`,
    );
  });
});
