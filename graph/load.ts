// Loads documents' records into Neo4j, each document all or nothing, idempotently.
//
// Support model: every node keeps `sources` (the documents that emitted it) and every relationship
// keeps `sources` + `evidence` (parallel lists: one entry per supporting passage, evidence as JSON).
// The Document node remembers which node ids and relationship ids its document supports, so that
// re-ingest and removal touch only those, without scanning the graph. A re-ingest, in one write
// transaction: 1. retracts the document's previous support (elements whose last support goes are
// deleted); 2. asserts the new records with batched UNWIND … MERGE.
// Lists are kept sorted, so loading the same input twice leaves the graph exactly as after once.
// First loads take a bulk path, several small documents in one transaction (loadDocuments): the node
// ids they name are looked up once; nodes nobody has yet are CREATEd once, with the documents that
// name them as sources (their properties and labels merged in document order, as loading them one
// after another would leave them), and so are the relationships with such a node at either end (they
// cannot exist yet), their ends found by element id. Only what exists already goes through MERGE
// and the ordered list upkeep.
// A group that fails is loaded again one document per transaction, so a bad document fails alone.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Evidence, GraphRecord, NodeRecord, PropertyValue, RelationshipRecord } from '../ingest/emit.ts';
import { ownIdPrefixes, SUGGESTED_TYPES } from '../ingest/kinds.ts';
import { isUnavailable, type Database } from './database.ts';
import { resampleOutdatedIndexes } from './sampling.ts';
import { awaitSearchIndex } from './schema.ts';
import { reverseRelationshipId } from './relationship-keys.ts';

export const BATCH_SIZE = 2000;
/** Rows per CREATE statement of a first load: what they write cannot exist yet, so a larger batch
 *  holds nothing longer, and each statement costs a round trip and its Eager buffer. */
const CREATE_BATCH = 10_000;

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

interface NewNodeRow extends NodeRow {
  sources: string[];
}

interface RelRow {
  id: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, PropertyValue>;
  evidence: string[];
}

