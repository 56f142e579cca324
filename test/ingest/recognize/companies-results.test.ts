// Companies named where the text reports their results (grammar/names.yaml company-results, companies.ts
// company:results): the subject of a verb of reporting results on a noun only a business reports, the owner of such a
// noun, or a speaker of its own; and the names coordinated before it. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => `${f.surface} [${f.rule}]`);
const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);

describe('a name that reports results', () => {
  it('is a company, with the names coordinated before it', () => {
    expect(companies('Harrow Lithics, Quell Materials and KVX together earned about 40 percent of their revenue in Valdmark last year.').sort()).toEqual([
      'Harrow Lithics [company:results]',
      'KVX [company:results]',
      'Quell Materials [company:results]',
    ]);
    expect(companies('Tarnwell Optics posted record quarterly sales.')).toEqual(['Tarnwell Optics [company:results]']);
  });
  it('is a company where it owns results or speaks of its own', () => {
    expect(companies("Orlan Semicon's revenue fell by a third.")).toEqual(['Orlan Semicon [company:results]']);
    expect(companies('ASLX said the licence requirement would not change its 2026 guidance.')).toEqual(['ASLX [company:results]']);
  });
  it('is none where the results are no business noun, or the name is a state or a public body', () => {
    expect(companies('Orlan Semicon reported the incident to the regulator.')).toEqual([]);
    expect(entities("Taiwan's market share grew as the Department said its guidance would follow.")).not.toContainEqual(expect.stringMatching(/^Company/));
  });
});

describe('a name whose relative clause builds or develops goods', () => {
  it('is a company (names.yaml company-verbs)', () => {
    expect(companies('So was Wuxan Hengli Equipment, which builds chemical vapour deposition tools.')).toEqual(['Wuxan Hengli Equipment [company:agent]']);
    expect(companies('Tarnwell Optics develops thermal imaging cores.')).toEqual(['Tarnwell Optics [company:agent]']);
  });
});
