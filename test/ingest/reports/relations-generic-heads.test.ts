// A definite generic head ("the devices", "the products", "the equipment": grammar/things.yaml generic-heads) takes up,
// as an object, the one thing its sentence names before it, else the one its paragraph names before the sentence; where
// two things could be meant it takes up nothing (relations.ts genericHeadObjects). Own sentences, fictional bodies,
// acts and products.
//
// "the manufacturer", "the supplier": any singular company noun (grammar/names.yaml company-nouns) takes up a company as
// "the company" does (companyNounObjects); neither a company noun nor a generic head that modifies a noun after it ("the
// reseller enquiry", "the equipment auctions") takes anything up.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES, FORKLIFTS, KESTREL } from './ids.ts';

describe('a definite generic head', () => {
  it('takes up the one thing its paragraph named before it', () => {
    const got = stated('Inspectors of the Norland Trade Council found 40 harbour cranes at the port of Vessa in May. They carried no safety marking. The Norland Trade Council banned the devices in June.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('or the one its own sentence named before it', () => {
    const got = stated('The Norland Trade Council inspected 40 harbour cranes in May and banned the equipment in June.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('takes up nothing where two things could be meant', () => {
    const got = stated('Inspectors of the Norland Trade Council found 40 harbour cranes and 12 forklift trucks at the port of Vessa in May. The Norland Trade Council banned the devices in June.');
    expect(got.filter((r) => r.includes(CRANES) || r.includes(FORKLIFTS))).toEqual([]);
  });

  it('takes up nothing from another paragraph', () => {
    expect(stated('Inspectors of the Norland Trade Council found 40 harbour cranes at the port of Vessa in May.\n\nThe Norland Trade Council banned the devices in June.').filter((r) => r.includes(CRANES))).toEqual([]);
  });

  it('takes up nothing where it modifies a noun after it', () => {
    const got = stated('The Norland Trade Council counted 40 harbour cranes at the port in May and banned the equipment auctions in June.');
    expect(got.filter((r) => r.includes(CRANES))).toEqual([]);
  });
});

describe('a definite company noun', () => {
  it('takes up the one company named before it, as "the company" does', () => {
    const got = stated('Kestrel Cranes Ltd. supplies harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from buying harbour cranes made by the manufacturer.');
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
  });

  it('takes up nothing where it modifies a noun after it', () => {
    const got = stated('Kestrel Cranes Ltd. supplies harbour cranes in Norland. The Valdmark Crane Safety Act bars port operators from answering the supplier enquiry.');
    expect(got).not.toContain(`${ACT} RESTRICTS ${KESTREL}`);
  });
});
