// Acts a sentence reports of another's words or that another makes: a complement clause with a bare subject of its own after
// a verb of reporting is that subject's act (clauses.ts bareReportedSubject, relations.ts ownReported), and an order made
// under an instrument is its maker's, not the instrument's (relation-rules.yaml agentUnder). Issue 15, relation precision
// (helper-324). Own sentences, fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const PARLIAMENT = 'authority:~norland-parliament';
const KESTREL = 'company:~kestrel-cranes-ltd';
const ACT = 'law:~norland-investment-screening-act-2022';
const CRANES = 'product:~harbour-crane';

const restricts = (got: string[], actor: string): boolean => got.some((r) => r.startsWith(`${actor} RESTRICTS `));

describe('a complement clause with a bare subject of its own after a verb of reporting (clauses.reporting)', () => {
  it('"finds that federal law already limits X" is no act of the finder', () => {
    expect(restricts(relations('The Norland Parliament further finds that federal law already limits the purchase of harbour cranes by federal agencies.'), PARLIAMENT)).toBe(false);
  });
  it('"said that export controls have cut X" is no act of the speaker', () => {
    expect(restricts(relations('The Norland Parliament said that export controls have cut sales of harbour cranes.'), PARLIAMENT)).toBe(false);
  });
  it('a named actor in the complement still acts ("finds that the Council has banned X")', () => {
    const got = relations('The Norland Parliament finds that the Norland Trade Council has banned drones made by Kestrel Cranes Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(restricts(got, PARLIAMENT)).toBe(false);
  });
  it('a pronoun subject takes the reporter up ("said that it would ban X")', () => {
    expect(relations('The Norland Trade Council said that it would ban drones made by Kestrel Cranes Ltd.')).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});

describe('an order made under an instrument is its maker\'s act (relation-rules.yaml agentUnder)', () => {
  it('"made a final order under the Act blocking X" is no act of the Act', () => {
    expect(restricts(relations('In May 2027 the Norland Trade Minister made a final order under the Norland Investment Screening Act 2022 blocking imports of harbour cranes.'), ACT)).toBe(false);
  });
  it('"issued an order under the Act prohibiting X" neither', () => {
    expect(restricts(relations('The Norland Trade Minister issued an order under the Norland Investment Screening Act 2022 prohibiting imports of drones made by Kestrel Cranes Ltd.'), ACT)).toBe(false);
  });
  it('a passive done under the Act is still the Act\'s ("are prohibited under the Act")', () => {
    expect(relations('Imports of harbour cranes are prohibited under the Norland Investment Screening Act 2022.')).toContain(`${ACT} RESTRICTS ${CRANES}`);
  });
});
