// An order's lead-in and its items written inline ("The Secretary, in consultation with A, B and C, shall: (i) prohibit
// imports of X and related Y; and (ii) ..."): an item with no subject of its own goes on with the lead-in's predicate
// (clauses.ts: a 'predicate' after the colon, or after a semicolon and the item's enumerator), so the lead-in's subject
// acts in it, not the last body named in the consultation aside, even where a word of the item reads as a finite verb
// ("related", a relative clause's "were"). What the lead-in says of its items (a negation, a report's "should") stands for
// each (relations.ts outsideClause). Own sentences; the departments are catalog entries.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const DOD = 'authority:dod';
const CRANES = 'product:~harbour-crane';
const DRONES = 'product:drones';
const LEAD = 'The Secretary of Commerce, in consultation with the Secretary of State, the Secretary of Defense, and the heads of other agencies,';
const stated = (text: string): string[] => relations(text).filter((r) => !/ (?:MAKES|SUBJECT_TO) /.test(r));

describe("an inline item of an order's lead-in", () => {
  it("is the lead-in's subject's act, not the last body consulted", () => {
    expect(stated(`${LEAD} shall: (i) prohibit imports of harbour cranes and related software;`)).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
    expect(stated(`${LEAD} shall: (i) prohibit imports of harbour cranes that were made by Kestrel Cranes Ltd.;`)).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });
  it("is so for a later item after a semicolon and its enumerator", () => {
    expect(stated(`${LEAD} shall, within 90 days of the date of this order: (i) identify harbour cranes and related software; and (ii) prohibit imports of drones that were made by Kestrel Cranes Ltd.;`)).toEqual([
      `${COMMERCE} RESTRICTS ${DRONES}`,
      `${COMMERCE} DESIGNATES ${CRANES}`,
    ]);
  });
  it('keeps an item that names its own subject that subject\'s act', () => {
    expect(stated(`${LEAD} shall, within 90 days of the date of this order: (i) identify harbour cranes; and (ii) the Secretary of Defense shall prohibit imports of drones that were made by Kestrel Cranes Ltd.;`)).toEqual([
      `${DOD} RESTRICTS ${DRONES}`,
      `${COMMERCE} DESIGNATES ${CRANES}`,
    ]);
  });
  it("reads no act where the lead-in negates or recommends it", () => {
    expect(stated(`${LEAD} shall not: (i) prohibit imports of harbour cranes and related software;`)).toEqual([]);
    expect(stated(`${LEAD} should: (i) prohibit imports of harbour cranes and related software;`)).toEqual([]);
    expect(stated(`${LEAD} should: (i) identify harbour cranes and related software; and (ii) prohibit imports of drones that were made by Kestrel Cranes Ltd.;`)).toEqual([]);
  });
  it("keeps an earlier item's negation out of a later item", () => {
    expect(stated(`${LEAD} shall: (i) not renew contracts for harbour cranes and related software; and (ii) prohibit imports of drones that were made by Kestrel Cranes Ltd.;`)).toEqual([`${COMMERCE} RESTRICTS ${DRONES}`]);
  });
});
