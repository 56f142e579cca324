// The schema (graph/schema.ts): one unique id for every node, `Node(id)`. A store made by an earlier
// version, with a per-kind id constraint beside it, loses that constraint at the next start; lookups
// by id name `Node` and seek its index instead of scanning their kind's label. Every relationship has
// its keys from both ends (graph/relationship-keys.ts); a store that predates them gets them.
import { describe, expect, it } from 'vitest';
import { ensureSchema, retiredStatements, schemaName, schemaStatements } from '../../graph/schema.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { Emitter } from '../../ingest/emit.ts';
import { RELATIONSHIP_TYPES } from '../../ingest/kinds.ts';
import { query } from '../../queries/index.ts';
import { uniqueDocumentId, useTestDb } from '../db.ts';

const db = useTestDb();

const constraintNames = async (): Promise<string[]> =>
  (await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database: db.name })).records.map((r) => r.get('name'));

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];

describe('schema', () => {
  it('keeps one unique id constraint for nodes, none per kind', async () => {
    const names = await constraintNames();
    expect(names).toContain('node_id');
    for (const drop of retiredStatements()) expect(names).not.toContain(schemaName(drop));
    expect(schemaStatements().filter((s) => s.includes('REQUIRE n.id IS UNIQUE')).map(schemaName).sort()).toEqual(['exposure_profile_id', 'lawgraph_state_id', 'node_id']);
  });

  it('finds every constraint it makes in the index list (ensureSchema reads that list alone)', async () => {
    // A uniqueness constraint owns an index of its own name; a constraint of another kind would not be listed.
    for (const s of schemaStatements().filter((x) => x.includes(' CONSTRAINT '))) expect(s).toMatch(/ IS UNIQUE$/);
    const { records } = await db.driver.executeQuery('SHOW INDEXES YIELD name, owningConstraint RETURN name, owningConstraint', {}, { database: db.name });
    const owned = records.filter((r) => r.get('owningConstraint') !== null).map((r) => [r.get('name'), r.get('owningConstraint')]);
    for (const name of await constraintNames()) expect(owned).toContainEqual([name, name]);
  });

  it("drops an earlier version's per-kind id constraints at the next start", async () => {
    await db.driver.executeQuery('CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE', {}, { database: db.name });
    await db.driver.executeQuery('CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE', {}, { database: db.name });
    expect(await constraintNames()).toEqual(expect.arrayContaining(['company_id', 'provision_id']));
    await ensureSchema(db);
    const names = await constraintNames();
    expect(names).not.toContain('company_id');
    expect(names).not.toContain('provision_id');
    expect(names).toContain('node_id');
  });

  it("drops an earlier version's indexes that no query used at the next start", async () => {
    const indexNames = async () =>
      (await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN name', {}, { database: db.name })).records.map((r) => r.get('name') as string);
    await db.driver.executeQuery('CREATE INDEX passage_document IF NOT EXISTS FOR (n:Passage) ON (n.documentId)', {}, { database: db.name });
    await db.driver.executeQuery('CREATE INDEX norm_modality IF NOT EXISTS FOR (n:Norm) ON (n.modality)', {}, { database: db.name });
    // The per-kind name indexes of earlier versions (names are compared through nameKey).
    await db.driver.executeQuery('CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name)', {}, { database: db.name });
    await db.driver.executeQuery('CREATE INDEX law_name IF NOT EXISTS FOR (n:Law) ON (n.name)', {}, { database: db.name });
    expect(await indexNames()).toEqual(expect.arrayContaining(['passage_document', 'norm_modality', 'company_name', 'law_name']));
    await ensureSchema(db);
    const names = await indexNames();
    expect(names).not.toContain('passage_document');
    expect(names).not.toContain('norm_modality');
    expect(names).not.toContain('company_name');
    expect(names).not.toContain('law_name');
    expect(names).toContain('node_name_key');
  });

  it('every relationship of the model has both keys, as the loader and the rules write them', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Node)-[r]->(b:Node) WHERE type(r) IN $types
       RETURN count(*) AS all, count(CASE WHEN r.id = a.id + '|' + type(r) + '|' + b.id AND r.reverseId = b.id + '|' + type(r) + '|' + a.id THEN 1 END) AS keyed,
              count(CASE WHEN type(r) = 'AMENDS' THEN 1 END) AS derived`,
      { types: RELATIONSHIP_TYPES.map((t) => t.type) },
      { database: db.name },
    );
    expect(records[0]!.get('derived')).toBeGreaterThan(0);
    expect(records[0]!.get('keyed')).toBe(records[0]!.get('all'));
  });

  it('a store loaded before the relationship keys gets them, then their indexes, at the next start', async () => {
    const doc = uniqueDocumentId('schema-keys');
    const e = new Emitter(doc);
    e.node(`doc:${doc}`, ['Document'], { title: 'Keys', kind: 'report', language: 'en' });
    for (const n of ['a', 'b']) e.node(`company:${doc}-${n}`, ['Company'], { name: `Keys ${doc} ${n}` });
    e.rel('OWNED_BY', `company:${doc}-a`, `company:${doc}-b`, { locator: 'a', method: 'catalog', url: 'https://example.org/lawgraph-test' });
    await loadDocument(db, { documentId: doc, sha256: doc, records: e.records() });
    try {
      const key = `MATCH (:Node {id: $a})-[r:OWNED_BY]->(:Node {id: $b})`;
      const ids = { a: `company:${doc}-a`, b: `company:${doc}-b` };
      await db.driver.executeQuery(`${key} REMOVE r.reverseId`, ids, { database: db.name });
      await db.driver.executeQuery('DROP INDEX rel_owned_by_reverse_id IF EXISTS', {}, { database: db.name });
      await ensureSchema(db);
      const { records } = await db.driver.executeQuery(`${key} RETURN r.reverseId AS key`, ids, { database: db.name });
      expect(records[0]!.get('key')).toBe(`company:${doc}-b|OWNED_BY|company:${doc}-a`);
      const indexes = await db.driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state', {}, { database: db.name });
      expect(indexes.records.map((r) => [r.get('name'), r.get('state')])).toContainEqual(['rel_owned_by_reverse_id', 'ONLINE']);
    } finally {
      await removeDocument(db, doc);
    }
  });

  it.each([
    ['norms-by-provision', { ids: ['prov:x'] }],
    ['provision-context', { ids: ['prov:x'] }],
    ['version-links', { ids: ['lawv:x'] }],
    ['versions-by-law', { ids: ['law:x'] }],
    ['norm-links', { ids: ['norm:x'] }],
  ])('%s seeks the Node(id) index', async (name, params) => {
    const res = await db.driver.executeQuery(`EXPLAIN ${query(name)}`, params, { database: db.name });
    const ops = operators(res.summary.plan as unknown as Plan);
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops.filter((o) => o.startsWith('NodeByLabelScan'))).toEqual([]);
  });
});
