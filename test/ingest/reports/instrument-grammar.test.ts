// The instrument grammar's coverage matrix (instrument-grammar.data.ts): each row's sentence, read as a document of its
// own with the catalog withheld, yields exactly the Law records the row wants, or, where it records a gap, exactly what
// it reads today instead.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { extract, withheldCatalog } from '../../../ingest/reports/evaluate.ts';
import { ROWS } from './instrument-grammar.data.ts';
import { expectMatrixRow, textSource } from './helpers.ts';

const catalog = withheldCatalog(loadCatalog());

/** Every Law record of a text as "name: surfaces", sorted. */
function records(text: string): string[] {
  const { entities } = extract(textSource(`# Notes\n\n${text}`, 'markdown'), catalog);
  return entities
    .filter((e) => e.label === 'Law')
    .map((e) => `${e.procedural ? '(procedural) ' : ''}${e.name}: ${[...e.surfaces].sort().join(' | ')}`)
    .sort();
}

describe('instrument forms', () => {
  it.each(ROWS.map((r) => [r.form, r] as const))('%s', (_form, row) => {
    const got = records(row.text);
    expectMatrixRow(got, row);
  });
});

describe('the matrix', () => {
  it('has one row per form, covers citations, names, lists, short forms and Chinese names, and sentences that name none', () => {
    expect(new Set(ROWS.map((r) => r.form)).size).toBe(ROWS.length);
    for (const prefix of ['named-', 'section-', 'public-law', 'us-code', 'cfr-', 'federal-register', 'executive-order', 'proclamation', 'eu-', 'zh-', 'the-', 'acronym-defined-', 'bill-', 'signed-', 'dated-'])
      expect(ROWS.some((r) => r.form.startsWith(prefix)), prefix).toBe(true);
    expect(ROWS.filter((r) => r.want.length === 0).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the catalog\'s instruments by their short forms', () => {
  const full = loadCatalog();
  const ids = (text: string): string[] => extract(textSource(`# Notes\n\n${text}`, 'markdown'), full).entities.filter((e) => e.label === 'Law').map((e) => e.id).sort();
  it('reads a bare "the EAR" as the Export Administration Regulations, one record with their name', () => {
    expect(ids('The Harwick cranes were exported without the licence the EAR require. The Export Administration Regulations apply to them.')).toEqual([
      'law:us:export-administration-regulations',
    ]);
  });
  it('reads an act named for a person by its title without the name, as the catalog\'s act', () => {
    expect(ids('Federal agencies may not buy the cameras under the National Defense Authorization Act for Fiscal Year 2019.')).toEqual(['law:us:ndaa-fy2019']);
    expect(ids('The Servicemember Act of 2031 and the Quality of Life Improvement Act of 2032 were passed.')).not.toContain('law:us:ndaa-fy2025');
  });
});