interface NewRelRow extends RelRow {
  sources: string[];
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
  const row = rels.get(r.id) ?? {
    id: r.id,
    type: r.label,
    start: r.start.id,
    end: r.end.id,
    props: { reverseId: reverseRelationshipId(r.start.id, r.label, r.end.id) },
    evidence: [],
  };
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

/** One document in its own transaction; the store's outdated index statistics are sampled after it (graph/sampling.ts).
 *  It returns once the search index holds what it wrote (graph/schema.ts awaitSearchIndex): a load of its own. */
export async function loadDocument(db: Database, unit: LoadUnit, opts: { force?: boolean } = {}): Promise<LoadResult> {
  const result = await loadAlone(db, unit, opts);
  if (result.status === 'loaded') await awaitSearchIndex(db);
  return result;
}

/** loadDocument without the wait for the search index: the pipeline's documents wait once, at the pipeline's end. */
async function loadAlone(db: Database, unit: LoadUnit, opts: { force?: boolean }): Promise<LoadResult> {
  let result: LoadResult;
  try {
    result = (await loadGroup(db, [unit], opts, true))[0]!;
  } catch (err) {
    // Another writer created a node this first load meant to CREATE (the uniqueness constraint
    // refused it, and the transaction rolled back): load again through MERGE.
    if (!String((err as { code?: string }).code ?? '').includes('ConstraintValidationFailed')) throw err;
    result = (await loadGroup(db, [unit], opts, false))[0]!;
  }
  await resampleOutdatedIndexes(db);
  return result;
}

export type LoadOutcome = LoadResult | { documentId: string; status: 'failed'; error: unknown };

/**
 * Loads several documents in one transaction (in order: a property two of them set on one node
 * keeps the later one). When that transaction fails, each document is loaded in its own, so one bad
 * document fails alone and the others still load; the outcome says which. Errors of a lost server
 * are thrown. It does not wait for the search index to hold what it wrote: its caller does, once, when
 * its last load is done (graph/schema.ts awaitSearchIndex; graph/pipeline.ts).
 */
export async function loadDocuments(db: Database, units: LoadUnit[], opts: { force?: boolean } = {}): Promise<LoadOutcome[]> {
  const distinct = new Set(units.map((u) => u.documentId)).size === units.length;
  if (units.length > 1 && distinct) {
    try {
      return await loadGroup(db, units, opts, true);
    } catch (err) {
      if (isUnavailable(err)) throw err;
    }
  }
  const out: LoadOutcome[] = [];
  for (const unit of units) {
    try {
      out.push(await loadAlone(db, unit, opts));
    } catch (err) {
      if (isUnavailable(err)) throw err;
      out.push({ documentId: unit.documentId, status: 'failed', error: err });
    }
  }
  return out;
}

interface Prepared {
  unit: LoadUnit;
  nodes: NodeRow[];
  rels: RelRow[];
}

async function loadGroup(db: Database, units: LoadUnit[], opts: { force?: boolean }, bulk: boolean): Promise<LoadResult[]> {
  const t0 = performance.now();
  const prepared: Prepared[] = units.map((unit) => ({ unit, ...toRows(unit) }));
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    const statuses = await session.executeWrite(async (tx) => {
      // One lookup for the documents' versions and, on the bulk path, every node id they name: a
      // statement text less for a cold JVM to plan, and one round trip less per group.
      const docIds = units.map((u) => `doc:${u.documentId}`);
      const prev = await tx.run(LOOKUP_IDS, { ids: bulk ? [...new Set([...docIds, ...prepared.flatMap(mayExist)])] : docIds });
      const before = new Map(prev.records.map((r) => [r.get('id') as string, { sha: r.get('sha') as string | null, extractor: r.get('extractor') as string | null }]));
      // Element ids of existing nodes, valid for assertNew until a document takes the MERGE path.
      let known: Map<string, string> | undefined = bulk ? new Map(prev.records.map((r) => [r.get('id') as string, r.get('eid') as string])) : undefined;
      const statuses: ('loaded' | 'unchanged')[] = [];
      const loaded: Prepared[] = [];
      // Relationship ids whose support a re-ingest took away (deleted or not).
      const retracted: string[] = [];
      let run: Prepared[] = [];
      // Element ids of the Document nodes of documents loaded by assertNew.
      const docEids = new Map<string, string>();
      const found = (run: Prepared[], element: Map<string, string>) => {
        for (const p of run) {
          const eid = element.get(`doc:${p.unit.documentId}`);
          if (eid) docEids.set(`doc:${p.unit.documentId}`, eid);
        }
      };
      for (const p of prepared) {
        const was = before.get(`doc:${p.unit.documentId}`);
        if (!opts.force && was?.sha === p.unit.sha256 && was?.extractor === (p.unit.extractor ?? null)) {
          statuses.push('unchanged');
          continue;
        }
        statuses.push('loaded');
        loaded.push(p);
        // A Document without a sha256 was never loaded (the catalog may name it before its file is).
        if (bulk && was?.sha == null) {
          run.push(p);
          continue;
        }
        found(run, await assertNew(tx, run, known));
        run = [];
        known = undefined;
        // Only what the new version no longer supports is retracted; for the rest, asserting
        // replaces the document's own entries in place (see assertNodes/assertRels).
        retracted.push(...(await retract(tx, p.unit.documentId, new Set(p.nodes.map((n) => n.id)), new Set(p.rels.map((r) => r.id)))));
        await assertNodes(tx, p.unit.documentId, p.nodes);
        await assertRels(tx, p.unit.documentId, p.rels);
      }
      found(run, await assertNew(tx, run, known));
      await summariseSupports(tx, [...retracted, ...loaded.flatMap((p) => p.rels.filter((r) => SUGGESTED_TYPES.includes(r.type)).map((r) => r.id))]);
      // The documents' versions and support lists, their nodes found by element id where known
      // (an index seek would read the transaction's thousands of new index entries too).
      const docs = loaded.map((p) => ({
        id: `doc:${p.unit.documentId}`,
        eid: docEids.get(`doc:${p.unit.documentId}`) ?? null,
        sha: p.unit.sha256,
        extractor: p.unit.extractor ?? null,
        nodeIds: p.nodes.map((n) => n.id).sort(),
        relIds: p.rels.map((r) => r.id).sort(),
      }));
      const byEid = docs.filter((d) => d.eid !== null);
      const byId = docs.filter((d) => d.eid === null);
      if (byEid.length) await tx.run(SET_DOCUMENTS('MATCH (d) WHERE elementId(d) = doc.eid'), { docs: byEid });
      if (byId.length) await tx.run(SET_DOCUMENTS('MATCH (d:Node:Document {id: doc.id})'), { docs: byId });
      return statuses;
    });
    // The group's time is shared among its documents by their rows.
    const ms = performance.now() - t0;
    const rows = prepared.reduce((n, p) => n + p.nodes.length + p.rels.length, 0);
    return prepared.map((p, i) => ({
      documentId: p.unit.documentId,
      status: statuses[i]!,
      nodes: p.nodes.length,
      relationships: p.rels.length,
      ms: rows > 0 ? (ms * (p.nodes.length + p.rels.length)) / rows : ms / prepared.length,
    }));
  } finally {
    await session.close();
  }
}

