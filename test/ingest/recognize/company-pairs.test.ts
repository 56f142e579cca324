// Two coordinated names that "either company", "both firms" or "the two companies" takes up are companies
// (company-pairs.ts). Own sentences, invented names (helper-126).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findPairCompanies } from '../../../ingest/recognize/company-pairs.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const companies = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Company').map((m) => `${m.surface} [${m.via}]`);
const pairs = (text: string, after = ''): string[][] => findPairCompanies(text, after).map((p) => p.map((f) => f.surface));

describe('a reference to two companies', () => {
  it('takes up the two names coordinated in the sentence before', () => {
    expect(companies('The rule set a route by which QVRT and Ostelm equipment would be barred. None of our radios comes from either company.')).toEqual([
      'QVRT [company:pair]',
      'Ostelm [company:pair]',
    ]);
  });
  it('takes up the last pair before it in its own sentence', () => {
    expect(pairs('After Velmora and Quenby merged their lines, both firms cut prices.')).toEqual([['Velmora', 'Quenby']]);
    expect(pairs('Velmora sued Quenby, and Tarrow and Ostel joined, so the two companies settled.')).toEqual([['Tarrow', 'Ostel']]);
  });
  it('takes up nothing before it where its own sentence coordinates two names before it', () => {
    expect(pairs('The rule names Velmora and Quenby.', 'Tarrow and Ostel said both companies would comply.')).toEqual([]);
  });
  it('needs a company noun', () => {
    expect(pairs('The rule names Velmora and Quenby.', 'Both ports are in the north.')).toEqual([]);
  });
  it('leaves a pair one of whose names is explained otherwise', () => {
    expect(companies('Trade between China and Quenby grew. None of our radios comes from either company.')).toEqual([]);
  });
  it('takes no month or weekday for a company (helper-250)', () => {
    expect(pairs('Between August and October 2026 our team bought two drones.', 'Both makers are based in Shenzhen.')).toEqual([]);
    expect(pairs('From Monday or Tuesday the two companies will ship.')).toEqual([]);
    expect(companies('Between August and October 2026 our team bought a drone from Velmora and a camera from Quenby. Both makers are based abroad.')).not.toContain('August [company:pair]');
  });
});
