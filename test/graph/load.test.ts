// The loader on the real Neo4j: idempotent loads, re-ingest and removal touch only the document's
// own support, and a load that fails half-way leaves nothing of that document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emitter } from '../../ingest/emit.ts';
import { graphChecksum } from '../../graph/checksum.ts';
import type { Database } from '../../graph/database.ts';
import { BATCH_SIZE, loadDocument, loadDocuments, removeDocument, type LoadUnit } from '../../graph/load.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';

let db: Database;
const a = uniqueDocumentId('load-a');
const b = uniqueDocumentId('load-b');
const shared = `company:${a}-shared`; // an entity both documents name
const other = `law:${a}-law`;
const prefixes = [`doc:${a}`, `doc:${b}`, `passage:${a}`, `passage:${b}`, shared, other];

/** A small report-like document: passages naming the shared entity, and one fact about it. */
function doc(id: string, sha: string, opts: { mentionShared?: boolean; passages?: number } = {}): LoadUnit {
  const emit = new Emitter(id);
  emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
  if (opts.mentionShared !== false) {
    emit.node(shared, ['Company'], { name: 'Shared Co' });
    emit.node(other, ['Law'], { name: 'Some Act' });
    emit.rel('RESTRICTS', other, shared, { locator: 'sec_1.p_1.s_1', quote: `quote from ${id}`, method: 'pattern:restricts', confidence: 0.8 });
  }
  for (let i = 1; i <= (opts.passages ?? 2); i++) {
    const p = emit.node(`passage:${id}:sec_1.p_${i}.s_1`, ['Passage'], { documentId: id, text: `sentence ${i} of ${sha}` });
    emit.rel('HAS_PASSAGE', `doc:${id}`, p, { locator: `sec_1.p_${i}.s_1`, method: 'structure' });
    if (opts.mentionShared !== false) emit.rel('MENTIONS', p, shared, { locator: `sec_1.p_${i}.s_1`, quote: `sentence ${i}`, method: 'pattern:alias' });
  }
  return { documentId: id, sha256: sha, records: emit.records() };
}

async function sourcesOf(id: string): Promise<string[] | undefined> {
  const { records } = await db.driver.executeQuery('MATCH (n:Node {id: $id}) RETURN n.sources AS s', { id }, { database: db.name });
  return records[0]?.get('s');
}

async function restricts(): Promise<{ sources: string[]; evidence: string[] } | undefined> {
  const { records } = await db.driver.executeQuery(
    'MATCH (:Node {id: $from})-[r:RESTRICTS]->(:Node {id: $to}) RETURN r.sources AS sources, r.evidence AS evidence',
    { from: other, to: shared },
    { database: db.name },
  );
  return records[0]?.toObject() as { sources: string[]; evidence: string[] } | undefined;
}

beforeAll(async () => {
  db = await connectTestDb();
});

afterAll(async () => {
  await removeDocument(db, a);
  await removeDocument(db, b);
  const left = await graphChecksum(db, prefixes);
  await db.close();
  expect(left.nodes).toBe(0);
});

