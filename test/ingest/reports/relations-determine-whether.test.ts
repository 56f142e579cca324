// A determination "whether" a company's goods pose a risk reviews them (relation-rules.yaml investigates): "gave an agency
// a year to determine whether X's equipment poses an unacceptable risk". Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('a determination whether', () => {
  it('investigates the company or goods whose risk it weighs', () => {
    expect(relations('Section 12 of the Norland Ports Act gave the harbour agency six months to determine whether equipment made by Kestrel Cranes Ltd. poses an unacceptable risk.')).toContain(
      'law:~norland-ports-act INVESTIGATES company:~kestrel-cranes-ltd',
    );
  });
  it('investigates nothing when it only weighs a measure ("whether X should be placed on the list"), as "assess whether" does', () => {
    expect(relations('The Norland Assembly could require the Norland Trade Council to determine whether harbour cranes should be placed on its Harbour List.')).not.toContain(
      'authority:~norland-trade-council INVESTIGATES product:~harbour-crane',
    );
    expect(relations('The Norland Trade Council will determine whether harbour cranes pose an unacceptable risk.')).toContain('authority:~norland-trade-council INVESTIGATES product:~harbour-crane');
  });
  it('investigates nothing when negated, nor when it states the finding ("determined that")', () => {
    expect(relations('The Norland Trade Council has not yet determined whether Kestrel Cranes Ltd. poses a risk.')).toEqual([]);
    expect(relations('The Norland Trade Council determined that Kestrel Cranes Ltd. poses a risk.')).toEqual([]);
  });
});
