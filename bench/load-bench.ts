// Load rate: graph/load.ts (MERGE, provenance lists, one transaction per document) against two plain
// neo4j-driver CREATE baselines of the same rows, interleaved document by document in one run:
// - the plain one, in its own label namespace (:BenchNode): one label, one index (its id);
// - the schema-matched one: the loader's labels (Node and the kind) and its constraints and indexes
//   (graph/schema.ts: id, names, full-text ..., with their settings), mirrored onto labels of its own (`BenchS` + label).
// The loader (loadDocument) and the schema-matched side wait for their eventually consistent full-text
// entries inside their time (graph/schema.ts awaitSearchIndex): once per document here, where a pipeline
// run waits once at its end.
// Then an unchanged-skip reload and a forced reload.
import type { Database } from '../graph/database.ts';
import { BATCH_SIZE, type LoadUnit, loadDocument, toRows } from '../graph/load.ts';
import { awaitSearchIndex, schemaName, schemaStatements } from '../graph/schema.ts';
import { round } from './stats.ts';

export interface Rate {
  documents: number;
  rows: number;
  ms: number;
  rowsPerSec: number;
}

export interface LoadFigures {
  first: Rate;
  /** Plain driver CREATE under one label (`BenchNode`) with one index, its id. */
  baseline: Rate;
  /** Plain driver CREATE with the loader's labels, constraints and indexes (mirrored: `BenchS` + label). */
  schemaBaseline: Rate;
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

/** The schema-matched baseline's labels: the loader's, prefixed (`Node` -> `BenchSNode`). */
const MIRROR = 'BenchS';
const mirrorLabel = (label: string) => `${MIRROR}${label}`;

/**
 * The loader's constraints and indexes (graph/schema.ts schemaStatements) on the mirrored labels, under
 * names of their own (`bench_s_node_id` …). Relationship key indexes are per type (graph/relationship-keys.ts),
 * and both baselines write the loader's types: every side pays them.
 */
export function mirroredSchema(): { create: string[]; drop: string[] } {
  const create = schemaStatements().map((s) =>
    s
      .replace(/(CONSTRAINT|INDEX) (\w+)/, (_, what: string, name: string) => `${what} bench_s_${name}`)
      .replace(/\(n:([\w|]+)\)/, (_, labels: string) => `(n:${labels.split('|').map(mirrorLabel).join('|')})`),
  );
  const drop = create.map((s) => `DROP ${s.includes('CONSTRAINT') ? 'CONSTRAINT' : 'INDEX'} ${schemaName(s)} IF EXISTS`);
  return { create, drop };
}

export async function prepareBaseline(db: Database): Promise<void> {
  await db.driver.executeQuery(`CREATE CONSTRAINT bench_node_id IF NOT EXISTS FOR (n:${BASE}) REQUIRE n.id IS UNIQUE`, {}, { database: db.name });
  for (const statement of mirroredSchema().create) await db.driver.executeQuery(statement, {}, { database: db.name });
  await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.name });
}

/** How a baseline writes: its node statement (over `$rows` of `{props}`, with `labels` where it sets them per row) and
 *  the label its relationships' ends are matched on. */
interface BaselineSide {
  createNodes: string;
  matchLabel: string;
  labelsOf?(labels: string[]): string[];
}

/** The plain baseline: one label (`BenchNode`), one index, its id. */
const PLAIN: BaselineSide = { createNodes: `UNWIND $rows AS row CREATE (n:${BASE}) SET n = row.props`, matchLabel: BASE };

/**
 * The schema-matched baseline: the plain one's statements, but each node with the loader's labels
 * (`Node` and its kind, mirrored; dynamic labels, one statement text as the loader's CREATE) under the
 * loader's constraints and indexes (mirroredSchema). Same rows, same properties as the plain baseline:
 * no `sources`, no lookups, no Document lists.
 */
const SCHEMA_MATCHED: BaselineSide = {
  createNodes: 'UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props',
  matchLabel: mirrorLabel('Node'),
  labelsOf: (labels) => [mirrorLabel('Node'), ...labels.map(mirrorLabel)],
};

/** A baseline's document: CREATE nodes (not yet created by an earlier document), then MATCH … CREATE relationships. */
async function baselineDocument(db: Database, unit: LoadUnit, created: Set<string>, side: BaselineSide): Promise<number> {
  const { nodes, rels } = toRows(unit);
  const fresh = nodes.filter((n) => !created.has(n.id));
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (let i = 0; i < fresh.length; i += BATCH_SIZE) {
        const rows = fresh.slice(i, i + BATCH_SIZE).map((n) => {
          const props = { ...n.props, id: n.id };
          return side.labelsOf ? { labels: side.labelsOf(n.labels), props } : { props };
        });
        await tx.run(side.createNodes, { rows });
      }
      for (let i = 0; i < rels.length; i += BATCH_SIZE) {
        const rows = rels.slice(i, i + BATCH_SIZE).map((r) => ({ start: r.start, end: r.end, type: r.type, props: { ...r.props, id: r.id, evidence: r.evidence } }));
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:${side.matchLabel} {id: row.start}) MATCH (b:${side.matchLabel} {id: row.end})
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
    for (const label of [BASE, mirrorLabel('Node')]) {
      await session.run(`MATCH (n:${label}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`);
    }
  } finally {
    await session.close();
  }
  await db.driver.executeQuery('DROP CONSTRAINT bench_node_id IF EXISTS', {}, { database: db.name });
  for (const statement of mirroredSchema().drop) await db.driver.executeQuery(statement, {}, { database: db.name });
}

