// Abuse of the API, beyond test/api/server.test.ts: fan-out inside the depth limit, huge pages on
// every paginated field, token and directive floods, batches, mutations, hostile search strings
// (Cypher and Lucene syntax, 10k characters), and body size over a real socket (api/listen.ts).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRead } from '../../api/context.ts';
import { listen, MAX_BODY_BYTES } from '../../api/listen.ts';
import { LIMITS } from '../../api/server.ts';
import { useApi } from '../api/client.ts';

const t = useApi();

const messages = (r: { body: { errors?: { message: string }[] } }) => (r.body.errors ?? []).map((e) => e.message).join(' | ');

describe('expensive queries are refused before the database', () => {
  it('fan-out within the depth limit (relations(first: 100) nested four times)', async () => {
    let q = 'id';
    for (let i = 0; i < 4; i++) q = `relations(first: 100) { node { ${q} } }`;
    const r = await t.gql(`{ node(id: "company:dji") { ${q} } }`);
    expect(messages(r)).toMatch(/Cost limit/);
    expect(r.roundTrips).toBe(0);
  });

  it.each([
    ['search', '{ search(query: "data", first: 100000) { edges { cursor } } }'],
    ['neighbors', '{ neighbors(id: "company:dji", first: 100000) { edges { cursor } } }'],
    ['relations', '{ node(id: "company:dji") { relations(first: 100000) { type } } }'],
  ])('first: 100000 on %s', async (_, query) => {
    const r = await t.gql(query);
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(messages(r)).toMatch(/Cost limit|"first" must be between/);
    expect(r.roundTrips).toBe(0);
  });

  it('negative and zero pages', async () => {
    for (const first of [0, -1]) {
      const r = await t.gql(`{ search(query: "data", first: ${first}) { edges { cursor } } }`);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.roundTrips).toBe(0);
    }
  });

  it('a token flood', async () => {
    const r = await t.gql(`{ stats { ${'nodes '.repeat(LIMITS.maxTokens + 10)} } }`);
    expect(messages(r)).toMatch(/token/i);
    expect(r.roundTrips).toBe(0);
  });

  it('a directive flood', async () => {
    const r = await t.gql(`{ stats { nodes ${'@include(if: true) '.repeat(50)} } }`);
    expect(messages(r)).toMatch(/directive/i);
    expect(r.roundTrips).toBe(0);
  });

  it('fragment cycles', async () => {
    const r = await t.gql('{ stats { ...A } } fragment A on Stats { ...B } fragment B on Stats { ...A }');
    expect(r.body.errors?.length).toBeGreaterThan(0);
    expect(r.roundTrips).toBe(0);
  });

  it('a batch of queries in one request is not a way around the limits', async () => {
    const batch = Array.from({ length: 50 }, () => ({ query: '{ stats { nodes } }' }));
    const res = await t.api.fetch('http://lawgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('the API cannot write', () => {
  it('a mutation is refused (the schema has no Mutation type)', async () => {
    const r = await t.gql('mutation { createNode(id: "x") { id } }');
    expect(messages(r)).toMatch(/mutation/i);
    expect(r.roundTrips).toBe(0);
  });

  it.each([
    'CREATE (n:Node {id: $id}) RETURN n',
    'MERGE (n:Node {id: $id}) RETURN n',
    'MATCH (n:Node {id: "company:dji"}) SET n.hacked = $id RETURN n',
    'MATCH (n:Node {id: "company:dji"}) DETACH DELETE n',
    'CREATE INDEX hacked IF NOT EXISTS FOR (n:Hacked) ON (n.id)',
  ])('runRead refuses %s', async (cypher) => {
    const id = `test:abuse-${process.pid}`;
    await expect(runRead(t.db, cypher, { id }, 5000)).rejects.toThrow();
    const { records } = await t.db.driver.executeQuery(
      'MATCH (n:Node) WHERE n.id = $id OR n.hacked IS NOT NULL RETURN count(n) AS n',
      { id },
      { database: t.db.name },
    );
    expect(records[0]!.get('n')).toBe(0);
    const dji = await t.db.driver.executeQuery('MATCH (n:Node {id: "company:dji"}) RETURN count(n) AS n', {}, { database: t.db.name });
    expect(dji.records[0]!.get('n')).toBe(1);
  });
});

describe('hostile search strings are harmless', () => {
  const hostile = [
    '") RETURN 1 //',
    "' OR 1=1 --",
    '*:*',
    'title:(a OR b)~',
    'text:/.*/',
    '\\',
    '\\\\\\',
    '"unbalanced',
    '((((',
    ')))',
    '[a TO z]',
    '{a TO z}',
    'a AND OR NOT b',
    '&& || !',
    '~0.5^10',
    'data*?',
    '}}}]]]',
    'CALL db.labels() YIELD label RETURN label',
    '$query',
    '\u0000\u0001',
    '情报 AND 数据',
    'x'.repeat(10_000),
    'data '.repeat(2_000),
    '情报'.repeat(5_000),
  ];

  it.each(hostile.map((s) => [s.length > 40 ? `${s.slice(0, 20)}… (${s.length} chars)` : JSON.stringify(s), s]))('%s', async (_, query) => {
    const r = await t.gql('query ($q: String!) { search(query: $q, first: 5) { edges { node { id label } } } }', { q: query });
    expect(r.status).toBeLessThan(500);
    const text = JSON.stringify(r.body);
    expect(text).not.toMatch(/Neo\.|Cypher|lucene|ParseException|TooManyClauses|at .*\.(ts|js):\d+/i);
    // Either hits (taken literally) or a named input error; never a masked internal error.
    for (const e of r.body.errors ?? []) expect(e.extensions?.code, e.message).toBe('BAD_USER_INPUT');
  });
});

describe('request bodies over HTTP (api/listen.ts)', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    server = await listen(t.api, 0, '127.0.0.1');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A raw POST; `chunked` sends no content-length, so the size is only known while reading. */
  function post(body: string, chunked = false): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json' };
      if (!chunked) headers['content-length'] = Buffer.byteLength(body);
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
        let data = '';
        res.setEncoding('utf8').on('data', (d: string) => (data += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      });
      req.on('error', reject);
      if (chunked) {
        for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.slice(i, i + 16 * 1024));
        req.end();
      } else req.end(body);
    });
  }

  const big = JSON.stringify({ query: `{ stats { nodes } }${' '.repeat(MAX_BODY_BYTES + 10)}` });

  it('a normal request passes', async () => {
    const r = await post(JSON.stringify({ query: '{ stats { documents } }' }));
    expect(r.status).toBe(200);
  });

  it('an oversized body with content-length gets 413', async () => {
    const r = await post(big);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].message).toMatch(/larger than/);
  });

  it('an oversized chunked body (no content-length) also gets 413, not a dropped connection', async () => {
    const r = await post(big, true).catch((err: Error) => ({ status: -1, body: err.message }));
    expect(r.status, r.body).toBe(413);
  });

  it('malformed JSON over the socket gets 400', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
  });

  it('the server still answers after all of that', async () => {
    const r = await post(JSON.stringify({ query: '{ stats { documents } }' }));
    expect(r.status).toBe(200);
  });
});