describe('loader', () => {
  it('keeps one node per entity and the support of every document', async () => {
    expect((await loadDocument(db, doc(a, 'a1'))).status).toBe('loaded');
    expect((await loadDocument(db, doc(b, 'b1'))).status).toBe('loaded');
    expect(await sourcesOf(shared)).toEqual([a, b].sort());
    const r = await restricts();
    expect(r?.sources).toEqual([a, b].sort());
    expect(r?.evidence.map((e) => JSON.parse(e).quote).sort()).toEqual([`quote from ${a}`, `quote from ${b}`].sort());
  });

  it('loading the same input twice leaves the graph exactly as after once', async () => {
    const before = await graphChecksum(db, prefixes);
    expect((await loadDocument(db, doc(a, 'a1'))).status).toBe('unchanged');
    expect(await graphChecksum(db, prefixes)).toEqual(before);
    // Even a forced reload (retract then assert) ends in the same content.
    expect((await loadDocument(db, doc(a, 'a1'), { force: true })).status).toBe('loaded');
    expect(await graphChecksum(db, prefixes)).toEqual(before);
  });

  it('re-ingest of a changed document replaces only its own support', async () => {
    await loadDocument(db, doc(a, 'a2', { mentionShared: false, passages: 1 }));
    // a's stale passage is gone, b's facts are untouched, the shared fact keeps b's evidence only.
    expect(await sourcesOf(`passage:${a}:sec_1.p_2.s_1`)).toBeUndefined();
    expect(await sourcesOf(`passage:${b}:sec_1.p_2.s_1`)).toEqual([b]);
    expect(await sourcesOf(shared)).toEqual([b]);
    const r = await restricts();
    expect(r?.sources).toEqual([b]);
    expect(r?.evidence).toHaveLength(1);
  });

  it('remove deletes what only that document supported', async () => {
    expect(await removeDocument(db, b)).toBe(true);
    expect(await sourcesOf(shared)).toBeUndefined();
    expect(await restricts()).toBeUndefined();
    expect(await sourcesOf(`doc:${a}`)).toEqual([a]);
    expect(await removeDocument(db, b)).toBe(false);
  });

  it('large groups (labels written into the statement) and small ones (dynamic labels) load, reload and retract alike', async () => {
    const d = uniqueDocumentId('load-d');
    const count = async () => {
      const { records } = await db.driver.executeQuery(
        `RETURN COUNT { (p:Node:Passage {documentId: $d}) } AS passages, COUNT { (:Document {id: 'doc:' + $d})-[:HAS_PASSAGE]->() } AS has,
                COUNT { (:Passage {documentId: $d})-[:MENTIONS]->() } AS mentions`,
        { d },
        { database: db.name },
      );
      return records[0]!.toObject();
    };
    try {
      await loadDocument(db, doc(d, 'd1', { passages: 600 }));
      expect(await count()).toEqual({ passages: 600, has: 600, mentions: 600 });
      const loaded = await graphChecksum(db, [`doc:${d}`, `passage:${d}`]);
      await loadDocument(db, doc(d, 'd1', { passages: 600 }), { force: true });
      expect(await graphChecksum(db, [`doc:${d}`, `passage:${d}`])).toEqual(loaded);
      await loadDocument(db, doc(d, 'd2', { passages: 3 }));
      expect(await count()).toEqual({ passages: 3, has: 3, mentions: 3 });
    } finally {
      await removeDocument(db, d);
    }
    expect(await count()).toEqual({ passages: 0, has: 0, mentions: 0 });
  });

  it('a load that fails half-way leaves the graph as it was for that document', async () => {
    const before = await graphChecksum(db, prefixes);
    // More passages than one batch, then a property Neo4j refuses (a list of mixed types):
    // the first batch is written inside the transaction before the failure rolls it all back.
    const bad = doc(a, 'a3', { passages: BATCH_SIZE + 10 });
    const last = bad.records.filter((r) => r.type === 'node').at(-1)!;
    (last.properties as Record<string, unknown>).broken = [1, 'two'];
    await expect(loadDocument(db, bad)).rejects.toThrow();
    expect(await graphChecksum(db, prefixes)).toEqual(before);
  });

  it('a first load (the bulk CREATE path) that fails half-way leaves nothing of that document', async () => {
    const c = uniqueDocumentId('load-c');
    const bad = doc(c, 'c1', { passages: BATCH_SIZE + 10 });
    const last = bad.records.filter((r) => r.type === 'node').at(-1)!;
    (last.properties as Record<string, unknown>).broken = [1, 'two'];
    const sharedBefore = await sourcesOf(shared);
    await expect(loadDocument(db, bad)).rejects.toThrow();
    expect((await graphChecksum(db, [`doc:${c}`, `passage:${c}`])).nodes).toBe(0);
    expect(await sourcesOf(shared)).toEqual(sharedBefore);
  });

  it('first loads of two documents at once that name the same new entity keep one node with both sources', async () => {
    const ids = [uniqueDocumentId('load-x'), uniqueDocumentId('load-y')].sort();
    const fresh = `company:${ids[0]}-fresh`;
    const unit = (id: string): LoadUnit => {
      const emit = new Emitter(id);
      emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
      emit.node(fresh, ['Company'], { name: 'Fresh Co' });
      const p = emit.node(`passage:${id}:sec_1.p_1.s_1`, ['Passage'], { documentId: id, text: 'Fresh Co.' });
      emit.rel('MENTIONS', p, fresh, { locator: 'sec_1.p_1.s_1', quote: 'Fresh Co.', method: 'pattern:alias' });
      return { documentId: id, sha256: id, records: emit.records() };
    };
    // Both may see the entity missing and CREATE it: the constraint refuses the second, which loads again through MERGE.
    const results = await Promise.all(ids.map((id) => loadDocument(db, unit(id))));
    expect(results.map((r) => r.status)).toEqual(['loaded', 'loaded']);
    expect(await sourcesOf(fresh)).toEqual(ids);
    for (const id of ids) await removeDocument(db, id);
    expect(await sourcesOf(fresh)).toBeUndefined();
  });

  it('documents loaded together in one transaction leave the graph that loading them one by one leaves', async () => {
    const [x, y] = [uniqueDocumentId('load-gx'), uniqueDocumentId('load-gy')].sort();
    const entity = `company:${x}-group`;
    const law = `law:${x}-group`;
    // Both name one new entity (with different labels and properties) and one new relationship with their evidence.
    const unit = (id: string, label: string, props: Record<string, string>): LoadUnit => {
      const emit = new Emitter(id);
      emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
      emit.node(entity, ['Company', label], props);
      emit.node(law, ['Law'], { name: 'Group Act' });
      emit.rel('RESTRICTS', law, entity, { locator: 'sec_1.p_1.s_1', quote: `quote from ${id}`, method: 'pattern:restricts', confidence: 0.8 });
      emit.rel('RESTRICTS', law, entity, { locator: 'sec_1.p_2.s_1', quote: `again from ${id}`, method: 'pattern:restricts', confidence: 0.7 });
      return { documentId: id, sha256: id, records: emit.records() };
    };
    const units = [unit(y, 'Organization', { name: 'Group Co', description: 'from y' }), unit(x, 'Company', { name: 'Group Co', country: 'x' })];
    const ids = [`doc:${x}`, `doc:${y}`, entity, law];
    for (const u of units) expect((await loadDocument(db, u)).status).toBe('loaded');
    const oneByOne = await graphChecksum(db, ids);
    for (const id of [x, y]) await removeDocument(db, id);
    expect((await graphChecksum(db, ids)).nodes).toBe(0);
    expect((await loadDocuments(db, units)).map((r) => r.status)).toEqual(['loaded', 'loaded']);
    expect(await graphChecksum(db, ids)).toEqual(oneByOne);
    expect((await loadDocuments(db, units)).map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    for (const id of [x, y]) await removeDocument(db, id);
    expect((await graphChecksum(db, ids)).nodes).toBe(0);
  });

  it('a first load joining an existing node gives every relationship the ends its id names', async () => {
    // The bulk path finds ends by element id, sent shortened by a prefix: with one existing node
    // the prefix of the existing ids alone is that node's whole id, and would not fit the new ones.
    const [first, second] = [uniqueDocumentId('load-e1'), uniqueDocumentId('load-e2')];
    const entity = `company:${first}-known`;
    const unit = (id: string): LoadUnit => {
      const emit = new Emitter(id);
      emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
      emit.node(entity, ['Company'], { name: 'Known Co' });
      for (let i = 1; i <= 3; i++) {
        const p = emit.node(`passage:${id}:sec_1.p_${i}.s_1`, ['Passage'], { documentId: id, text: `Known Co, ${i}.` });
        emit.rel('HAS_PASSAGE', `doc:${id}`, p, { locator: `sec_1.p_${i}.s_1`, method: 'structure' });
        emit.rel('MENTIONS', p, entity, { locator: `sec_1.p_${i}.s_1`, quote: 'Known Co', method: 'pattern:alias' });
      }
      return { documentId: id, sha256: id, records: emit.records() };
    };
    try {
      for (const id of [first, second]) expect((await loadDocument(db, unit(id))).status).toBe('loaded');
      const { records } = await db.driver.executeQuery(
        'MATCH (a:Node)-[r]->(b:Node) WHERE $doc IN r.sources RETURN r.id AS id, a.id + "|" + type(r) + "|" + b.id AS ends',
        { doc: second },
        { database: db.name },
      );
      expect(records).toHaveLength(6);
      for (const r of records) expect(r.get('ends')).toBe(r.get('id'));
    } finally {
      for (const id of [first, second]) await removeDocument(db, id);
    }
  });

  it("a first load whose own-looking node (passage:<its id>:...) another document made already still loads, alone or in a group", async () => {
    // The lookup before the CREATEs skips ids scoped to the document (passages, norms): here the
    // guess is wrong, the constraint refuses the CREATE, and the document loads again through MERGE.
    const [early, owner, peer] = [uniqueDocumentId('load-o1'), uniqueDocumentId('load-o2'), uniqueDocumentId('load-o3')];
    const taken = `passage:${owner}:sec_1.p_1.s_1`;
    const earlyUnit = (): LoadUnit => {
      const emit = new Emitter(early);
      emit.node(`doc:${early}`, ['Document'], { title: early, kind: 'report' });
      emit.node(taken, ['Passage'], { documentId: owner, text: 'made by another document' });
      emit.rel('HAS_PASSAGE', `doc:${early}`, taken, { locator: 'sec_1.p_1.s_1', method: 'structure' });
      return { documentId: early, sha256: early, records: emit.records() };
    };
    const ids = [`doc:${early}`, `doc:${owner}`, `doc:${peer}`, `passage:${owner}`, `passage:${peer}`];
    try {
      expect((await loadDocument(db, earlyUnit())).status).toBe('loaded');
      expect((await loadDocument(db, doc(owner, 'o', { mentionShared: false }))).status).toBe('loaded');
      expect(await sourcesOf(taken)).toEqual([early, owner].sort());
      expect((await graphChecksum(db, [`passage:${owner}`])).nodes).toBe(2);
      const alone = await graphChecksum(db, ids);
      await removeDocument(db, owner);
      expect(await sourcesOf(taken)).toEqual([early]);
      const outcomes = await loadDocuments(db, [doc(owner, 'o', { mentionShared: false }), doc(peer, 'p', { mentionShared: false })]);
      expect(outcomes.map((r) => r.status)).toEqual(['loaded', 'loaded']);
      await removeDocument(db, peer);
      expect(await graphChecksum(db, ids)).toEqual(alone);
    } finally {
      for (const id of [early, owner, peer]) await removeDocument(db, id);
    }
  });

  it('a bad document in a group fails alone: the others load, nothing of it is written', async () => {
    const [g1, g2] = [uniqueDocumentId('load-g1'), uniqueDocumentId('load-g2')];
    const bad = doc(g2, 'g2', { passages: 3 });
    (bad.records.filter((r) => r.type === 'node').at(-1)!.properties as Record<string, unknown>).broken = [1, 'two'];
    const sharedBefore = await sourcesOf(shared);
    const outcomes = await loadDocuments(db, [doc(g1, 'g1', { passages: 3 }), bad]);
    try {
      expect(outcomes.map((r) => r.status)).toEqual(['loaded', 'failed']);
      expect((await graphChecksum(db, [`doc:${g1}`, `passage:${g1}`])).nodes).toBe(4);
      expect((await graphChecksum(db, [`doc:${g2}`, `passage:${g2}`])).nodes).toBe(0);
      expect(await sourcesOf(shared)).toEqual([...(sharedBefore ?? []), g1].sort());
    } finally {
      await removeDocument(db, g1);
    }
  });

  it("a suggestion supported by several sentences carries its strongest support's predicate and confidence, every support's quote, whatever the order", async () => {
    // SUGGESTS' predicate and confidence are the edge's summary of its supports (each support's own are its evidence's
    // method and confidence): the highest confidence, the first in the evidence's order on a tie.
    const [x, y] = [uniqueDocumentId('load-sx'), uniqueDocumentId('load-sy')].sort();
    const body = `authority:${x}-body`;
    const firm = `company:${x}-firm`;
    const unit = (id: string, supports: [string, string, number][]): LoadUnit => {
      const emit = new Emitter(id);
      emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
      emit.node(body, ['Authority'], { name: 'Suggesting Body' });
      emit.node(firm, ['Company'], { name: 'Suggested Firm' });
      for (const [locator, predicate, confidence] of supports) {
        emit.rel('SUGGESTS', body, firm, { locator, quote: `${predicate} in ${id} ${locator}`, method: `model:${predicate.toLowerCase()}`, confidence }, { predicate, confidence });
      }
      return { documentId: id, sha256: `${id}:${supports.length}`, records: emit.records() };
    };
    const edge = async () => {
      const { records } = await db.driver.executeQuery(
        'MATCH (:Node {id: $from})-[r:SUGGESTS]->(:Node {id: $to}) RETURN r.predicate AS predicate, r.confidence AS confidence, r.evidence AS evidence',
        { from: body, to: firm },
        { database: db.name },
      );
      const r = records[0]?.toObject() as { predicate: string; confidence: number; evidence: string[] } | undefined;
      return r && { predicate: r.predicate, confidence: r.confidence, quotes: r.evidence.map((e) => (JSON.parse(e) as { quote: string }).quote) };
    };
    // The strongest support is neither the first emitted nor the last.
    const ux = unit(x, [['sec_1.p_1.s_1', 'RESTRICTS', 0.3], ['sec_1.p_2.s_1', 'REGULATES', 0.7], ['sec_1.p_3.s_1', 'INVESTIGATES', 0.2]]);
    const uy = unit(y, [['sec_1.p_1.s_1', 'DESIGNATES', 0.9]]);
    const quotesX = ['RESTRICTS in', 'REGULATES in', 'INVESTIGATES in'].map((q, i) => `${q} ${x} sec_1.p_${i + 1}.s_1`);
    try {
      expect((await loadDocument(db, ux)).status).toBe('loaded');
      expect(await edge()).toEqual({ predicate: 'REGULATES', confidence: 0.7, quotes: quotesX });
      // A second document's stronger support wins; removing it gives back the first document's strongest.
      expect((await loadDocument(db, uy)).status).toBe('loaded');
      expect(await edge()).toMatchObject({ predicate: 'DESIGNATES', confidence: 0.9 });
      expect((await edge())!.quotes).toHaveLength(4);
      const both = await graphChecksum(db, [body, firm]);
      await removeDocument(db, y);
      expect(await edge()).toMatchObject({ predicate: 'REGULATES', confidence: 0.7 });
      // Loaded the other way round, one by one or together: the same edge.
      await removeDocument(db, x);
      for (const u of [uy, ux]) expect((await loadDocument(db, u)).status).toBe('loaded');
      expect(await graphChecksum(db, [body, firm])).toEqual(both);
      for (const id of [x, y]) await removeDocument(db, id);
      expect((await loadDocuments(db, [uy, ux])).map((r) => r.status)).toEqual(['loaded', 'loaded']);
      expect(await graphChecksum(db, [body, firm])).toEqual(both);
      // A re-ingest that drops the strongest support of its document, the other two tied: the first (by locator).
      await removeDocument(db, y);
      expect((await loadDocument(db, unit(x, [['sec_1.p_1.s_1', 'RESTRICTS', 0.3], ['sec_1.p_3.s_1', 'INVESTIGATES', 0.3]]))).status).toBe('loaded');
      expect(await edge()).toEqual({ predicate: 'RESTRICTS', confidence: 0.3, quotes: [quotesX[0], quotesX[2]] });
    } finally {
      for (const id of [x, y]) await removeDocument(db, id);
    }
  });
});