/** Removes a document and everything only it supported. Returns false when it was not loaded. */
export async function removeDocument(db: Database, documentId: string): Promise<boolean> {
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  let removed: boolean;
  try {
    removed = await session.executeWrite(async (tx) => {
      const found = await tx.run('MATCH (d:Node:Document {id: $id}) RETURN count(d) AS n', { id: `doc:${documentId}` });
      if (found.records[0]?.get('n') === 0) return false;
      await summariseSupports(tx, await retract(tx, documentId, new Set(), new Set()));
      return true;
    });
  } finally {
    await session.close();
  }
  if (removed) await Promise.all([resampleOutdatedIndexes(db), awaitSearchIndex(db)]);
  return removed;
}

/** Takes the document's support away from what it no longer supports; returns the relationship ids it took it from. */
async function retract(tx: ManagedTransaction, documentId: string, keepNodes: Set<string>, keepRels: Set<string>): Promise<string[]> {
  const res = await tx.run(
    'MATCH (d:Node:Document {id: $id}) RETURN coalesce(d.supportNodes, []) AS nodes, coalesce(d.supportRels, []) AS rels',
    { id: `doc:${documentId}` },
  );
  if (res.records.length === 0) return [];
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
  return relIds;
}

/**
 * Relationship types whose properties summarise their supports: a machine suggestion (ingest/kinds.ts SUGGESTED_TYPES)
 * supported by several sentences carries the `predicate` and `confidence` of its strongest support (its evidence's
 * method `model:<predicate>` and confidence), the first in the evidence's order (by document, then evidence) on a tie:
 * neither the last record of a document nor the last document loaded decides them, and a retraction gives back the
 * strongest support left. Every support keeps its own quote, predicate and confidence in `evidence`.
 * Run for the relationships a transaction asserted or retracted; a relationship deleted meanwhile is not found.
 */
async function summariseSupports(tx: ManagedTransaction, relIds: string[]): Promise<void> {
  const byType = groupBy(
    [...new Set(relIds)].map(parseRelId).filter((r) => SUGGESTED_TYPES.includes(r.type)),
    (r) => r.type,
  );
  for (const [type, rels] of byType) {
    for (const rows of chunks(rels, BATCH_SIZE)) {
      const read = await tx.run(
        `UNWIND $rows AS row
         MATCH (:Node {id: row.start})-[r:$($type)]->(:Node {id: row.end})
         RETURN row.start AS start, row.end AS end, r.evidence AS evidence`,
        { rows, type },
      );
      const summaries = read.records.map((rec) => {
        let best: { method: string; confidence: number } | undefined;
        for (const json of rec.get('evidence') as string[]) {
          const e = JSON.parse(json) as Evidence;
          if (!best || e.confidence > best.confidence) best = e;
        }
        return { start: rec.get('start') as string, end: rec.get('end') as string, predicate: best!.method.replace(/^model:/, '').toUpperCase(), confidence: best!.confidence };
      });
      if (summaries.length === 0) continue;
      await tx.run(
        `UNWIND $rows AS row
         MATCH (:Node {id: row.start})-[r:$($type)]->(:Node {id: row.end})
         SET r.predicate = row.predicate, r.confidence = row.confidence`,
        { rows: summaries, type },
      );
    }
  }
}

