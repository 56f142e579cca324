// Companies: two names coordinated before a legal form, legal forms in their own letters, and one company for a name
// with and without its legal form (names.ts coordinatedCompanies, companies.ts, grammar/legal-forms.yaml, entities.ts
// sameCompany). Own sentences, invented names (helper-117).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const companies = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Company');

describe('coordinated company names', () => {
  it('are two companies where each side has two words or more', () => {
    expect(companies('Treasury designated Harrow Optics and Bluefin Marine Systems LLC on Tuesday.')).toEqual([
      'Harrow Optics=company:~harrow-optics',
      'Bluefin Marine Systems LLC=company:~bluefin-marine-systems-llc',
    ]);
  });
  it('are two where an acronym in brackets spells the second alone', () => {
    expect(companies('Treasury designated Kestrel and Bluefin Marine Systems LLC (BMS) on Tuesday.')).toEqual([
      'Bluefin Marine Systems LLC=company:~bluefin-marine-systems-llc',
      'BMS=company:~bluefin-marine-systems-llc',
    ]);
  });
  it('are two where one coined word follows a name with its legal form, not a place or a known word', () => {
    expect(companies('Tarnwell Optics GmbH and Pawlyne are the leading vendors of pet trackers.')).toEqual([
      'Tarnwell Optics GmbH=company:~tarnwell-optics-gmbh',
      'Pawlyne=company:~pawlyne',
    ]);
    expect(companies('Tarnwell Optics GmbH and Shenzhen are named in the report.')).toEqual(['Tarnwell Optics GmbH=company:~tarnwell-optics-gmbh']);
    expect(companies('Tarnwell Optics GmbH and Partners are named in the report.').filter((c) => c.startsWith('Partners'))).toEqual([]);
  });
  it('are one name with one word on a side, or an adjective after "and"', () => {
    expect(companies('Treasury designated Orrin and Vale Holdings Ltd. on Tuesday.')).toEqual(['Orrin and Vale Holdings Ltd.=company:~orrin-and-vale-holdings-ltd']);
    expect(companies('Treasury designated Tarnwell Electric Power and Heavy Industries Co., Ltd. on Tuesday.')).toEqual([
      'Tarnwell Electric Power and Heavy Industries Co., Ltd.=company:~tarnwell-electric-power-and-heavy-industries-co-ltd',
    ]);
    // A name that opens with its seat, or whose second side opens with a line of business, goes on past "and".
    expect(companies('BIS added Harbin Drone Control and Guidance Systems Co., Ltd. on Tuesday.')).toEqual([
      'Harbin Drone Control and Guidance Systems Co., Ltd.=company:~harbin-drone-control-and-guidance-systems-co-ltd',
    ]);
    expect(companies('BIS added Tarnwell Radar Science and Technology Development Co., Ltd. on Tuesday.')).toEqual([
      'Tarnwell Radar Science and Technology Development Co., Ltd.=company:~tarnwell-radar-science-and-technology-development-co-ltd',
    ]);
  });
});

describe('legal forms in their own letters', () => {
  it('end a Turkish company\'s name, "ve" joining its words', () => {
    expect(companies('Treasury designated Anka Savunma Sistemleri Sanayi ve Ticaret Ltd. Şti. on Monday.')).toEqual([
      'Anka Savunma Sistemleri Sanayi ve Ticaret Ltd. Şti.=company:~anka-savunma-sistemleri-sanayi-ve-ticaret-ltd-sti',
    ]);
    expect(companies('Treasury designated Kuzey Elektronik A.Ş. on Monday.')).toEqual(['Kuzey Elektronik A.Ş.=company:~kuzey-elektronik-as']);
  });
});

describe('legal forms in title case without dots', () => {
  it('end a French, Norwegian or Swedish company\'s name: SAS, SARL, ASA, AB', () => {
    expect(companies('Shares of Orsay Quai SAS (7.9%), Verrine Optique SARL, Fjordvik Sensor ASA and Kallby Radar AB fell.')).toEqual([
      'Orsay Quai SAS=company:~orsay-quai-sas',
      'Verrine Optique SARL=company:~verrine-optique-sarl',
      'Fjordvik Sensor ASA=company:~fjordvik-sensor-asa',
      'Kallby Radar AB=company:~kallby-radar-ab',
    ]);
  });
});

describe('European legal forms in title case', () => {
  it('end a European company\'s or a Finnish public company\'s name: SE, Oyj', () => {
    expect(companies('Harlund Mobility SE said it would drop two suppliers, and Vaskila Networks Oyj agreed.')).toEqual([
      'Harlund Mobility SE=company:~harlund-mobility-se',
      'Vaskila Networks Oyj=company:~vaskila-networks-oyj',
    ]);
  });
});

describe('a name with and without its legal form', () => {
  it('is one company in either order', () => {
    expect(companies('Treasury designated Harrow Optics, a lidar maker. Harrow Optics Co., Ltd. is based in Norland.')).toEqual([
      'Harrow Optics=company:~harrow-optics',
      'Harrow Optics Co., Ltd.=company:~harrow-optics',
    ]);
    expect(companies('OFAC designated NORTHWIND RADAR TECHNOLOGY CO., LTD. on Monday. Northwind Radar Technology sells radars.')).toEqual([
      'NORTHWIND RADAR TECHNOLOGY CO., LTD.=company:~northwind-radar-technology-co-ltd',
      'Northwind Radar Technology=company:~northwind-radar-technology-co-ltd',
    ]);
  });
  it('is neither of two companies with two forms', () => {
    const found = companies('Harrow Optics Inc. sells radars. Harrow Optics Ltd. sells lidar. Harrow Optics sells cameras.');
    expect(found.slice(0, 2)).toEqual(['Harrow Optics Inc.=company:~harrow-optics-inc', 'Harrow Optics Ltd.=company:~harrow-optics-ltd']);
    expect(found.slice(2).every((m) => !m.endsWith('=company:~harrow-optics-ltd'))).toBe(true);
  });
});
