// A coordinator after an object list that opens a new clause whose subject is a bare plural or a quantifier's noun phrase
// (clauses.ts bareSubjectAfter): "..., and several provinces, including Valdmark, have restricted Y"; "banned exports of X
// and exports of Y fell sharply". What that clause names is no further object of the verb before it. Own sentences,
// fictional bodies and companies (helper-319, issue 15, relation precision).
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const KESTREL = 'company:~kestrel-cranes-ltd';
const OSTRAVA = 'company:~ostrava-lifts-ltd';

describe('a new clause after the object list', () => {
  it('with a quantifier\'s subject and an aside of examples is no conjunct ("and several provinces, including X, have restricted")', () => {
    const got = relations(
      'The Norland Trade Council bans drones made by Kestrel Cranes Ltd., and several provinces, including Valdmark, have restricted cameras made by Ostrava Lifts Ltd.',
    );
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).not.toContain(`${COUNCIL} RESTRICTS ${OSTRAVA}`);
  });
  it('with a bare plural subject and a verb in the past is no conjunct ("and exports of Y fell sharply")', () => {
    const got = relations('The Norland Trade Council banned exports of drones to Valdmark and exports of harbour cranes fell sharply.');
    expect(got).toContain(`${COUNCIL} RESTRICTS product:drones`);
    expect(got).not.toContain(`${COUNCIL} RESTRICTS product:~harbour-crane`);
  });
  it('with goods and their maker as subject is no conjunct ("and cameras made by Y fell sharply")', () => {
    const got = relations('The Norland Trade Council banned exports of drones made by Kestrel Cranes Ltd. and cameras made by Ostrava Lifts Ltd. fell sharply.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).not.toContain(`${COUNCIL} RESTRICTS ${OSTRAVA}`);
  });
});

describe('conjuncts that open no clause stay objects', () => {
  it('a bare plural and its maker with a participle ("and cameras made by Y")', () => {
    expect(relations('The Norland Trade Council restricted drones made by Kestrel Cranes Ltd. and cameras made by Ostrava Lifts Ltd. in May.')).toEqual(
      expect.arrayContaining([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${OSTRAVA}`]),
    );
  });
  it('a quantifier\'s conjunct with a date after it ("and several cameras made by Y last year")', () => {
    expect(relations('The Norland Trade Council banned drones made by Kestrel Cranes Ltd. and several cameras made by Ostrava Lifts Ltd. last year.')).toContain(
      `${COUNCIL} RESTRICTS ${OSTRAVA}`,
    );
  });
  it('a conjunct that repeats the trade ("exports of X and imports of Y made by Z")', () => {
    expect(relations('The Norland Trade Council banned exports of drones and imports of cameras made by Kestrel Cranes Ltd.')).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});

describe('an opening "Under ...," frames the new clause', () => {
  it('the instrument acts in a coordinated clause whose bare plural subject names no actor ("and operators have been told to stop installing X")', () => {
    const got = relations(
      'Under the Norland Telecoms Security Act 2024, Kestrel Cranes Ltd. has been made subject to a designation notice, and operators have been told to stop installing its harbour cranes from 1 March 2027.',
    );
    expect(got.some((r) => /^law:\S+ RESTRICTS product:~harbour-crane$/.test(r))).toBe(true);
  });
  it('no instrument acts in a coordinated clause whose subject is an actor of its own', () => {
    const got = relations(
      'Under the Norland Telecoms Security Act 2024, Kestrel Cranes Ltd. has been made subject to a designation notice, and the Norland Trade Council has banned its harbour cranes.',
    );
    expect(got).toContain(`${COUNCIL} RESTRICTS product:~harbour-crane`);
    expect(got.some((r) => /^law:\S+ RESTRICTS product:~harbour-crane$/.test(r))).toBe(false);
  });
});
