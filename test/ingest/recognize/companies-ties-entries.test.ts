// Companies named after the commercial ties one signs ("an agreement with", "a partnership with": names.yaml
// company-links) or as a list's entries ("Among the new entries are A and B": companies.ts ENTRIES); and a body's domain
// that ends in a head after its "of" ("Department of the Prime Minister and Cabinet": names.ts splitRun). Own sentences,
// invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => f.surface);
const bodies = (text: string): string[] => findBodies(text, nameRuns(text)).map((f) => f.surface);
const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);

describe('a company named after a tie signed with it', () => {
  it('is a company', () => {
    expect(companies('The carrier signed an agreement with Norland Telekom and a supply contract with Tarnwell Optics.')).toEqual(['Norland Telekom', 'Tarnwell Optics']);
  });
  it('leaves a state or a public body to their own rules', () => {
    const found = entities('The Commission signed an agreement with the United States and a contract with the Ministry of Defence.');
    expect(found).toContain('Authority Ministry of Defence');
    expect(found.filter((e) => e.startsWith('Company'))).toEqual([]);
  });
});

describe("a list's entries named after a copula", () => {
  it('are companies, coordinated', () => {
    expect(companies('Among the new entries are Harbin Lingfeng Aviation and Qiyun Sensing.')).toEqual(['Harbin Lingfeng Aviation', 'Qiyun Sensing']);
    expect(companies('Of the parties added to the list, Tarnwell Optics was the largest.')).toEqual([]);
  });
});

describe("a body's domain after its \"of\"", () => {
  it('holds a head at its end after "and"', () => {
    expect(bodies('The Department of the Prime Minister and Cabinet issued the guidance.')).toEqual(['Department of the Prime Minister and Cabinet']);
    expect(bodies('The Office of Export Enforcement and Office of Antiboycott Compliance met.')).toEqual(['Office of Export Enforcement', 'Office of Antiboycott Compliance']);
  });
});
