// A list named before and taken up by a demonstrative ("placed X on that list", "added X to this list") is the list an
// addition is made to, as "the list" is (relation-rules.yaml LIST_DET in adds-to-list's `after` and its kin). Own
// sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const KEPT = 'The Norland Harbour Commission keeps a Restricted Suppliers List.';
const COMMISSION = 'authority:~norland-harbour-commission';

describe('a list taken up by a demonstrative', () => {
  it('is the list of an addition', () => {
    expect(stated(`${KEPT} In March the Commission placed Kestrel Marine Systems Ltd. on that list.`)).toContain(`${COMMISSION} ADDS_TO_LIST company:~kestrel-marine-systems-ltd`);
    expect(stated(`${KEPT} In May the Commission added Ostwind Cranes GmbH to this list.`)).toContain(`${COMMISSION} ADDS_TO_LIST company:~ostwind-cranes-gmbh`);
  });
  it('but a place, or a meeting, is no list', () => {
    const got = stated(`${KEPT} In May the Commission placed Ostwind Cranes GmbH staff on that vessel.`);
    expect(got.filter((r) => r.includes('ADDS_TO_LIST'))).toEqual([]);
  });
});
