// Sentences that name a measure but state no act of the actor read with it (issue 15, relation precision; helper-324):
// a measure named by a noun whose predicate says it was lifted, what critics say, an actor directed in one item of a list
// of gerund phrases, a "where" clause's act, an obligation's duties. And the hedged forms of a policy text that state none.
// Own sentences, fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const KESTREL = 'company:~kestrel-cranes-ltd';
const CRANES = 'product:~harbour-crane';

const restricts = (got: string[], actor: string): boolean => got.some((r) => r.startsWith(`${actor} RESTRICTS `));

describe('a measure named by a noun whose predicate undoes it (relation-rules.yaml undone)', () => {
  it('"The Council\'s ban on X has since been lifted" states no ban in force', () => {
    expect(restricts(relations("The Norland Trade Council's ban on drones made by Kestrel Cranes Ltd. has since been lifted."), COUNCIL)).toBe(false);
  });
  it('"... was revoked in 2027", past the goods\' maker', () => {
    expect(restricts(relations("The Norland Trade Council's ban on drones made by Kestrel Cranes Ltd. was revoked in 2027."), COUNCIL)).toBe(false);
  });
  it('a predicate that keeps it in force still states it ("remains in force")', () => {
    expect(relations("The Norland Trade Council's 2025 ban on drones made by Kestrel Cranes Ltd. remains in force.")).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});

describe('what critics say is no act the text states (clauses.undecided)', () => {
  it('"Critics say the Council banned X" states no ban', () => {
    expect(restricts(relations('Critics say the Norland Trade Council banned drones made by Kestrel Cranes Ltd. without evidence.'), COUNCIL)).toBe(false);
  });
  it('the same act stated by the text is read', () => {
    expect(relations('The Norland Trade Council banned drones made by Kestrel Cranes Ltd. without evidence.')).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});

describe('a list of gerund phrases: an actor named in one item is none of the next one\'s (relation-rules.yaml clause)', () => {
  it('"requiring the Council to publish a list ...; providing exemptions; requiring port authorities to phase out X"', () => {
    const got = relations(
      'An act relating to harbour security; prohibiting port authorities from buying harbour cranes from companies of concern; requiring the Norland Trade Council to publish a list of companies of concern; providing exemptions; requiring port authorities to phase out such harbour cranes; providing an effective date.',
    );
    expect(restricts(got, COUNCIL)).toBe(false);
  });
  it('the act that heads the list acts in each item ("An act ...; providing definitions; prohibiting X")', () => {
    expect(
      relations('The Norland Harbour Security Act 2027 is an act relating to harbour security; providing definitions; prohibiting port authorities from buying drones made by Kestrel Cranes Ltd.'),
    ).toContain(`law:~norland-harbour-security-act-2027 RESTRICTS ${KESTREL}`);
  });
  it('the actor of its own item still acts ("requiring the Council to ban X; providing exemptions")', () => {
    expect(relations('An act relating to harbour security; requiring the Norland Trade Council to ban drones made by Kestrel Cranes Ltd.; providing exemptions.')).toContain(
      `${COUNCIL} RESTRICTS ${KESTREL}`,
    );
  });
});

describe('a "where" clause between commas holds its own objects (clauses.subordinate)', () => {
  it('the inverted subject after it is no object of the act inside it', () => {
    const got = relations('Only in shipbuilding, where the Norland Trade Council imposed duties on harbour cranes from China in 2027, has Japan singled out Chinese machinery.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    expect(got).not.toContain(`${COUNCIL} RESTRICTS jur:jp`);
  });
});

describe('an obligation\'s duties are no tariff (relation-rules.yaml TARIFF)', () => {
  it('"is subject to the security duties in the Act" restricts no one', () => {
    expect(relations('Kestrel Cranes Ltd. is subject to the security duties in the Norland Ports Act 2020.').some((r) => / RESTRICTS /.test(r))).toBe(false);
  });
  it('"is subject to anti-dumping duties under the Act" still does', () => {
    expect(relations('Kestrel Cranes Ltd. is subject to anti-dumping duties under the Norland Trade Act 2020.')).toContain(`law:~norland-trade-act-2020 RESTRICTS ${KESTREL}`);
  });
});

describe('hedged forms of a policy text state no act', () => {
  it.each([
    'The new rule could be used to restrict drones made by Kestrel Cranes Ltd.',
    'Critics say the ban on drones made by Kestrel Cranes Ltd. is too broad.',
    'The Norland Trade Council has proposed a ban on drones made by Kestrel Cranes Ltd.',
    'If enacted, the Norland Investment Screening Act 2022 would ban drones made by Kestrel Cranes Ltd.',
    'The ban on drones made by Kestrel Cranes Ltd. was lifted in March 2027.',
    'The Norland Investment Screening Act 2022 does not restrict drones made by Kestrel Cranes Ltd.',
    'The Norland Trade Council lifted its ban on drones made by Kestrel Cranes Ltd. in March 2027.',
  ])('%s', (sentence) => {
    expect(relations(sentence).filter((r) => / (?:RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES) /.test(r))).toEqual([]);
  });
});
