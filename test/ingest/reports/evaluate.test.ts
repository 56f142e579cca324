// Recognition against the gold sets: the development set must keep its targets; the evaluation set is
// scored the same way (its figures are reported in docs/recognition-evaluation.md, not tuned on).
import { describe, expect, it } from 'vitest';
import { type GoldDocument, GOLD_SETS, evaluateSet, ratio, scoreDocument } from '../../../ingest/reports/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

describe('scoring', () => {
  const gold: GoldDocument = {
    entities: [
      { name: 'Department of Commerce', kind: 'authority', core: true, surfaces: ['Department of Commerce', 'Secretary of Commerce'] },
      { name: 'Acme Ltd.', kind: 'company', core: true, surfaces: ['Acme Ltd.'] },
      { name: 'United States', kind: 'country', core: false, surfaces: ['United States'] },
    ],
    relations: [{ subject: 'Department of Commerce', predicate: 'bans', object: 'Acme Ltd.', anchor: 'bans Acme' }],
  };
  it('matches by surface, counts a split entity as a duplicate, checks kinds and relations', () => {
    const s = scoreDocument(
      'x',
      gold,
      [
        { id: 'a:1', label: 'Authority', name: 'Department of Commerce', surfaces: ['the Department of Commerce'] },
        { id: 'a:2', label: 'Authority', name: 'Department of Commerce', surfaces: ['Secretary of Commerce'] },
        { id: 'o:1', label: 'Organization', name: 'Acme Ltd.', surfaces: ['Acme Ltd.'] },
        { id: 'j:us', label: 'Jurisdiction', name: 'United States', surfaces: ['United States'] },
        { id: 'l:1', label: 'Law', name: 'Made Up Act', surfaces: ['Made Up Act'] },
      ],
      [{ type: 'RESTRICTS', start: 'a:1', end: 'o:1' }, { type: 'MAKES', start: 'o:1', end: 'l:1' }],
    );
    expect({ core: s.core, coreFound: s.coreFound, typed: s.typed, extracted: s.extracted, correct: s.correct }).toEqual({ core: 2, coreFound: 2, typed: 1, extracted: 4, correct: 2 });
    expect({ found: s.relationsFound, extracted: s.relationsExtracted, correct: s.relationsCorrect }).toEqual({ found: 1, extracted: 1, correct: 1 });
    expect(s.errors).toEqual([
      'duplicate: Authority "Department of Commerce" (Secretary of Commerce) also names "Department of Commerce"',
      'false positive: Law "Made Up Act" (Made Up Act)',
      'mistyped: company "Acme Ltd." as Organization',
    ]);
  });
});

describe('recognition against the gold sets', () => {
  it('keeps the development set\'s targets, on the seed reports too', () => {
    const dev = evaluateSet(GOLD_SETS.dev, corpusDir);
    expect(ratio(dev.total.coreFound, dev.total.core)).toBeGreaterThanOrEqual(0.85);
    expect(ratio(dev.total.correct, dev.total.extracted)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(dev.total.typed, dev.total.coreFound)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(dev.total.relationsFound, dev.total.relations)).toBeGreaterThanOrEqual(0.6);
    const seeds = dev.documents.filter((d) => d.documentId.startsWith('report-') && !d.documentId.startsWith('report-fixture'));
    expect(seeds).toHaveLength(2);
    expect(ratio(seeds.reduce((n, d) => n + d.coreFound, 0), seeds.reduce((n, d) => n + d.core, 0))).toBeGreaterThanOrEqual(0.89);
  });
  it('scores the evaluation set\'s three documents read as reports', () => {
    const ev = evaluateSet(GOLD_SETS.eval, corpusDir);
    expect(ev.documents.map((d) => d.documentId)).toEqual(['us-eo-14117', 'us-eo-drone-dominance-2025', 'us-usc-47-1601']);
    for (const d of ev.documents) {
      expect(d.core).toBeGreaterThan(0);
      expect(d.extracted).toBeGreaterThan(0);
    }
  });
});
