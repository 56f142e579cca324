// extract -> load -> derive, for the CLI, `up` and the integration tests. On a loaded store, a
// document whose file (sha256) and extractor are those the graph holds is neither extracted nor
// loaded, and the derivations run only when their stamp is stale (graph/derive.ts), so `npm start`
// on an unchanged corpus reads a few hashes and serves.
import { documentSha256 } from '../ingest/corpus.ts';
import { type Extracted, extractCatalog } from '../ingest/extract.ts';
import { extractorFingerprint } from '../ingest/fingerprint.ts';
import { ingestReport, loadCatalog, toFailure, type Failure } from '../ingest/run.ts';
import { DatabaseUnavailable, isUnavailable, type Database } from './database.ts';
import { DOCUMENT_VERSIONS, derive, deriveIfStale, type DeriveResult } from './derive.ts';
import { extractAhead } from './extract-ahead.ts';
import { loadDocuments, type LoadResult } from './load.ts';
import { resampleOutdatedIndexes } from './sampling.ts';
import { awaitSearchIndex } from './schema.ts';

/** Records of small documents gathered into one load transaction, at least (graph/load.ts loadDocuments).
 *  Each group pays its own commit (index entries, a full-text segment), id lookup, Document update and
 *  partly filled batches, and on 2 cores extraction overlaps little with a loader that is itself bound
 *  by CPU: the reference corpus (about 19k records) in one group instead of five took 13-17% less CPU
 *  (docs/benchmarks.md, Pipeline). */
export const GROUP_ROWS = 20000;

export interface PipelineResult {
  results: LoadResult[];
  failed: Failure[];
  derived: DeriveResult;
  /** The ingest report of this run (ingest/run.ts ingestReport): documents extracted in this run. */
  report: ReturnType<typeof ingestReport>;
  ms: number;
}

/** One document done, for progress displays: its rows (nodes + relationships) or its failure. */
export interface DocumentDone {
  documentId: string;
  status: 'loaded' | 'unchanged' | 'failed';
  rows: number;
}

export interface PipelineOptions {
  /** Reload every document and derive again, changed or not. */
  force?: boolean;
  /** Extract unchanged documents too (their findings go into the ingest report); loading still skips them. */
  extractUnchanged?: boolean;
  log?: (line: string) => void;
  onDocument?: (done: DocumentDone) => void;
}

interface LoadedVersion {
  sha256: string;
  extractor: string | null;
  rows: { nodes: number; relationships: number };
}

/** The version of every loaded document: its file's sha256, its extractor, its support counts. The derivation stamp
 *  reads the same text after the loads (graph/derive.ts DOCUMENT_VERSIONS), and finds its plan made. */
async function loadedVersions(db: Database): Promise<Map<string, LoadedVersion>> {
  const { records } = await db.driver.executeQuery(DOCUMENT_VERSIONS, {}, { database: db.name, routing: 'READ' });
  return new Map(
    records
      .filter((r) => r.get('sha256') != null)
      .map((r) => [(r.get('id') as string).substring(4), { sha256: r.get('sha256'), extractor: r.get('extractor'), rows: { nodes: r.get('nodes'), relationships: r.get('relationships') } }]),
  );
}

/** The loaded version when `id` is loaded from exactly `sha256` by this extractor; else undefined. */
function sameAsLoaded(loaded: Map<string, LoadedVersion>, id: string, sha256: string | undefined): LoadedVersion | undefined {
  const v = loaded.get(id);
  return v && sha256 && v.sha256 === sha256 && v.extractor === extractorFingerprint() ? v : undefined;
}

