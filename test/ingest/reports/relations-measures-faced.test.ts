// Goods that face, or are subject to, a measure under an instrument or imposed by a body are restricted by it; a company
// placed under sanctions is restricted. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, ACT, CRANES, FORKLIFTS } from './ids.ts';

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

// relation-rules.yaml writes the measure nouns once (`classes`): every pattern that names a measure knows them all.
describe('one class of measure nouns', () => {
  it('a measure one pattern lacked is read by every pattern that names measures', () => {
    expect(stated('The Norland Trade Council announced curbs on exports of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The quotas imposed by the Norland Trade Council cover forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('Forklift trucks face limits on exports under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
  });

  it('and so is a measure only weighed or undone', () => {
    expect(stated('The Norland Trade Council is considering an embargo on exports of harbour cranes to China.')).toEqual([]);
    expect(stated('The Norland Trade Council lifted the embargo on exports of harbour cranes to China.')).toEqual([]);
  });

  it('limits are a measure only on a trade, and tariffs do not restrict the country goods go into', () => {
    expect(stated('Forklift trucks are subject to speed limits under the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('The Norland Trade Council set speed limits for forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes imported into China.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('one class of verbs that ban', () => {
  it('every form of each, in every pattern that names them', () => {
    expect(stated('The Norland Trade Council forbade imports of harbour cranes made in China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes are forbidden under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council barred imports of forklift trucks manufactured in China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
  });

  it('not a company barred from selling to a country: the company is restricted, not the country', () => {
    expect(stated('The Norland Trade Council barred Kestrel Cranes Ltd. from selling to China.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
  });
});
