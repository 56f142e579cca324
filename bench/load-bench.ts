// Load rate: the path a user's load takes (`lawgraph load`, `npm start`'s pipeline: graph/pipeline.ts ingestPaths)
// against two plain neo4j-driver CREATE baselines of the same graph, interleaved transaction by transaction:
// - the loader: graph/load.ts loadDocuments over the documents of one pipeline transaction (GROUP_ROWS records,
//   graph/pipeline.ts), then what ingestPaths does once its loads are done: one sampling request, one wait for
//   the eventually consistent full-text index (its extraction and derivations are the pipeline's figure);
// - the plain baseline, in its own label namespace (:BenchNode): one label, one index (its id);
// - the schema-matched baseline: the loader's labels (Node and the kind) and its constraints and indexes
//   (graph/schema.ts: id, names, full-text ..., with their settings), mirrored onto labels of its own (`BenchS` +
//   label); it waits for its full-text entries as the loader does. The target's baseline: it writes what the
//   loader writes (nodes, relationships, their properties with `sources`, the Document's support lists, the same
//   indexes), the plain way.
// Each side loads the same documents in one transaction per round and ends its round with its wait, so none leaves
// index work to the side that follows. Then an unchanged-skip reload and a forced reload (loadDocument, one document
// at a time).
import type { Database } from '../graph/database.ts';
import { BATCH_SIZE, type LoadUnit, loadDocument, loadDocuments, toRows } from '../graph/load.ts';
import { GROUP_ROWS } from '../graph/pipeline.ts';
import { resampleOutdatedIndexes } from '../graph/sampling.ts';
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

/**
 * A baseline's round: the documents in one transaction, each as the loader leaves it on a first load, written the
 * plain way: CREATE its nodes (not yet created by an earlier document), with the document as their `sources`; then
 * MATCH … CREATE its relationships, with `sources` beside their evidence; then its Document's support lists (the
 * ids of its nodes and relationships). Nodes an earlier document created (the anchors) are left as they are.
 */
async function baselineGroup(db: Database, units: LoadUnit[], created: Set<string>, side: BaselineSide): Promise<number> {
  let rowsWritten = 0;
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (const unit of units) {
        const { nodes, rels } = toRows(unit);
        const fresh = nodes.filter((n) => !created.has(n.id));
        for (let i = 0; i < fresh.length; i += BATCH_SIZE) {
          const rows = fresh.slice(i, i + BATCH_SIZE).map((n) => {
            const props = { ...n.props, id: n.id, sources: [unit.documentId] };
            return side.labelsOf ? { labels: side.labelsOf(n.labels), props } : { props };
          });
          await tx.run(side.createNodes, { rows });
        }
        for (let i = 0; i < rels.length; i += BATCH_SIZE) {
          const rows = rels.slice(i, i + BATCH_SIZE).map((r) => ({
            start: r.start,
            end: r.end,
            type: r.type,
            props: { ...r.props, id: r.id, sources: r.evidence.map(() => unit.documentId), evidence: r.evidence },
          }));
          await tx.run(
            `UNWIND $rows AS row
             MATCH (a:${side.matchLabel} {id: row.start}) MATCH (b:${side.matchLabel} {id: row.end})
             CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`,
            { rows },
          );
        }
        await tx.run(`MATCH (d:${side.matchLabel} {id: $id}) SET d.supportNodes = $nodeIds, d.supportRels = $relIds`, {
          id: `doc:${unit.documentId}`,
          nodeIds: nodes.map((n) => n.id).sort(),
          relIds: rels.map((r) => r.id).sort(),
        });
        for (const n of fresh) created.add(n.id);
        rowsWritten += fresh.length + rels.length;
      }
    });
  } finally {
    await session.close();
  }
  return rowsWritten;
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
 * The order of the three sides (L loader, B plain baseline, S schema-matched baseline) per round, in turn. Whoever
 * follows the loader meets what its commit leaves behind (garbage, merges): over the quick bench's 5 rounds each
 * baseline follows it twice (counting across rounds). (A plain rotation, LBS BSL SLB, put B after L twice as often
 * as S.)
 */
const ORDERS = ['LBS', 'LSB', 'BSL', 'SLB', 'SBL', 'BLS'];

/** Documents `from`..`to` in the pipeline's transactions: gathered until they hold GROUP_ROWS records
 *  (graph/pipeline.ts; the quick bench's documents, about 14000 records each, go two by two). */
