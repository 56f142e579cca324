// A measure on goods reaches their maker when the maker is named after a class of companies ("drones made by covered
// foreign entities, such as X", "cranes made by Chinese companies such as X", "made by manufacturers, including X") and
// when the goods are coordinated with a second plural right before "made by" ("equipment or services produced by X"):
// relation-rules.yaml `chain` (helper-310, issue 15; dev87's university guidance had both). Own sentences, fictional
// bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const KESTREL = 'company:~kestrel-cranes-ltd';
const OSTRAVA = 'company:~ostrava-lifts-ltd';

describe('a maker named after a class of companies', () => {
  it('is reached after "such as" or "including", with or without a comma', () => {
    expect(relations('The Norland Trade Council banned harbour cranes made by Chinese companies such as Kestrel Cranes Ltd.')).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(relations('The Norland Ports Act prohibits agencies from buying harbour cranes made by manufacturers, including Kestrel Cranes Ltd.')).toContain(`law:~norland-ports-act RESTRICTS ${KESTREL}`);
  });
  it('reaches the conjuncts after the first maker', () => {
    const made = relations('The Norland Trade Council banned harbour cranes made by covered foreign entities, such as Kestrel Cranes Ltd. and Ostrava Lifts Ltd.');
    expect(made).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS product:~harbour-crane`, `${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${OSTRAVA}`]));
  });
  it('is no object when the class is not the goods\' maker', () => {
    // The companies are the ones asked, not the cranes' makers: no made-by before the class.
    expect(relations('The Norland Trade Council banned harbour cranes and asked companies such as Kestrel Cranes Ltd. to comment.')).not.toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});

describe('goods coordinated with a second plural right before their maker', () => {
  it('reach the maker after "or services produced by" and "or support services made by"', () => {
    const made = relations('The Norland Trade Council prohibits the purchase of harbour cranes or services produced by Kestrel Cranes Ltd. or Ostrava Lifts Ltd.');
    expect(made).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${OSTRAVA}`]));
    expect(relations('The Norland Trade Council prohibits the purchase of harbour cranes or support services made by Kestrel Cranes Ltd.')).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
  it('does not reach a company after a second verb', () => {
    // "and fines operators" is a second clause (its verb ends in -s, as no modifier of goods does), not goods.
    expect(relations('The Norland Trade Council bans harbour cranes and fines operators supplied by Kestrel Cranes Ltd.')).not.toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });
});
