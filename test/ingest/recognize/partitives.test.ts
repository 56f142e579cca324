// Names in apposition to a partitive ("two of them, A and B", "A, the larger of them,") are companies where the counted set
// it takes up, in its sentence or the one before, is one of companies (partitives.ts). Own sentences, invented names
// (helper-126).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { findPartitiveCompanies } from '../../../ingest/recognize/partitives.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const companies = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Company');
const partitive = (text: string, before = ''): string[] => findPartitiveCompanies(text, before).map((f) => `${f.surface} [${f.rule}]`);

describe('names in apposition to a partitive', () => {
  it('are companies where the set counted in the sentence before is one of companies', () => {
    expect(companies('The office opened inquiries into nine businesses last year. It fined two of them, Velmore Home and Ostrel Smart Living, in May.')).toEqual([
      'Velmore Home',
      'Ostrel Smart Living',
    ]);
  });
  it('are companies before the partitive too, the set counted earlier in the sentence', () => {
    expect(partitive('Two Norland radar makers sell most units, and Quenby Radar Works, the larger of them, will be listed.')).toEqual(['Quenby Radar Works [company:partitive]']);
  });
  it('are not where the set counted last is no set of companies', () => {
    expect(partitive('It fined two of them, Velmore Home and Ostrel Smart Living, in May.', 'The office visited nine ports last year.')).toEqual([]);
    expect(partitive('It fined two of them, Velmore Home and Ostrel Smart Living, in May.', 'The office visited nine businesses and three ports last year.')).toEqual([]);
    expect(partitive('It fined two of them, Velmore Home and Ostrel Smart Living, in May.', 'The office opened inquiries last year.')).toEqual([]);
  });
  it('needs a quantifier before "of them"', () => {
    expect(partitive('It fined none of them, Velmore Home and Ostrel Smart Living, in May.', 'The office opened inquiries into nine businesses.')).toEqual([]);
    expect(partitive('It fined both of them, Velmore Home and Ostrel Smart Living, in May.', 'The office opened inquiries into two businesses.')).toEqual([
      'Velmore Home [company:partitive]',
      'Ostrel Smart Living [company:partitive]',
    ]);
  });
});
