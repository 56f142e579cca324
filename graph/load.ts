// Loads one document's records into Neo4j, all or nothing, idempotently.
//
// Support model: every node keeps `sources` (the documents that emitted it) and every relationship
// keeps `sources` + `evidence` (parallel lists: one entry per supporting passage, evidence as JSON).
// The Document node remembers which node ids and relationship ids its document supports, so that
// re-ingest and removal touch only those, without scanning the graph. In one write transaction:
//   1. retract the document's previous support (elements whose last support goes are deleted);
//   2. assert the new records with batched UNWIND … MERGE.
// Lists are kept sorted, so loading the same input twice leaves the graph exactly as after once.
// A document loaded for the first time takes a bulk path: the node ids it names are looked up
// once; nodes nobody has yet are CREATEd with the document as their only source, and so are the
// relationships with such a node at either end (they cannot exist yet). Only what exists already
// goes through MERGE and the ordered list upkeep; a re-ingest MERGEs everything.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence, GraphRecord, NodeRecord, PropertyValue, RelationshipRecord } from '../ingest/emit.ts';
import type { Database } from './database.ts';

export const BATCH_SIZE = 2000;

export interface LoadUnit {
  documentId: string;
  sha256: string;
  /** Fingerprint of the extractor that made the records (ingest/fingerprint.ts); optional. */
  extractor?: string;
  records: GraphRecord[];
}

export interface LoadResult {
  documentId: string;
  status: 'loaded' | 'unchanged';
  nodes: number;
  relationships: number;
  ms: number;
}

interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, PropertyValue>;
}

interface RelRow {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, PropertyValue>;
  evidence: string[];
}

/** Groups a document's records into rows: one per node, one per relationship (all its evidence). */
export function toRows(unit: LoadUnit): { nodes: NodeRow[]; rels: RelRow[] } {
  const nodes = new Map<string, NodeRow>();
  const rels = new Map<string, RelRow>();
  for (const r of unit.records) {
    const ev = r.properties.evidence;
    if (ev && ev.documentId !== unit.documentId) {
      throw new Error(`record ${r.id} carries evidence of ${ev.documentId} inside document ${unit.documentId}`);
    }
    if (r.type === 'node') addNode(nodes, r);
    else addRel(rels, r);
  }
  for (const rel of rels.values()) {
    if (!nodes.has(rel.start) || !nodes.has(rel.end)) {
      throw new Error(`relationship ${rel.id} names a node that document ${unit.documentId} does not emit`);
    }
    rel.evidence.sort();
  }
  return { nodes: [...nodes.values()], rels: [...rels.values()] };
}

function addNode(nodes: Map<string, NodeRow>, r: NodeRecord): void {
  const { evidence: _e, ...rest } = r.properties;
  const props = rest as Record<string, PropertyValue>;
  const prev = nodes.get(r.id);
  if (prev) {
    Object.assign(prev.props, props);
    prev.labels = [...new Set([...prev.labels, ...r.labels])].sort();
  } else {
    nodes.set(r.id, { id: r.id, labels: [...new Set(r.labels)].sort(), props });
  }
}

function addRel(rels: Map<string, RelRow>, r: RelationshipRecord): void {
  const { evidence, ...rest } = r.properties;
  const props = rest as Record<string, PropertyValue>;
  const row = rels.get(r.id) ?? { id: r.id, type: r.label, start: r.start.id, end: r.end.id, props: {}, evidence: [] };
  Object.assign(row.props, props);
  const json = evidenceJson(evidence);
  if (!row.evidence.includes(json)) row.evidence.push(json);
  rels.set(r.id, row);
}

/** Evidence as a JSON string with a fixed key order, so equal evidence is an equal string. */
export function evidenceJson(e: Evidence): string {
  return JSON.stringify({
    documentId: e.documentId,
    locator: e.locator,
    quote: e.quote,
    method: e.method,
    confidence: e.confidence,
    ...(e.url ? { url: e.url } : {}),
  });
}

export async function loadDocument(db: Database, unit: LoadUnit, opts: { force?: boolean } = {}): Promise<LoadResult> {
  try {
    return await loadOnce(db, unit, opts, true);
  } catch (err) {
    // Another writer created a node this first load meant to CREATE (the uniqueness constraint
    // refused it, and the transaction rolled back): load again through MERGE.
    if (!String((err as { code?: string }).code ?? '').includes('ConstraintValidationFailed')) throw err;
    return loadOnce(db, unit, opts, false);
  }
}

