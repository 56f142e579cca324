// Load rate: graph/load.ts (MERGE, provenance lists, one transaction per document) against a plain
// neo4j-driver CREATE baseline of the same rows in its own label namespace (:BenchNode), interleaved
// document by document in one run; then an unchanged-skip reload and a forced reload.
import type { Database } from '../graph/database.ts';
import { BATCH_SIZE, type LoadUnit, loadDocument, toRows } from '../graph/load.ts';
import { round } from './stats.ts';

export interface Rate {
  documents: number;
  rows: number;
  ms: number;
  rowsPerSec: number;
}

export interface LoadFigures {
  first: Rate;
  baseline: Rate;
  /** Reload without force: every document is skipped as unchanged (sha256 equal). */
  unchanged: Rate;
  /** Forced reload (retract + assert) of the first `documents` documents, and their first load. */
  forced: Rate;
  forcedFirst: Rate;
  relationships: number;
}

const BASE = 'BenchNode';

function rate(documents: number, rows: number, ms: number): Rate {
  return { documents, rows, ms: round(ms, 0), rowsPerSec: round(rows / (ms / 1000), 0) };
}

export async function prepareBaseline(db: Database): Promise<void> {
  await db.driver.executeQuery(`CREATE CONSTRAINT bench_node_id IF NOT EXISTS FOR (n:${BASE}) REQUIRE n.id IS UNIQUE`, {}, { database: db.name });
  await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.name });
}

/** The baseline: CREATE nodes (not yet created by an earlier document), then MATCH … CREATE relationships. */
async function baselineDocument(db: Database, unit: LoadUnit, created: Set<string>): Promise<number> {
  const { nodes, rels } = toRows(unit);
  const fresh = nodes.filter((n) => !created.has(n.id));
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (let i = 0; i < fresh.length; i += BATCH_SIZE) {
        const rows = fresh.slice(i, i + BATCH_SIZE).map((n) => ({ props: { ...n.props, id: n.id } }));
        await tx.run(`UNWIND $rows AS row CREATE (n:${BASE}) SET n = row.props`, { rows });
      }
      for (let i = 0; i < rels.length; i += BATCH_SIZE) {
        const rows = rels.slice(i, i + BATCH_SIZE).map((r) => ({ start: r.start, end: r.end, type: r.type, props: { ...r.props, id: r.id, evidence: r.evidence } }));
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${BASE} {id: row.start}) MATCH (b:${BASE} {id: row.end})
           CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`,
          { rows },
        );
      }
    });
  } finally {
    await session.close();
  }
  for (const n of fresh) created.add(n.id);
  return fresh.length + rels.length;
}

/** Deletes the baseline namespace in batches (not timed). */
export async function cleanBaseline(db: Database): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(`MATCH (n:${BASE}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
  } finally {
    await session.close();
  }
  await db.driver.executeQuery('DROP CONSTRAINT bench_node_id IF EXISTS', {}, { database: db.name });
}

/**
 * Loads `count` synthetic documents with graph/load.ts and the baseline, alternating per document;
 * then reloads all unchanged, and force-reloads the first `forceCount`.
 */
export async function runLoad(
  db: Database,
  unitOf: (doc: number) => LoadUnit,
  count: number,
  forceCount: number,
  log: (line: string) => void,
): Promise<LoadFigures> {
  await prepareBaseline(db);
  const created = new Set<string>();
  let loaderMs = 0;
  let loaderRows = 0;
  let baseMs = 0;
  let baseRows = 0;
  let relationships = 0;
  let forcedFirstMs = 0;
  let forcedFirstRows = 0;
  for (let doc = 1; doc <= count; doc++) {
    const unit = unitOf(doc);
    // Alternate which goes first, so neither always meets a warmer page cache.
    const runLoader = async () => {
      const r = await loadDocument(db, unit);
      if (r.status !== 'loaded') throw new Error(`${unit.documentId} was not loaded (${r.status})`);
      loaderMs += r.ms;
      loaderRows += r.nodes + r.relationships;
      relationships += r.relationships;
      if (doc <= forceCount) {
        forcedFirstMs += r.ms;
        forcedFirstRows += r.nodes + r.relationships;
      }
    };
    const runBaseline = async () => {
      const t = performance.now();
      baseRows += await baselineDocument(db, unit, created);
      baseMs += performance.now() - t;
    };
    if (doc % 2) {
      await runLoader();
      await runBaseline();
    } else {
      await runBaseline();
      await runLoader();
    }
    if (doc % 10 === 0 || doc === count) log(`load: ${doc}/${count} documents, ${relationships} relationships`);
  }
  let skipMs = 0;
  let skipRows = 0;
  for (let doc = 1; doc <= count; doc++) {
    const r = await loadDocument(db, unitOf(doc));
    if (r.status !== 'unchanged') throw new Error(`${r.documentId} was reloaded although unchanged`);
    skipMs += r.ms;
    skipRows += r.nodes + r.relationships;
  }
  let forceMs = 0;
  let forceRows = 0;
  for (let doc = 1; doc <= forceCount; doc++) {
    const r = await loadDocument(db, unitOf(doc), { force: true });
    forceMs += r.ms;
    forceRows += r.nodes + r.relationships;
  }
  log(`load: reloads done (${count} unchanged, ${forceCount} forced)`);
  return {
    first: rate(count, loaderRows, loaderMs),
    baseline: rate(count, baseRows, baseMs),
    unchanged: rate(count, skipRows, skipMs),
    forced: rate(forceCount, forceRows, forceMs),
    forcedFirst: rate(forceCount, forcedFirstRows, forcedFirstMs),
    relationships,
  };
}

/** Grows the graph with documents `from`..`to` (graph/load.ts only, first loads): the loader's rate at size. */
export async function runGrowth(db: Database, unitOf: (doc: number) => LoadUnit, from: number, to: number, log: (line: string) => void): Promise<Rate> {
  let ms = 0;
  let rows = 0;
  for (let doc = from; doc <= to; doc++) {
    const r = await loadDocument(db, unitOf(doc));
    if (r.status !== 'loaded') throw new Error(`${unitOf(doc).documentId} was not loaded (${r.status})`);
    ms += r.ms;
    rows += r.nodes + r.relationships;
    if (doc % 50 === 0 || doc === to) log(`grow: ${doc}/${to} documents`);
  }
  return rate(to - from + 1, rows, ms);
}
