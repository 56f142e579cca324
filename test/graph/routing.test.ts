// A routing URI (neo4j://, what a cluster or Aura is reached by) against the test server: the loader's
// writes go where the router sends writes, the API reads with READ routing, and the bookmarks the
// driver carries between them make a read right after a load see what was loaded (on a cluster, the
// read replica that answers waits for that bookmark: causal consistency between load and read).
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/server.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Database } from '../../graph/database.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { Emitter } from '../../ingest/emit.ts';
import { uniqueDocumentId } from '../db.ts';

let db: Database;
const id = uniqueDocumentId('routing');
const company = `company:${id}-routed`;

beforeAll(async () => {
  const base = loadConfig();
  const uri = inject('neo4jUri').replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
  db = await openDatabase({ ...base, neo4j: { ...base.neo4j, uri, user: inject('neo4jUser'), password: inject('neo4jPassword') } });
});

afterAll(async () => {
  await removeDocument(db, id).catch(() => undefined);
  await db?.close();
});

async function companyName(api: ReturnType<typeof createApi>): Promise<unknown> {
  const res = await api.fetch('http://lawgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!) { company(id: $id) { name } }', variables: { id: company } }),
  });
  const body = (await res.json()) as { data?: { company: { name: string } | null }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data?.company?.name ?? null;
}

describe('a routing URI (neo4j://)', () => {
  it('the server hands the driver a routing table with readers and writers', async () => {
    expect(db.uri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    const { records } = await db.driver.executeQuery('CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN [s IN servers | s.role] AS roles', { db: db.name }, { database: db.name });
    expect(records[0]?.get('roles')).toEqual(expect.arrayContaining(['READ', 'WRITE', 'ROUTE']));
  });

  it('a read through the API right after a load sees it, and right after a removal does not', async () => {
    const api = createApi({ db, graphiql: false, queryTimeoutMs: 30_000 });
    const emit = new Emitter(id);
    emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
    emit.node(company, ['Company'], { name: 'Routed Co' });
    const p = emit.node(`passage:${id}:sec_1.p_1.s_1`, ['Passage'], { documentId: id, text: 'Routed Co.' });
    emit.rel('MENTIONS', p, company, { locator: 'sec_1.p_1.s_1', quote: 'Routed Co.', method: 'pattern:alias' });
    expect((await loadDocument(db, { documentId: id, sha256: id, records: emit.records() })).status).toBe('loaded');
    expect(await companyName(api)).toBe('Routed Co');
    await removeDocument(db, id);
    expect(await companyName(api)).toBeNull();
  });
});