async function loadOnce(db: Database, unit: LoadUnit, opts: { force?: boolean }, bulk: boolean): Promise<LoadResult> {
  const t0 = performance.now();
  const { nodes, rels } = toRows(unit);
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    const status = await session.executeWrite(async (tx) => {
      const prev = await tx.run('MATCH (d:Document {id: $id}) RETURN d.sha256 AS sha, d.extractor AS extractor', {
        id: `doc:${unit.documentId}`,
      });
      const same = prev.records[0]?.get('sha') === unit.sha256 && prev.records[0]?.get('extractor') === (unit.extractor ?? null);
      if (!opts.force && same) return 'unchanged' as const;
      // A Document without a sha256 was never loaded (the catalog may name it before its file is).
      if (bulk && prev.records[0]?.get('sha') == null) {
        await assertNew(tx, unit.documentId, nodes, rels);
      } else {
        // Only what the new version no longer supports is retracted; for the rest, asserting
        // replaces the document's own entries in place (see assertNodes/assertRels).
        await retract(tx, unit.documentId, new Set(nodes.map((n) => n.id)), new Set(rels.map((r) => r.id)));
        await assertNodes(tx, unit.documentId, nodes);
        await assertRels(tx, unit.documentId, rels);
      }
      await tx.run(
        `MATCH (d:Document {id: $id})
         SET d.sha256 = $sha, d.extractor = $extractor, d.supportNodes = $nodeIds, d.supportRels = $relIds, d.loadedAt = datetime()`,
        {
          id: `doc:${unit.documentId}`,
          sha: unit.sha256,
          extractor: unit.extractor ?? null,
          nodeIds: nodes.map((n) => n.id).sort(),
          relIds: rels.map((r) => r.id).sort(),
        },
      );
      return 'loaded' as const;
    });
    return { documentId: unit.documentId, status, nodes: nodes.length, relationships: rels.length, ms: performance.now() - t0 };
  } finally {
    await session.close();
  }
}

/** Removes a document and everything only it supported. Returns false when it was not loaded. */
export async function removeDocument(db: Database, documentId: string): Promise<boolean> {
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    return await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: `doc:${documentId}` });
      if (found.records[0]?.get('n') === 0) return false;
      await retract(tx, documentId, new Set(), new Set());
      return true;
    });
  } finally {
    await session.close();
  }
}

async function retract(tx: ManagedTransaction, documentId: string, keepNodes: Set<string>, keepRels: Set<string>): Promise<void> {
  const res = await tx.run(
    'MATCH (d:Document {id: $id}) RETURN coalesce(d.supportNodes, []) AS nodes, coalesce(d.supportRels, []) AS rels',
    { id: `doc:${documentId}` },
  );
  if (res.records.length === 0) return;
  const nodeIds = (res.records[0]!.get('nodes') as string[]).filter((id) => !keepNodes.has(id));
  const relIds = (res.records[0]!.get('rels') as string[]).filter((id) => !keepRels.has(id));
  await batched(tx, documentId, relIds.map(parseRelId), RETRACT_RELS);
  for (const batch of chunks(nodeIds, BATCH_SIZE)) {
    await tx.run(
      `UNWIND $ids AS id
       MATCH (n:Node {id: id})
       SET n.sources = [s IN n.sources WHERE s <> $doc]
       WITH n WHERE size(n.sources) = 0
       DETACH DELETE n`,
      { ids: batch, doc: documentId },
    );
  }
}

/** A first load: CREATE what nobody has yet (and relationships touching it), MERGE the rest. */
async function assertNew(tx: ManagedTransaction, documentId: string, nodes: NodeRow[], rels: RelRow[]): Promise<void> {
  const found = await tx.run('UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN collect(id) AS ids', { ids: nodes.map((n) => n.id) });
  const existing = new Set<string>(found.records[0]?.get('ids') ?? []);
  await createNodes(tx, documentId, nodes.filter((n) => !existing.has(n.id)));
  await assertNodes(tx, documentId, nodes.filter((n) => existing.has(n.id)));
  const old = (r: RelRow) => existing.has(r.start) && existing.has(r.end);
  await createRels(tx, documentId, rels.filter((r) => !old(r)));
  await assertRels(tx, documentId, rels.filter(old));
}

/**
 * A write over rows of many label sets or relationship types, in two forms. A group of rows large
 * enough to pay for planning runs the text with its labels or type written in (planned once per key,
 * then the fastest per row); the small groups together run one statement with dynamic labels or
 * types (`$(row.labels)`, planned once for all): a corpus of small documents names dozens of label
 * sets, and planning each text cost more than loading its rows (the reference corpus took 29 s on a
 * new store and 11 s with its plans cached). Labels and types passed the Emitter's checks.
 */
interface Statement<T> {
  key: (row: T) => string;
  written: (key: string) => string;
  dynamic: string;
}

/** Rows of one key from which writing the key into the text pays for its plan. */
const PLANNED_GROUP = 500;

