// The ingest report of a run: statutes and reports side by side, failures, and the catalog's
// aliases that no document used.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../ingest/catalog/index.ts';
import { collectItems, readSource } from '../../ingest/corpus.ts';
import { extractFile } from '../../ingest/extract.ts';
import { compareRenditions, ingestReport } from '../../ingest/run.ts';
import { corpusDir } from '../corpus.ts';

describe('ingest report', () => {
  const catalog = loadCatalog();
  const items = collectItems([corpusDir]).filter((i) => ['report-uscc-2018-china-iot', 'cn-national-intelligence-law'].includes(i.entry.id));
  const summaries = items.map((i) => {
    const doc = extractFile(readSource(i), catalog);
    return { documentId: doc.documentId, ...doc.summary };
  });
  const failed = [{ file: 'bad.md', reason: 'empty file' }];
  const report = ingestReport(catalog, summaries, failed);

  it('keeps statute counts and gives reports their findings', () => {
    const statute = report.documents.find((d) => d?.documentId === 'cn-national-intelligence-law') as Record<string, unknown>;
    expect(statute.provisions).toBe(32);
    const rep = report.documents.find((d) => d?.documentId === 'report-uscc-2018-china-iot') as Record<string, unknown[]>;
    expect(rep.entities.length).toBeGreaterThan(0);
    expect(rep).toHaveProperty('ambiguities');
    expect(rep).toHaveProperty('unmatchedCitations');
    expect(rep).not.toHaveProperty('surfacesSeen');
  });

  it('lists the failures and the catalog aliases no document used', () => {
    expect(report.failed).toEqual(failed);
    expect(report.catalog.surfaceForms).toBeGreaterThan(report.catalog.neverSeen.length);
    expect(report.catalog.neverSeen.length).toBeGreaterThan(0);
    // Every surface the report did use is absent from the never-seen list.
    const rep = report.documents.find((d) => d?.documentId === 'report-uscc-2018-china-iot') as { entities: { id: string; surfaces: string[] }[] };
    const used = rep.entities.flatMap((e) => e.surfaces.map((surface) => `${e.id}|${surface.toLowerCase()}`));
    expect(used.length).toBeGreaterThan(0);
    const never = new Set(report.catalog.neverSeen.map((n) => `${n.id}|${n.surface.toLowerCase()}`));
    expect(used.filter((u) => never.has(u))).toEqual([]);
  });
});

describe('renditions of one text in the ingest report', () => {
  const catalog = loadCatalog();
  const summaries = collectItems([corpusDir])
    .filter((i) => ['eu-gdpr', 'eu-gdpr-formex', 'eu-nis2', 'eu-nis2-formex', 'eu-cra-oj', 'eu-cra-consolidated'].includes(i.entry.id))
    .map((i) => {
      const doc = extractFile(readSource(i), catalog);
      return { documentId: doc.documentId, ...doc.summary };
    });
  const renditions = compareRenditions(summaries);

  it('the GDPR as XHTML and as Formex: the same provisions, word for word', () => {
    expect(renditions.find((r) => r.of === 'eu-gdpr')).toEqual({ of: 'eu-gdpr', documents: ['eu-gdpr', 'eu-gdpr-formex'], differ: [], missing: {} });
  });

  // The Markdown's footnote call-outs are dropped as the Formex drops its notes, so the texts agree word for word.
  it('NIS2 as Markdown and as Formex: the same provisions, but the annex only the Markdown holds', () => {
    const nis2 = renditions.find((r) => r.of === 'eu-nis2');
    expect(nis2?.differ).toEqual([]);
    expect(nis2?.missing).toEqual({ 'eu-nis2-formex': ['anx_I'] });
  });

  it('the CRA in the OJ and consolidated (both Markdown, call-outs written differently): the same articles', () => {
    expect(renditions.find((r) => r.of === 'eu-cra-oj')?.differ).toEqual([]);
  });

  it('differing and missing provisions from the digests alone', () => {
    const r = compareRenditions([
      { documentId: 'a', rendition: { of: 'a', digests: { art_1: 'x', art_2: 'y' } } },
      { documentId: 'b', rendition: { of: 'a', digests: { art_1: 'x', art_2: 'z', art_3: 'w' } } },
      { documentId: 'c' },
    ]);
    expect(r).toEqual([{ of: 'a', documents: ['a', 'b'], differ: ['art_2'], missing: { a: ['art_3'] } }]);
  });
});