export function pipelineGroups(unitOf: (doc: number) => LoadUnit, from: number, to: number): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let records = 0;
  for (let doc = from; doc <= to; doc++) {
    group.push(doc);
    records += unitOf(doc).records.length;
    if (records >= GROUP_ROWS) {
      groups.push(group);
      group = [];
      records = 0;
    }
  }
  if (group.length) groups.push(group);
  return groups;
}

/** The loader's round, timed: what `lawgraph load` does with these documents once they are extracted. */
async function loaderRun(db: Database, units: LoadUnit[]): Promise<{ ms: number; txMs: number; nodes: number[]; relationships: number[] }> {
  const t = performance.now();
  const outcomes = await loadDocuments(db, units);
  // The end of a pipeline run (graph/pipeline.ts ingestPaths): one sampling request, one wait for the search index.
  await resampleOutdatedIndexes(db);
  await awaitSearchIndex(db);
  const ms = performance.now() - t;
  const nodes: number[] = [];
  const relationships: number[] = [];
  let txMs = 0;
  for (const r of outcomes) {
    if (r.status !== 'loaded') throw new Error(`${r.documentId} was not loaded (${r.status})`);
    nodes.push(r.nodes);
    relationships.push(r.relationships);
    txMs += r.ms;
  }
  return { ms, txMs, nodes, relationships };
}

/**
 * Loads `count` synthetic documents with the loader and both baselines, one pipeline transaction per round, the sides'
 * order varied per round (ORDERS); then reloads all unchanged, and force-reloads the first `forceCount`.
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
  const groups = pipelineGroups(unitOf, 1, count);
  for (const [turn, docs] of groups.entries()) {
    const units = docs.map(unitOf);
    const runLoader = async () => {
      const r = await loaderRun(db, units);
      const rows = r.nodes.map((n, i) => n + r.relationships[i]!);
      const total = rows.reduce((a, b) => a + b, 0);
      loaderMs += r.ms;
      loaderTxMs += r.txMs;
      loaderRows += total;
      relationships += r.relationships.reduce((a, b) => a + b, 0);
      // The forced documents' first load: the round's time shared by rows, as loadDocuments shares a group's.
      docs.forEach((doc, i) => {
        if (doc > forceCount) return;
        forcedFirstMs += (r.ms * rows[i]!) / total;
        forcedFirstRows += rows[i]!;
      });
    };
    const runBaseline = async () => {
      const t = performance.now();
      baseRows += await baselineGroup(db, units, created, PLAIN);
      baseMs += performance.now() - t;
    };
    const runSchemaBaseline = async () => {
      const t = performance.now();
      schemaRows += await baselineGroup(db, units, createdS, SCHEMA_MATCHED);
      // Its full-text index has the loader's settings (eventually consistent): it waits for its entries as the
      // loader's run does, inside its time, and leaves no index work behind for the side that follows.
      await awaitSearchIndex(db);
      schemaMs += performance.now() - t;
    };
    const sides = { L: runLoader, B: runBaseline, S: runSchemaBaseline };
    for (const side of ORDERS[turn % ORDERS.length]!) await sides[side as keyof typeof sides]();
    log(`load: ${docs.at(-1)}/${count} documents (round ${turn + 1}/${groups.length}: ${docs.length} in one transaction), ${relationships} relationships`);
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
  log(`load: loader ${round(loaderMs / 1000, 2)} s, of which its transactions ${round(loaderTxMs / 1000, 2)} s (the rest: the sampling request, waiting for the search index); plain baseline ${round(baseMs / 1000, 2)} s, schema-matched ${round(schemaMs / 1000, 2)} s`);
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

/** Grows the graph with documents `from`..`to` as one pipeline run loads them (graph/load.ts loadDocuments in the
 *  pipeline's transactions, one sampling request and one wait for the search index at the end): the loader's rate
 *  at size. */
export async function runGrowth(db: Database, unitOf: (doc: number) => LoadUnit, from: number, to: number, log: (line: string) => void): Promise<Rate> {
  const t = performance.now();
  let rows = 0;
  for (const docs of pipelineGroups(unitOf, from, to)) {
    for (const r of await loadDocuments(db, docs.map(unitOf))) {
      if (r.status !== 'loaded') throw new Error(`${r.documentId} was not loaded (${r.status})`);
      rows += r.nodes + r.relationships;
    }
    log(`grow: ${docs.at(-1)}/${to} documents`);
  }
  await resampleOutdatedIndexes(db);
  await awaitSearchIndex(db);
  return rate(to - from + 1, rows, performance.now() - t);
}
