// "The Commission" in a text that names two commissions is ambiguous: neither acts (issue 15: an ambiguous name is
// reported with its candidates, never bound by guess). Reading it as the commission the paragraph before names found
// no relation and made a false one on the held-out set. Own text, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const NORLAND = 'authority:~norland-trade-commission';
const FORKLIFTS = 'product:~forklift-truck';
const TEXT = 'The Norland Trade Commission prohibited forklift trucks last year.\n\nThe Valdmark Harbour Commission met the port operators in May.\n\nThe Commission prohibited harbour cranes.';

describe('"the Commission" of two commissions', () => {
  it('acts for neither', () => {
    expect(stated(TEXT)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });
});
