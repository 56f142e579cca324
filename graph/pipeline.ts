// extract -> load -> derive, for the CLI, `up` and the integration tests.
import { extractCatalog } from '../ingest/extract.ts';
import { extractPaths, ingestReport, loadCatalog, toFailure, type Failure } from '../ingest/run.ts';
import { DatabaseUnavailable, isUnavailable, type Database } from './database.ts';
import { derive, type DeriveResult } from './derive.ts';
import { loadDocument, type LoadResult } from './load.ts';

export interface PipelineResult {
  results: LoadResult[];
  failed: Failure[];
  derived: DeriveResult;
  /** The ingest report of this run (ingest/run.ts ingestReport). */
  report: ReturnType<typeof ingestReport>;
  ms: number;
}

/** One document done, for progress displays: its rows (nodes + relationships) or its failure. */
export interface DocumentDone {
  documentId: string;
  status: 'loaded' | 'unchanged' | 'failed';
  rows: number;
}

export async function ingestPaths(
  db: Database,
  paths: string[],
  opts: { force?: boolean; log?: (line: string) => void; onDocument?: (done: DocumentDone) => void } = {},
): Promise<PipelineResult> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const catalog = loadCatalog();
  const results: LoadResult[] = [await loadDocument(db, extractCatalog(catalog), opts)];
  const loadFailures: Failure[] = [];
  const summaries: Record<string, unknown>[] = [];
  const { failed } = await extractPaths(paths, catalog, {
    async onDocument(doc) {
      summaries.push({ documentId: doc.documentId, ...doc.summary });
      try {
        const r = await loadDocument(db, doc, opts);
        results.push(r);
        log(`${r.status === 'loaded' ? 'loaded' : 'unchanged'} ${doc.documentId}: ${r.nodes} nodes, ${r.relationships} relationships (${r.ms.toFixed(0)} ms)`);
        opts.onDocument?.({ documentId: doc.documentId, status: r.status, rows: r.nodes + r.relationships });
      } catch (err) {
        // A lost server fails the run at once: every other document would wait out the driver's
        // timeouts only to fail the same way. Re-running the load later resumes where it stopped.
        if (isUnavailable(err)) throw new DatabaseUnavailable(db.uri, 1, err);
        // The document's transaction rolled back: nothing of it reached the graph.
        const f = { ...toFailure(err), documentId: doc.documentId, file: doc.documentId };
        loadFailures.push(f);
        log(`FAILED ${doc.documentId}: ${f.reason}`);
        opts.onDocument?.({ documentId: doc.documentId, status: 'failed', rows: 0 });
      }
    },
    onFailure(f) {
      log(`FAILED ${f.file}: ${f.reason}`);
      opts.onDocument?.({ documentId: f.documentId ?? f.file, status: 'failed', rows: 0 });
    },
  });
  const derived = await derive(db);
  for (const r of derived.rules) log(`derived ${r.rule}: ${r.created} created (${r.ms.toFixed(0)} ms)`);
  const allFailed = [...failed, ...loadFailures];
  return { results, failed: allFailed, derived, report: ingestReport(catalog, summaries, allFailed), ms: performance.now() - t0 };
}
