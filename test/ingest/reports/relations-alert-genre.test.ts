// Constructions of client alerts and press releases: a licence review policy of denial restricts (a review policy is no
// review, nor a licence a regulation); a duty an opening "Under ...," instrument lays on makers regulates their goods;
// proceedings against a company investigate it. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, ACT, KESTREL, CRANES } from './ids.ts';

describe('alert and press release constructions', () => {
  it('a licence review policy of denial restricts, and reviews nothing', () => {
    expect(stated('The Norland Trade Council also revised the license review policy for Kestrel Cranes Ltd. to a presumption of denial.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a duty on the makers of goods under an instrument regulates the goods', () => {
    expect(stated('Under the Valdmark Crane Safety Act, manufacturers of harbour cranes will have to report vulnerabilities.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('Under the Valdmark Crane Safety Act, manufacturers of harbour cranes praised the new port.')).toEqual([]);
  });

  it('proceedings against a company investigate it', () => {
    expect(stated('The Norland Trade Council has launched proceedings against Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
  });
});
