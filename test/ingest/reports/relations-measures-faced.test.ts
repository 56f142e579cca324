// Goods that face, or are subject to, a measure under an instrument or imposed by a body are restricted by it; a company
// placed under sanctions is restricted. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const ACT = 'law:~valdmark-crane-safety-act';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';

describe('a measure goods face', () => {
  it('is a restriction by the instrument or body, whatever the measure', () => {
    expect(stated('Forklift trucks now face an import ban under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('Harbour cranes from China are now subject to a 50 percent tariff imposed by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not one they may face', () => {
    expect(stated('Forklift trucks may soon be subject to restrictions imposed by the Norland Trade Council.')).toEqual([]);
  });
});

describe('sanctions', () => {
  it('a company placed under sanctions is restricted', () => {
    expect(stated('The Norland Trade Council placed Kestrel Cranes Ltd. under sanctions in May.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
  });
});