async function batched<T>(tx: ManagedTransaction, documentId: string, rows: T[], statement: Statement<T>): Promise<void> {
  const small: T[] = [];
  for (const [k, group] of groupBy(rows, statement.key)) {
    if (group.length < PLANNED_GROUP) small.push(...group);
    else for (const batch of chunks(group, BATCH_SIZE)) await tx.run(statement.written(k), { rows: batch, doc: documentId });
  }
  for (const batch of chunks(small, BATCH_SIZE)) await tx.run(statement.dynamic, { rows: batch, doc: documentId });
}

const labelsOf = (r: NodeRow) => r.labels.join(':');
const typeOf = (r: RelRow) => r.type;

const CREATE_NODES: Statement<NodeRow> = {
  key: labelsOf,
  written: (labels) => `UNWIND $rows AS row
     CREATE (n:Node:${labels} {id: row.id})
     SET n += row.props, n.sources = [$doc]`,
  dynamic: `UNWIND $rows AS row
     CREATE (n:Node {id: row.id})
     SET n:$(row.labels), n += row.props, n.sources = [$doc]`,
};

const createRelsText = (type: string) => `UNWIND $rows AS row
     MATCH (a:Node {id: row.start})
     MATCH (b:Node {id: row.end})
     CREATE (a)-[r:${type}]->(b)
     SET r += row.props, r.id = row.id, r.sources = [e IN row.evidence | $doc], r.evidence = row.evidence`;
const CREATE_RELS: Statement<RelRow> = { key: typeOf, written: createRelsText, dynamic: createRelsText('$(row.type)') };

// `sources` stays sorted: the document is inserted in order (list comprehensions, no per-row
// subquery), so the same support gives the same list whatever the load order.
const assertNodesText = (labels: string) => `UNWIND $rows AS row
     MERGE (n:Node {id: row.id})
     WITH n, row, coalesce(n.sources, []) AS old
     SET n += row.props, n:${labels},
         n.sources = [s IN old WHERE s < $doc] + $doc + [s IN old WHERE s > $doc]`;
const ASSERT_NODES: Statement<NodeRow> = { key: labelsOf, written: assertNodesText, dynamic: assertNodesText('$(row.labels)') };

// The document's evidence (sorted in toRows) goes in between the other documents' entries, so
// the parallel lists stay ordered by (document, evidence). Its own old entries were retracted.
const assertRelsText = (type: string) => `UNWIND $rows AS row
     MATCH (a:Node {id: row.start})
     MATCH (b:Node {id: row.end})
     MERGE (a)-[r:${type}]->(b)
     WITH r, row, coalesce(r.sources, []) AS os, coalesce(r.evidence, []) AS oe
     WITH r, row, os, oe,
          [i IN range(0, size(os) - 1) WHERE os[i] < $doc] AS before,
          [i IN range(0, size(os) - 1) WHERE os[i] > $doc] AS after
     SET r += row.props, r.id = row.id,
         r.sources = [i IN before | os[i]] + [e IN row.evidence | $doc] + [i IN after | os[i]],
         r.evidence = [i IN before | oe[i]] + row.evidence + [i IN after | oe[i]]`;
const ASSERT_RELS: Statement<RelRow> = { key: typeOf, written: assertRelsText, dynamic: assertRelsText('$(row.type)') };

const createNodes = (tx: ManagedTransaction, documentId: string, rows: NodeRow[]) => batched(tx, documentId, rows, CREATE_NODES);
const createRels = (tx: ManagedTransaction, documentId: string, rows: RelRow[]) => batched(tx, documentId, rows, CREATE_RELS);
const assertNodes = (tx: ManagedTransaction, documentId: string, rows: NodeRow[]) => batched(tx, documentId, rows, ASSERT_NODES);
const assertRels = (tx: ManagedTransaction, documentId: string, rows: RelRow[]) => batched(tx, documentId, rows, ASSERT_RELS);

const retractRelsText = (type: string) => `UNWIND $rows AS row
     MATCH (a:Node {id: row.start})-[r:${type}]->(b:Node {id: row.end})
     WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $doc] AS keep
     SET r.sources = [i IN keep | r.sources[i]], r.evidence = [i IN keep | r.evidence[i]]
     WITH r WHERE size(r.sources) = 0
     DELETE r`;
const RETRACT_RELS: Statement<{ start: string; type: string; end: string }> = { key: (r) => r.type, written: retractRelsText, dynamic: retractRelsText('$(row.type)') };

function parseRelId(id: string): { start: string; type: string; end: string } {
  const [start, type, end] = id.split('|');
  if (!start || !type || !end) throw new Error(`malformed relationship id ${id}`);
  return { start, type, end };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