/**
 * The order of the three sides (L loader, B plain baseline, S schema-matched baseline) per document, in
 * turn. Whoever follows the loader meets what its commit leaves behind (index flushes, garbage): over the
 * quick bench's 10 documents each baseline follows it 5 times (counting across documents), and each side
 * goes first 3 or 4 times. (A plain rotation, LBS BSL SLB, put B after L twice as often as S.)
 */
const ORDERS = ['LBS', 'LSB', 'BSL', 'SLB', 'SBL', 'BLS'];

/**
 * Loads `count` synthetic documents with graph/load.ts and both baselines, their order varied per document (ORDERS);
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
  const createdS = new Set<string>();
  let schemaMs = 0;
  let schemaRows = 0;
  let loaderMs = 0;
  /** The loader's transactions alone (LoadResult.ms), to tell them from what follows their commit. */
  let loaderTxMs = 0;
  let loaderRows = 0;
  let baseMs = 0;
  let baseRows = 0;
  let relationships = 0;
  let forcedFirstMs = 0;
  let forcedFirstRows = 0;
  for (let doc = 1; doc <= count; doc++) {
    const unit = unitOf(doc);
    // Rotate which goes first, so none always meets a warmer page cache.
    const runLoader = async () => {
      // Timed around loadDocument: its `ms` is the transaction's alone, without its wait for the search
      // index (and the sampling request) that follow the commit, which the schema-matched side counts.
      const t = performance.now();
      const r = await loadDocument(db, unit);
      const ms = performance.now() - t;
      if (r.status !== 'loaded') throw new Error(`${unit.documentId} was not loaded (${r.status})`);
      loaderMs += ms;
      loaderTxMs += r.ms;
      loaderRows += r.nodes + r.relationships;
      relationships += r.relationships;
      if (doc <= forceCount) {
        forcedFirstMs += ms;
        forcedFirstRows += r.nodes + r.relationships;
      }
    };
    const runBaseline = async () => {
      const t = performance.now();
      baseRows += await baselineDocument(db, unit, created, PLAIN);
      baseMs += performance.now() - t;
    };
    const runSchemaBaseline = async () => {
      const t = performance.now();
      schemaRows += await baselineDocument(db, unit, createdS, SCHEMA_MATCHED);
      // Its full-text index has the loader's settings (eventually consistent): it waits for its entries as
      // loadDocument does, inside its time, and leaves no index work behind for the side that follows.
      await awaitSearchIndex(db);
      schemaMs += performance.now() - t;
    };
    const sides = { L: runLoader, B: runBaseline, S: runSchemaBaseline };
    for (const side of ORDERS[(doc - 1) % ORDERS.length]!) await sides[side as keyof typeof sides]();
    if (doc % 10 === 0 || doc === count) log(`load: ${doc}/${count} documents, ${relationships} relationships`);
  }
  let skipMs = 0;
  let skipRows = 0;
  for (let doc = 1; doc <= count; doc++) {
    const t = performance.now();
    const r = await loadDocument(db, unitOf(doc));
    if (r.status !== 'unchanged') throw new Error(`${r.documentId} was reloaded although unchanged`);
    skipMs += performance.now() - t;
    skipRows += r.nodes + r.relationships;
  }
  let forceMs = 0;
  let forceRows = 0;
  for (let doc = 1; doc <= forceCount; doc++) {
    const t = performance.now();
    const r = await loadDocument(db, unitOf(doc), { force: true });
    forceMs += performance.now() - t;
    forceRows += r.nodes + r.relationships;
  }
  log(`load: reloads done (${count} unchanged, ${forceCount} forced)`);
  log(`load: loader ${round(loaderMs / 1000, 2)} s, of which its transactions ${round(loaderTxMs / 1000, 2)} s (the rest: waiting for the search index, the sampling request)`);
  return {
    first: rate(count, loaderRows, loaderMs),
    baseline: rate(count, baseRows, baseMs),
    schemaBaseline: rate(count, schemaRows, schemaMs),
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
    const t = performance.now();
    const r = await loadDocument(db, unitOf(doc));
    if (r.status !== 'loaded') throw new Error(`${unitOf(doc).documentId} was not loaded (${r.status})`);
    ms += performance.now() - t;
    rows += r.nodes + r.relationships;
    if (doc % 50 === 0 || doc === to) log(`grow: ${doc}/${to} documents`);
  }
  return rate(to - from + 1, rows, ms);
}
