// Companies written without a legal form (companies.ts): the firms of a tender ("bidders"), a company noun's phrase after
// a copula ("X is one of the largest drone makers"), a name coordinated after a company's name with its form, a coined
// name on a line of business (grammar/names.yaml company-lines) with its subsidiary's country or its seat (a Chinese
// company's city), a subject before an apposition, and a name placed in an instrument's part ("in Annex IV": names.yaml
// name-stops). Own sentences, invented names (helper-126).
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => `${f.surface} [${f.rule}]`);
const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));

describe('the bidders of a tender', () => {
  it('are companies, coordinated after the noun', () => {
    expect(companies('The ministry cleared the two other bidders, Morvane Transit Group and Ostlea Coach.')).toEqual([
      'Morvane Transit Group [company:cue]',
      'Ostlea Coach [company:cue]',
    ]);
  });
});

describe('a name coordinated with a company named with its legal form', () => {
  it('is a company after the form as before it', () => {
    expect(companies('It asked whether Velmora Optics Co., Ltd. and Tarrow Quanlin Imaging benefited from loans.')).toContain('Tarrow Quanlin Imaging [company:coordinated]');
    expect(companies('Treasury designated Harrow Optics and Bluefin Marine Systems LLC on Tuesday.')).toContain('Harrow Optics [company:coordinated]');
  });
  it('is not where neither side has a form', () => {
    expect(companies('It asked whether Velmora Optics and Tarrow Quanlin Imaging benefited from loans.')).toEqual([]);
  });
});

describe('a name before "for" and a gerund of trading (grammar/names.yaml trade-gerunds)', () => {
  it('is the trader, a company', () => {
    expect(companies('The office is investigating Harwick Data Systems for reexporting network processors to a broker.')).toEqual(['Harwick Data Systems [company:agent]']);
    expect(companies('The bureau fined Orvane Cloud Networks in 2024 for shipping drone parts through a third country.')).toEqual(['Orvane Cloud Networks [company:agent]']);
  });
  it('is no company for another purpose, nor a date before the gerund', () => {
    expect(companies('The office praised Harwick Data Systems for reporting the breach.')).toEqual([]);
    expect(companies('The office designated a broker in August for shipping drone parts.')).toEqual([]);
  });
});

describe('a coined name on a line of business', () => {
  it('is a company on a line of company-lines where it stands as a party', () => {
    expect(companies("The regulator banned Dravik Mobility's scooters last week.")).toEqual(['Dravik Mobility [company:coined]']);
    expect(companies('Customs seized parts from Ossler Motors in May, and Ossler Motors said it would appeal.')).toContain('Ossler Motors [company:coined]');
  });
  it('stands as a party after a verb the lexicon lacks, a gerund or a preposition', () => {
    // "investigated": a past form only WordNet knows; "investigating": a gerund; "from", "of": a preposition's object.
    expect(companies('The bureau investigated Quenby Photonics in May.')).toEqual(['Quenby Photonics [company:coined]']);
    expect(companies('The bureau is investigating Quenby Photonics.')).toEqual(['Quenby Photonics [company:coined]']);
    expect(companies('Customs detained optical beacons from Quenby Photonics since the spring.')).toEqual(['Quenby Photonics [company:coined]']);
    expect(companies('It bought processors on behalf of Dravik Mobility.')).toEqual(['Dravik Mobility [company:coined]']);
    // Still no company where the name modifies the noun after it.
    expect(companies('The bureau investigated Dravik Mobility scooters.')).toEqual([]);
  });
  it('is a company with its country after the line (a subsidiary)', () => {
    expect(companies('The committee urged the agency to investigate Quorvel Mobility Vietnam, which it suspects of evasion.')).toEqual(['Quorvel Mobility Vietnam [company:coined]']);
  });
  it('is no company on a line when it stands as no party, or its first word is known', () => {
    expect(companies('Dravik Mobility scooters were seized.')).toEqual([]);
    expect(companies("The regulator praised Urban Mobility's growth.")).toEqual([]);
    // A field's topic on a line left out of company-lines.
    expect(companies('The department identified Critical Technologies for review.')).toEqual([]);
  });
  it('is a company after its seat, a city, however many words of its trade follow', () => {
    expect(companies("The agency opened an investigation into Hefei Quanlin Sensing Technology's radar units.")).toEqual(['Hefei Quanlin Sensing Technology [company:coined]']);
  });
  it('needs a coined trade name after the seat', () => {
    expect(companies("The agency opened an investigation into Hefei Smart Sensing Technology's radar units.")).toEqual([]);
  });
  it('stands as a subject before an apposition set off by commas', () => {
    expect(companies('Two lidar suppliers dominate, and Quenby Photonics, the larger of them, will be listed in June.')).toEqual(['Quenby Photonics [company:coined]']);
    expect(companies('Quenby Photonics, the larger of them. It grew.')).toEqual([]);
  });
});

describe('a company noun as the complement of a copula', () => {
  it('makes the name before it a company, past a relative clause set off by commas', () => {
    expect(companies('Quenby is one of the largest drone makers in Norland.')).toEqual(['Quenby [company:predicate]']);
    expect(companies('Velmora, which was added to the list in 2019, remains the best-known Norland telecom company on it.')).toEqual(['Velmora [company:predicate]']);
  });
  it('leaves a complement that is no company noun', () => {
    expect(companies('Quenby is one of the largest ports in Norland.')).toEqual([]);
    expect(companies('Velmora, which was added to the list in 2019, remains the best-known case.')).toEqual([]);
  });
});

describe("an instrument's part after a name", () => {
  it('is no part of the name', () => {
    expect(runs('The committee asked the Council to list Hanlow Logistics in Annex IV.')).toEqual(['Council', 'Hanlow Logistics', 'IV']);
    expect(companies('The committee asked the Council to list Hanlow Logistics in Annex IV.')).toEqual(['Hanlow Logistics [company:coined]']);
  });
});

describe('an apposition whose modifiers hold an initialism written with stops', () => {
  it('names a company as one without stops does (helper-140)', () => {
    expect(companies('Regulators froze the assets of Varnholt Dynamics, a U.S. drone maker, in the spring.')).toEqual(['Varnholt Dynamics [company:apposition]']);
    expect(companies('Regulators froze the assets of Varnholt Dynamics, a US drone maker, in the spring.')).toEqual(['Varnholt Dynamics [company:apposition]']);
    expect(companies('Pellmar Aero is a U.K. drone maker.')).toEqual(['Pellmar Aero [company:predicate]']);
  });
});

describe('a country\'s name alone before "of"', () => {
  it('is the place of the phrase, no word of the name after it', () => {
    expect(runs('The ministry froze the assets in China of Varnholt Dynamics last year.')).toEqual(['China', 'Varnholt Dynamics']);
    expect(companies('The ministry froze the assets in China of Varnholt Dynamics, a U.S. drone maker.')).toEqual(['Varnholt Dynamics [company:apposition]']);
  });
  it('still opens no split in a body\'s name that puts its country after "of"', () => {
    expect(runs('The Bank of China and the Republic of Korea signed it.')).toEqual(['Bank of China', 'Republic of Korea']);
  });
});
