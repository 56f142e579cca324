// A directive to those who trade to stop supplying a party (relation-rules.yaml directs-to-stop-supplying): the directing
// actor restricts the party, and the goods named after "with". "them" there takes up every company the actor's verb named
// before it, not the first alone (relations.ts pronounObjects). A counted class added to an annex, then its members
// (adds-members-to-list), as to a list. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, KESTREL } from './ids.ts';

const ORVIK = 'company:~orvik-hoists-inc';

describe('a directive to stop supplying a party', () => {
  it('restricts the companies "them" takes up, each one', () => {
    const got = stated(
      'The Norland Trade Council places Kestrel Cranes Ltd., a Vessa maker of gantry winches, and Orvik Hoists Inc., which integrates sensors for ships, on its list and tells Norland exporters to stop supplying them with harbour cranes.',
    );
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${ORVIK}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('restricts the examples a class of goods is given, not the class', () => {
    const got = stated('The Norland Trade Council tells Norland exporters to stop supplying Kestrel Cranes Ltd. with dual-use items, including harbour cranes.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    expect(got.filter((r) => r.includes('dual-use'))).toEqual([]);
  });

  it('restricts a party it names', () => {
    const got = stated('In June the Norland Trade Council instructed domestic firms to stop supplying Kestrel Cranes Ltd. with spare parts.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });

  it('restricts the goods and the party they go "to"', () => {
    const got = stated('The Norland Trade Council ordered domestic suppliers to stop supplying harbour cranes to Kestrel Cranes Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
  });

  it('not a request to stop', () => {
    const got = stated('The Norland Trade Council urged exporters to stop supplying Kestrel Cranes Ltd. with harbour cranes.');
    expect(got.filter((r) => r.startsWith(`${COUNCIL} RESTRICTS`))).toEqual([]);
  });
});

describe('a counted class added to an annex', () => {
  it('adds the members named after it', () => {
    const got = stated('The Norland Trade Council adopted a new package in May. It adds 31 entities to Annex IV, among them Kestrel Cranes Ltd. and Orvik Hoists Inc.');
    expect(got.filter((r) => r.includes('ADDS_TO_LIST') && (r.endsWith(KESTREL) || r.endsWith(ORVIK)))).toHaveLength(2);
  });
});
