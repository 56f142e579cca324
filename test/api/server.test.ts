// Safety at the API boundary: limits refused before the database, masked internal errors with a
// request id, malformed requests, CORS (read-only transactions: context.test.ts).
import { describe, expect, it } from 'vitest';
import { MAX_PAGE } from '../../api/cursor.ts';
import { createApi, LIMITS } from '../../api/server.ts';
import type { Database } from '../../graph/database.ts';
import { useApi } from './client.ts';

const t = useApi();

describe('limits, refused before any database round trip', () => {
  it('too deep', async () => {
    let q = 'id';
    for (let i = 0; i < LIMITS.maxDepth / 2 + 1; i++) q = `relations(first: 1) { node { ${q} } }`;
    const r = await t.gql(`{ node(id: "company:dji") { ${q} } }`);
    expect(r.body.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit of 10/i);
    expect(r.roundTrips).toBe(0);
  });

  it('too many aliases', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const r = await t.gql(`{ ${fields} }`);
    expect(r.body.errors?.[0]?.message).toMatch(/aliases/i);
    expect(r.roundTrips).toBe(0);
  });

  it('a costly page (first: 1000): the cost limit counts first', async () => {
    const r = await t.gql('{ search(query: "data", first: 1000) { edges { cursor } } }');
    expect(r.body.errors?.[0]?.message).toMatch(/Cost limit of 5000 exceeded/);
    expect(r.roundTrips).toBe(0);
  });

  it('a page larger than the cap, even when cheap', async () => {
    const r = await t.gql(`{ search(query: "data", first: ${MAX_PAGE + 1}) { edges { cursor } } }`);
    expect(r.body.errors?.[0]?.message).toBe(`"first" must be between 1 and ${MAX_PAGE}`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.roundTrips).toBe(0);
  });

  it('too many hops', async () => {
    const r = await t.gql('{ paths(from: "DJI", to: "jur:us", maxHops: 9) { length } }');
    expect(r.body.errors?.[0]?.message).toMatch(/maxHops/);
    expect(r.roundTrips).toBe(0);
  });
});

describe('errors', () => {
  it('masks unexpected errors, with the request id in extensions and the x-request-id header', async () => {
    const broken = {
      name: 'neo4j',
      driver: { executeQuery: () => Promise.reject(new Error('secret internal detail')) },
    } as unknown as Database;
    const api = createApi({ db: broken, graphiql: false });
    const error = console.error;
    console.error = () => {}; // the detail is logged server-side; keep the test output clean
    try {
      const res = await api.fetch('http://lawgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-123' },
        body: JSON.stringify({ query: '{ stats { nodes } }' }),
      });
      const body = await res.json();
      expect(res.headers.get('x-request-id')).toBe('req-123');
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Unexpected error.');
      expect(body.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
      expect(JSON.stringify(body)).not.toContain('secret');
    } finally {
      console.error = error;
    }
  });

  it('makes up a request id when none (or a strange one) is sent', async () => {
    const res = await t.api.fetch('http://lawgraph.test/graphql?query=%7Bstats%7Bnodes%7D%7D', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.api.fetch('http://lawgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: '{"query": "{ stats { nodes } }"',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const api = createApi({ db: t.db, graphiql: false, corsOrigin: 'https://newsroom.example' });
    const ok = await api.fetch('http://lawgraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST' },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
    const other = await api.fetch('http://lawgraph.test/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });
});
