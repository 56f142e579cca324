// Runs the extract stage over many documents: one bad document never stops the others.
import { loadCatalog, type Catalog } from './catalog/index.ts';
import { collectItems, readDocument, type CorpusItem } from './corpus.ts';
import { extractFile, type Extracted } from './extract.ts';
import { DocumentError } from './model.ts';
import type { DocumentFindings } from './reports/records.ts';
import { buildIngestReport } from './reports/report.ts';

export interface Failure {
  file: string;
  documentId?: string;
  reason: string;
}

export interface ExtractEvents {
  onDocument?(doc: Extracted): void | Promise<void>;
  onFailure?(failure: Failure): void;
  /** True when the item need not be extracted (the graph holds it as it is); it is then passed over. */
  skip?(item: CorpusItem): boolean;
}

export function toFailure(err: unknown, item?: CorpusItem): Failure {
  if (err instanceof DocumentError) return { file: err.file, documentId: item?.entry.id, reason: err.reason };
  return { file: item?.path ?? '(unknown)', documentId: item?.entry.id, reason: (err as Error).message ?? String(err) };
}

/** Extracts every document named by `paths`; calls back per document so output can stream. */
export async function extractPaths(paths: string[], catalog: Catalog, events: ExtractEvents): Promise<{ ok: number; failed: Failure[] }> {
  const failed: Failure[] = [];
  let items: CorpusItem[];
  try {
    items = collectItems(paths);
  } catch (err) {
    const f = toFailure(err);
    events.onFailure?.(f);
    return { ok: 0, failed: [f] };
  }
  let ok = 0;
  for (const item of items) {
    if (events.skip?.(item)) continue;
    let doc: Extracted;
    try {
      doc = extractFile(await readDocument(item), catalog);
    } catch (err) {
      const f = toFailure(err, item);
      failed.push(f);
      events.onFailure?.(f);
      continue;
    }
    await events.onDocument?.(doc);
    ok++;
  }
  return { ok, failed };
}

/**
 * The ingest report of one run (`--report`): per document what was found (statutes: counts,
 * norms, references; reports: entities, relations, citations, ambiguous names, unmatched citations),
 * where renditions of one text differ, the failures, and per catalog the aliases no document used
 * (to prune or grow it).
 */
export function ingestReport(catalog: Catalog, summaries: Record<string, unknown>[], failed: Failure[]) {
  const reports = summaries.filter((s): s is DocumentFindings => s.kind === 'report');
  const built = buildIngestReport(catalog, reports);
  const byId = new Map(built.documents.map((d) => [d.documentId, d]));
  return {
    documents: summaries.map((s) => (s.kind === 'report' ? byId.get(String(s.documentId)) : s)),
    renditions: compareRenditions(summaries),
    failed,
    catalog: { ...catalog.report(), surfaceForms: built.catalog.surfaceForms, neverSeen: built.catalog.neverSeen },
  };
}

interface Rendition {
  of: string;
  digests: Record<string, string>;
}

/** Renditions of one text (GDPR as XHTML and as Formex) share provisions: the provisions whose
 *  normalised text differs between them, or that one rendition lacks, are listed per text. */
export function compareRenditions(summaries: Record<string, unknown>[]): { of: string; documents: string[]; differ: string[]; missing: Record<string, string[]> }[] {
  const groups = new Map<string, { id: string; r: Rendition }[]>();
  for (const s of summaries) {
    const r = s.rendition as Rendition | undefined;
    if (r) groups.set(r.of, [...(groups.get(r.of) ?? []), { id: String(s.documentId ?? s.id ?? ''), r }]);
  }
  return [...groups].filter(([, list]) => list.length > 1).map(([of, list]) => {
    const locators = [...new Set(list.flatMap((x) => Object.keys(x.r.digests)))];
    const differ = locators.filter((l) => new Set(list.map((x) => x.r.digests[l]).filter(Boolean)).size > 1);
    const missing = Object.fromEntries(list.map((x) => [x.id, locators.filter((l) => !(l in x.r.digests))]).filter(([, m]) => m.length > 0));
    return { of, documents: list.map((x) => x.id), differ, missing };
  });
}

export { loadCatalog };