/**
 * First loads of documents in order: CREATE what nobody has yet (and relationships touching it)
 * once, with every document of the run that names it as a source; MERGE the rest per document.
 * Returns the element ids of the run's nodes.
 */
async function assertNew(tx: ManagedTransaction, run: Prepared[], known?: Map<string, string>): Promise<Map<string, string>> {
  if (run.length === 0) return new Map();
  let element: Map<string, string>;
  if (known) element = new Map(known);
  else {
    const ids = [...new Set(run.flatMap(mayExist))];
    const found = await tx.run(LOOKUP_IDS, { ids });
    element = new Map(found.records.map((r) => [r.get('id'), r.get('eid')]));
  }
  // Relationships find their ends by element id: no index seek (and its lock) per end.
  const existing = new Set(element.keys());
  const old = (r: RelRow) => existing.has(r.start) && existing.has(r.end);
  // Element ids share a long prefix (in Neo4j 5 the database's id): it is sent once per statement,
  // each node as the rest: a relationship row 15% shorter (Bolt chunks are CPU on both sides,
  // docs/benchmarks.md). The prefix is the one of exactly the ids a statement sends.
  const shortened = (ids: string[]) => {
    const at = commonPrefix(ids.map((id) => element.get(id)!));
    return { at, rest: (id: string) => element.get(id)!.slice(at.length) };
  };
  // Existing nodes are joined before anything is created, by element id: an index seek in a
  // transaction that has created thousands of nodes reads their uncommitted index entries too.
  // New nodes get all their properties in one map (CREATE_NODES says why).
  const whole = mergeNodes(run, (n) => !existing.has(n.id)).map(({ id, labels, props, sources }) => ({ labels, props: { ...props, id, sources } }));
  const joining = mergeNodes(run, (n) => existing.has(n.id));
  const j = shortened(joining.map((n) => n.id));
  const [, created] = await runAll(tx, [batches(null, joining.map((n) => ({ ...n, e: j.rest(n.id) })), JOIN_NODES, { at: j.at }), batches(null, whole, CREATE_NODES, {}, CREATE_BATCH)]);
  for (const [id, eid] of created!) element.set(id, eid);
  const { at, rest } = shortened([...element.keys()]);
  const ends = (r: RelRow) => ({ a: rest(r.start), b: rest(r.end) });
  const wholeRels = mergeRels(run, (r) => !old(r)).map((r) => createRelRow(r, ends(r)));
  await runAll(tx, [batches(null, wholeRels, CREATE_RELS, { at }, CREATE_BATCH), batches(null, mergeRels(run, old).map((r) => ({ ...r, ...ends(r) })), JOIN_RELS, { at })]);
  return element;
}

const SET_DOCUMENTS = (match: string) => `UNWIND $docs AS doc ${match}
  SET d.sha256 = doc.sha, d.extractor = doc.extractor, d.supportNodes = doc.nodeIds, d.supportRels = doc.relIds, d.loadedAt = datetime()`;

/** The node ids of a first load that may exist already: not the document's own passages and norms
 *  (ingest/kinds.ts ownId: no other document mints them, so they cannot exist before its first load;
 *  on the synthetic bench document, 2,850 of 3,860 index seeks). Provisions and law versions are not
 *  among them: a report citing an article emits the law's provision (`prov:<law>:art_7`). Were a guess
 *  wrong, the uniqueness constraint on `Node.id` refuses the CREATE, the transaction rolls back, and
 *  loadDocument loads the document again through MERGE. */
function mayExist(p: Prepared): string[] {
  const own = ownIdPrefixes(p.unit.documentId);
  return p.nodes.map((n) => n.id).filter((id) => !own.some((o) => id.startsWith(o)));
}

/** Existing nodes among `$ids`: element id, and a Document's version (null for other nodes). */
const LOOKUP_IDS = 'UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN id, elementId(n) AS eid, n.sha256 AS sha, n.extractor AS extractor';

