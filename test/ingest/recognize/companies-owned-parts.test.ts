// "X and its Y unit": the owner and its part (grammar/names.yaml company-parts, lower case after the part's name) are
// two companies (companies.ts). Own sentences, invented names (helper-342: dev77's carmaker was read as an organisation
// and its unit missed).
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => `${f.surface} ${f.rule}`);

describe("a company and its part", () => {
  it('are both companies', () => {
    const got = companies('The order would bar Halvard Motors and its TrackLink unit from selling location data.');
    expect(got).toContain('Halvard Motors company:cue');
    expect(got).toContain('TrackLink company:cue');
    expect(companies('Regulators fined Orsk Dynamics and its Brightline subsidiary last year.')).toEqual(['Orsk Dynamics company:cue', 'Brightline company:cue']);
  });
  it('are not where the owner is a public body, or the part is named with a capitalised head', () => {
    expect(companies('The Harbour Agency and its Screening unit met.')).toEqual([]);
    expect(companies('Westmoor and its residents voted.')).toEqual([]);
  });
});