/** One turn of the event loop: lets the driver write what it was asked to send. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function ingestPaths(db: Database, paths: string[], opts: PipelineOptions = {}): Promise<PipelineResult> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  // The versions are read while this thread reads the catalog (a second or so of parsing and
  // validation on a cold process): the statement is sent before the catalog blocks the thread.
  const versions = opts.force ? Promise.resolve(new Map<string, LoadedVersion>()) : loadedVersions(db);
  versions.catch(() => {}); // a failure is thrown where it is awaited, not as an unhandled rejection
  await turn();
  const results: LoadResult[] = [];
  const failed: Failure[] = [];
  const summaries: Record<string, unknown>[] = [];
  const unchanged = (documentId: string, v: LoadedVersion) => {
    results.push({ documentId, status: 'unchanged', ...v.rows, ms: 0 });
    log(`unchanged ${documentId}: ${v.rows.nodes} nodes, ${v.rows.relationships} relationships (skipped: same file and extractor)`);
    opts.onDocument?.({ documentId, status: 'unchanged', rows: v.rows.nodes + v.rows.relationships });
  };
  // Small documents wait for company: a group is loaded in one transaction once it holds
  // GROUP_ROWS rows (a document that fails in it is loaded again alone, graph/load.ts). One group
  // loads while the next fills from the extraction workers; a lost server stops the run.
  let group: Extracted[] = [];
  let groupRows = 0;
  let loading: Promise<void> = Promise.resolve();
  let lost: unknown;
  const flush = async () => {
    await loading;
    if (lost) throw lost;
    const units = group;
    group = [];
    groupRows = 0;
    loading = loadGroup(units).catch((err) => {
      lost = err;
    });
  };
  const loadGroup = async (units: Extracted[]) => {
    if (units.length === 0) return;
    // A lost server fails the run at once: every other document would wait out the driver's
    // timeouts only to fail the same way. Re-running the load later resumes where it stopped.
    const outcomes = await loadDocuments(db, units, opts).catch((err) => {
      throw isUnavailable(err) ? new DatabaseUnavailable(db.uri, 1, err) : err;
    });
    for (const r of outcomes) {
      if (r.status === 'failed') {
        // The document's transaction rolled back: nothing of it reached the graph.
        const f = { ...toFailure(r.error), documentId: r.documentId, file: r.documentId };
        failed.push(f);
        log(`FAILED ${r.documentId}: ${f.reason}`);
        opts.onDocument?.({ documentId: r.documentId, status: 'failed', rows: 0 });
        continue;
      }
      results.push(r);
      log(`${r.status} ${r.documentId}: ${r.nodes} nodes, ${r.relationships} relationships (${r.ms.toFixed(0)} ms)`);
      opts.onDocument?.({ documentId: r.documentId, status: r.status, rows: r.nodes + r.relationships });
    }
  };
  const load = async (doc: Extracted) => {
    group.push(doc);
    groupRows += doc.records.length;
    if (groupRows >= GROUP_ROWS) await flush();
  };
  const fail = (f: Failure) => {
    failed.push(f);
    log(`FAILED ${f.file}: ${f.reason}`);
    opts.onDocument?.({ documentId: f.documentId ?? f.file, status: 'failed', rows: 0 });
  };

  const catalog = loadCatalog();
  const loaded = await versions;
  const catalogLoaded = opts.extractUnchanged ? undefined : sameAsLoaded(loaded, 'catalog', catalog.sha256);
  if (catalogLoaded) unchanged('catalog', catalogLoaded);
  else await load(extractCatalog(catalog));
  // Loaded while the extraction workers start.
  await flush();
  await extractAhead(paths, catalog, {
    skip(item) {
      const v = opts.extractUnchanged ? undefined : sameAsLoaded(loaded, item.entry.id, documentSha256(item));
      if (v) unchanged(item.entry.id, v);
      return !!v;
    },
    async onDocument(doc) {
      summaries.push({ documentId: doc.documentId, ...doc.summary });
      await load(doc);
    },
    onFailure: fail,
  });
  await flush();
  await loading;
  if (lost) throw lost;
  // A document loaded in this run changed the graph the derivations were made from: no stamp to compare.
  const derived = opts.force || results.some((r) => r.status === 'loaded') ? await derive(db) : await deriveIfStale(db);
  if (derived.skipped) log('derivations unchanged (no document changed since they were made)');
  for (const r of derived.rules) log(`derived ${r.rule}: ${r.created} created (${r.ms.toFixed(0)} ms)`);
  // Once, when the loads and derivations are done (graph/sampling.ts); also when nothing changed, since a one-shot
  // writer (`lawgraph load`, `remove`) may have stopped its JVM before the sampling it asked for was made, and on
  // the embedded store nothing else would ask. Only outdated indexes are rescanned: nothing when none is.
  await resampleOutdatedIndexes(db);
  // The search index applies its entries after each commit, not inside it (graph/schema.ts SEARCH_INDEX_CONFIG):
  // once the loads and derivations are done, the run waits for them, so whatever searches once the run has
  // returned (the API `npm start` serves next, a test) finds every document loaded. Nothing reads the index
  // before this point of the run (the derivations do not; queries/search, resolve-refs and exposure do).
  if (results.some((r) => r.status === 'loaded') || !derived.skipped) await awaitSearchIndex(db);
  return { results, failed, derived, report: ingestReport(catalog, summaries, failed), ms: performance.now() - t0 };
}