/** The longest prefix all the strings share ('' for none). */
function commonPrefix(strings: string[]): string {
  let prefix = strings[0] ?? '';
  for (const s of strings) {
    let i = 0;
    while (i < prefix.length && i < s.length && s.charCodeAt(i) === prefix.charCodeAt(i)) i++;
    prefix = prefix.slice(0, i);
    if (!prefix) break;
  }
  return prefix;
}

/** Nodes of a run, one row each: labels united, properties set in document order, sources sorted. */
function mergeNodes(run: Prepared[], take: (n: NodeRow) => boolean): NewNodeRow[] {
  const rows = new Map<string, NewNodeRow>();
  for (const p of run) {
    for (const n of p.nodes) {
      if (!take(n)) continue;
      const row = rows.get(n.id);
      if (!row) rows.set(n.id, { id: n.id, labels: n.labels, props: n.props, sources: [p.unit.documentId] });
      else {
        row.labels = [...new Set([...row.labels, ...n.labels])].sort();
        row.props = { ...row.props, ...n.props };
        row.sources.push(p.unit.documentId);
      }
    }
  }
  for (const row of rows.values()) row.sources.sort();
  return [...rows.values()];
}

/** Relationships of a run, one row each: properties in document order, evidence ordered by document. */
function mergeRels(run: Prepared[], take: (r: RelRow) => boolean): NewRelRow[] {
  const rows = new Map<string, { row: RelRow; byDoc: [string, string[]][] }>();
  for (const p of run) {
    for (const r of p.rels) {
      if (!take(r)) continue;
      const m = rows.get(r.id);
      if (!m) rows.set(r.id, { row: r, byDoc: [[p.unit.documentId, r.evidence]] });
      else {
        m.row = { ...m.row, props: { ...m.row.props, ...r.props } };
        m.byDoc.push([p.unit.documentId, r.evidence]);
      }
    }
  }
  return [...rows.values()].map(({ row, byDoc }) => {
    byDoc.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { ...row, sources: byDoc.flatMap(([doc, ev]) => ev.map(() => doc)), evidence: byDoc.flatMap(([, ev]) => ev) };
  });
}

/**
 * A write over rows of many label sets or relationship types, in two forms. A group of rows large
 * enough to pay for planning runs the text with its labels or type written in (planned once per key,
 * then the fastest per row); the small groups together run one statement with dynamic labels or
 * types (`$(row.labels)`, planned once for all): a corpus of small documents names dozens of label
 * sets, and planning each text cost more than loading its rows (the reference corpus took 29 s on a
 * new store and 11 s with its plans cached). The CREATEs of first loads run one text for every
 * label set and type (oneText; relationships with properties beyond their keys, a second one).
 * Labels and types passed the Emitter's checks.
 */
interface Statement<T> {
  key: (row: T) => string;
  /** The text for a batch of rows of one key, and for a batch of the small groups. */
  written: (key: string, rows: T[]) => string;
  dynamic: (rows: T[]) => string;
}

/**
 * One text for all rows, labels or type dynamic: planned once per process, and batches filled across
 * label sets and types. For the CREATEs of first loads, where a text per label set or type (and per
 * set of property keys) cost more than it saved: the reference corpus named 13 of them, each planned
 * by a cold JVM on a new store.
 */
function oneText<T>(text: string): Statement<T> {
  return { key: () => '', written: () => text, dynamic: () => text };
}

/** A statement whose text depends on the key alone. */
function statement<T>(key: (row: T) => string, text: (key: string) => string, dynamicKey: string): Statement<T> {
  const dynamic = text(dynamicKey);
  return { key, written: (k) => text(k), dynamic: () => dynamic };
}

/** Rows of one key from which writing the key into the text pays for its plan. */
const PLANNED_GROUP = 500;

interface Job {
  text: string;
  params: Record<string, unknown>;
}

