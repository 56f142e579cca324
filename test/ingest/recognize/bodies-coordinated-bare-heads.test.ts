// A bare public-body head written once ("the Council") is the document's own body of that name where the sentence
// coordinates it with a body it names ("to the Harbour Board and to the Council"): a coordination joins like with like
// (recognize/index.ts coordinatedBareHeads). Alone and written once it stays unplaced. Own sentences.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { textSource } from '../reports/helpers.ts';

// A document of a jurisdiction (an EU act's), whose own bodies a bare head may name.
const authorities = (text: string): string[] => {
  const source = textSource(`# T\n\n${text}`, 'markdown');
  const file = { ...source, entry: { ...source.entry, jurisdiction: 'eu' } };
  return analyseReport(parseReport(file), loadCatalog(), file.entry).rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Authority').map((m) => m.surface));
};

describe('a bare body head coordinated with a named body', () => {
  it('is a body, after the named one or before it, with a preposition repeated or not', () => {
    expect(authorities('Under this Directive, a report is sent to the European Parliament and to the Council every year.')).toEqual(['European Parliament', 'Council']);
    expect(authorities('Under this Directive, the Council or the European Parliament may object.')).toEqual(['Council', 'European Parliament']);
  });
  it('stays unplaced written once and coordinated with no named body', () => {
    expect(authorities('Under this Directive, the Council receives a report every year.')).toEqual([]);
    expect(authorities('Under this Directive, reports and the Council are mentioned.')).toEqual([]);
  });
});