/** The statements of a write over rows: a batch of a large group with its key written in, or of the small groups together. */
function batches<T>(documentId: string | null, rows: T[], statement: Statement<T>, params: Record<string, unknown> = {}, size = BATCH_SIZE): Job[] {
  const small: T[] = [];
  const jobs: Job[] = [];
  const add = (text: string, batch: T[]) => jobs.push({ text, params: { ...params, rows: batch, doc: documentId } });
  for (const [k, group] of groupBy(rows, statement.key)) {
    if (group.length < PLANNED_GROUP) small.push(...group);
    else for (const batch of chunks(group, size)) add(statement.written(k, batch), batch);
  }
  for (const batch of chunks(small, size)) add(statement.dynamic(batch), batch);
  return jobs;
}

/**
 * Runs the lists' statements in order and returns what each list returned as (id, element id)
 * pairs. (Sending up to four ahead of their answers, Bolt pipelining, measured the same:
 * docs/benchmarks.md.)
 */
async function runAll(tx: ManagedTransaction, lists: Job[][]): Promise<[string, string][][]> {
  const out: [string, string][][] = lists.map(() => []);
  for (const [list, jobs] of lists.entries()) {
    for (const job of jobs) {
      for (const r of (await tx.run(job.text, job.params)).records) {
        const ids = r.get('ids') as string[];
        const eids = r.get('eids') as string[];
        for (let i = 0; i < ids.length; i++) out[list]!.push([ids[i]!, eids[i]!]);
      }
    }
  }
  return out;
}

/** Runs the statement over the rows; returns what it returns as (id, element id) pairs. */
async function batched<T>(tx: ManagedTransaction, documentId: string | null, rows: T[], statement: Statement<T>, params: Record<string, unknown> = {}): Promise<[string, string][]> {
  return (await runAll(tx, [batches(documentId, rows, statement, params)]))[0]!;
}

const labelsOf = (r: { labels: string[] }) => r.labels.join(':');
const typeOf = (r: { type: string }) => r.type;

// The new nodes' element ids come back as two lists in one record: a record per row cost the driver
// and the server more than the rows' CREATE (a record is a Bolt message, decoded into an object).
// New nodes get all their properties in one map. Neo4j 5.26 plans an Eager after the CREATE for
// it (a read/set conflict it assumes for `row.props`): it holds one batch of rows, and was no slower
// than setting the keys one by one (bench/load-bench.ts, 10 documents: node CREATEs 2.2 -> 2.0 s,
// relationship CREATEs 4.6 -> 3.8 s in 80 -> 60 batches). `+=` (the node has no property yet, so the
// same result) reads no old properties to remove: 9 db hits a row instead of 10. No form found plans
// no Eager with dynamic labels (labels set after the properties, the SET in a CALL, eagerAnalyzer=ir
// refused), and warm, a static label's text ran no faster. Relationships, whose keys are the same
// four, now write them in the CREATE's pattern instead (CREATE_RELS).
const CREATE_NODES = oneText<{ labels: string[]; props: Record<string, unknown> }>(`UNWIND $rows AS row
     CREATE (n:Node:$(row.labels))
     SET n += row.props
     RETURN collect(row.props.id) AS ids, collect(elementId(n)) AS eids`);

// A new relationship's keys written in the CREATE's pattern: `SET r = row.props` read a map per row
// behind an Eager. Rows with properties besides the four (a mention's surface) add them after.
interface CreateRelRow {
  type: string;
  a: string;
  b: string;
  id: PropertyValue;
  reverseId: PropertyValue;
  sources: PropertyValue;
  evidence: PropertyValue;
  extra?: Record<string, PropertyValue>;
}

function createRelRow(r: NewRelRow, ends: { a: string; b: string }): CreateRelRow {
  // The same map as before, split: what a row's own properties hold wins as it did.
  const { id, reverseId, sources, evidence, ...extra }: Record<string, PropertyValue> = { ...r.props, id: r.id, sources: r.sources, evidence: r.evidence };
  return { type: r.type, ...ends, id, reverseId, sources, evidence, ...(Object.keys(extra).length ? { extra } : {}) };
}

const createRelsText = (extra: boolean) => `UNWIND $rows AS row
     MATCH (a) WHERE elementId(a) = $at + row.a
     MATCH (b) WHERE elementId(b) = $at + row.b
     CREATE (a)-[r:$(row.type) {id: row.id, reverseId: row.reverseId, sources: row.sources, evidence: row.evidence}]->(b)${extra ? `
     SET r += coalesce(row.extra, {})` : ''}`;
const CREATE_RELS: Statement<CreateRelRow> = {
  key: (r) => (r.extra ? 'extra' : ''),
  written: (k) => createRelsText(k !== ''),
  dynamic: (rows) => createRelsText(rows.some((r) => r.extra)),
};

// `sources` stays sorted: the document is inserted in order (list comprehensions, no per-row
// subquery), so the same support gives the same list whatever the load order.
const assertNodesText = (labels: string) => `UNWIND $rows AS row
     MERGE (n:Node {id: row.id})
     WITH n, row, coalesce(n.sources, []) AS old
     SET n += row.props, n:${labels},
         n.sources = [s IN old WHERE s < $doc] + $doc + [s IN old WHERE s > $doc]`;
const ASSERT_NODES = statement<NodeRow>(labelsOf, assertNodesText, '$(row.labels)');

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
const ASSERT_RELS = statement<RelRow>(typeOf, assertRelsText, '$(row.type)');

// First loads joining what exists: every document of the run is inserted in order into the lists
// (its own entries cannot be there yet: it was never loaded). One statement for the run, the same
// lists as asserting the documents one after another. New elements carry their sources in their rows.
// Existing nodes and the ends of relationships between them are found by element id, as the CREATEs' ends are.
const joinNodesText = (labels: string) => `UNWIND $rows AS row
     MATCH (n) WHERE elementId(n) = $at + row.e
     SET n += row.props, n:${labels},
         n.sources = reduce(acc = coalesce(n.sources, []), d IN row.sources | [s IN acc WHERE s < d] + d + [s IN acc WHERE s > d])`;
const JOIN_NODES = statement<NewNodeRow & { e: string }>(labelsOf, joinNodesText, '$(row.labels)');

const joinRelsText = (type: string) => `UNWIND $rows AS row
     MATCH (a) WHERE elementId(a) = $at + row.a
     MATCH (b) WHERE elementId(b) = $at + row.b
     MERGE (a)-[r:${type}]->(b)
     SET r += row.props, r.id = row.id
     WITH r, row, [i IN range(0, size(row.sources) - 1) | {doc: row.sources[i], ev: row.evidence[i]}] AS added
     WITH r, reduce(acc = {s: coalesce(r.sources, []), e: coalesce(r.evidence, [])}, x IN added |
            {s: [i IN range(0, size(acc.s) - 1) WHERE acc.s[i] <= x.doc | acc.s[i]] + x.doc + [i IN range(0, size(acc.s) - 1) WHERE acc.s[i] > x.doc | acc.s[i]],
             e: [i IN range(0, size(acc.s) - 1) WHERE acc.s[i] <= x.doc | acc.e[i]] + x.ev + [i IN range(0, size(acc.s) - 1) WHERE acc.s[i] > x.doc | acc.e[i]]}) AS merged
     SET r.sources = merged.s, r.evidence = merged.e`;
const JOIN_RELS = statement<NewRelRow & { a: string; b: string }>(typeOf, joinRelsText, '$(row.type)');

const assertNodes = (tx: ManagedTransaction, documentId: string, rows: NodeRow[]) => batched(tx, documentId, rows, ASSERT_NODES);
const assertRels = (tx: ManagedTransaction, documentId: string, rows: RelRow[]) => batched(tx, documentId, rows, ASSERT_RELS);

const retractRelsText = (type: string) => `UNWIND $rows AS row
     MATCH (a:Node {id: row.start})-[r:${type}]->(b:Node {id: row.end})
     WITH r, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> $doc] AS keep
     SET r.sources = [i IN keep | r.sources[i]], r.evidence = [i IN keep | r.evidence[i]]
     WITH r WHERE size(r.sources) = 0
     DELETE r`;
const RETRACT_RELS = statement<{ start: string; type: string; end: string }>((r) => r.type, retractRelsText, '$(row.type)');

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
