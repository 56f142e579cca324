// The fast path (api/fast-path.ts) over a real socket: every request gets the answer yoga gives it
// (status, content type, request id, body), whichever path took it; answers without errors are
// written by the fast path, answers with errors by yoga from the result the fast path executed
// (the query layer is called once), and requests of another shape go to yoga untouched.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fastPathCounts } from '../../../api/fast-path.ts';
import { listen } from '../../../api/listen.ts';
import { createApi } from '../../../api/server.ts';
import { company } from './rows.ts';
import { type Call, stubQueries } from './stub.ts';

// An answer larger than the one write of header and body the fast path makes for small ones
// (api/fast-path.ts endWith), its text not all ASCII.
const long = { ...company, id: 'company:long', description: '无人机 test data, invented. '.repeat(1000) };
const { run, calls } = stubQueries({
  'nodes-by-id': (p) => [company, long].filter((n) => (p.ids as string[]).includes(n.id)).map((n) => ({ id: n.id, node: n })),
  stats: new Error('secret internal detail'),
});
let contextRequestId: string | undefined;
const api = createApi({ queries: run, graphiql: false, onContext: (ctx) => { contextRequestId = ctx.requestId; } });
let server: http.Server;
let port: number;
beforeAll(async () => {
  server = await listen(api, 0, '127.0.0.1');
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const consoleError = console.error;
beforeEach(() => {
  console.error = () => {}; // masked errors are logged; not this test's subject
});
afterEach(() => {
  console.error = consoleError;
});

interface Answer {
  status: number;
  type: string | null;
  requestId: string | null;
  body: string;
}

/** The request over HTTP to listen(), as a client sends it. */
function overHttp(body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type'] ?? null, requestId: (res.headers['x-request-id'] as string) ?? null, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The same request through yoga alone. */
async function viaYoga(body: string, headers: Record<string, string>): Promise<Answer> {
  // A copy: yoga's Request sets content-length on the object it is given.
  const res = await api.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { ...headers }, body });
  return { status: res.status, type: res.headers.get('content-type'), requestId: res.headers.get('x-request-id'), body: await res.text() };
}

const JSON_POST = { 'content-type': 'application/json', 'x-request-id': 'req-fast' };
const gql = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

async function compare(body: string, headers: Record<string, string> = JSON_POST) {
  const before = { ...fastPathCounts };
  const seen = calls.length;
  const overSocket = await overHttp(body, headers);
  const made: Call[] = calls.slice(seen);
  const counts = { served: fastPathCounts.served - before.served, handedOn: fastPathCounts.handedOn - before.handedOn };
  const prepared = fastPathCounts.prepared - before.prepared;
  const yoga = await viaYoga(body, headers);
  expect(overSocket).toEqual(yoga);
  return { answer: overSocket, counts, prepared, made };
}

describe('the fast path answers as yoga does', () => {
  it('writes an answer without errors itself', async () => {
    const r = await compare(gql(`{ node(id: "${company.id}") { id displayName ... on Company { name nameZh aliases } } }`));
    expect(r.counts, r.answer.body).toEqual({ served: 1, handedOn: 0 });
    expect(r.answer.status).toBe(200);
    expect(r.answer.type).toBe('application/json; charset=utf-8');
    expect(r.answer.requestId).toBe('req-fast');
    expect(JSON.parse(r.answer.body).data.node.nameZh).toBe('阿克米无人机');
  });

  it('writes small and large answers as the same UTF-8 bytes yoga writes', async () => {
    const small = await compare(gql(`{ node(id: "${company.id}") { id ... on Company { nameZh } } }`));
    const large = await compare(gql(`{ node(id: "${long.id}") { id ... on Company { nameZh description } } }`));
    expect(Buffer.byteLength(large.answer.body)).toBeGreaterThan(16 * 1024);
    for (const r of [small, large]) expect(r.counts).toEqual({ served: 1, handedOn: 0 });
    expect(JSON.parse(small.answer.body).data.node.nameZh).toBe('阿克米无人机');
    expect(JSON.parse(large.answer.body).data.node.description).toBe(long.description);
  });

  it('a null answer, variables and an operation name', async () => {
    expect((await compare(gql('{ node(id: "company:none") { id } }'))).counts).toEqual({ served: 1, handedOn: 0 });
    const named = gql('query A($id: ID!) { node(id: $id) { id } } query B { __typename }', { variables: { id: company.id }, operationName: 'A' });
    expect((await compare(named)).counts).toEqual({ served: 1, handedOn: 0 });
    expect((await compare(gql('{ __typename }'), { ...JSON_POST, accept: '*/*' })).counts).toEqual({ served: 1, handedOn: 0 });
  });

  it('hands an answer with errors to yoga without running the query again (masked, with the request id)', async () => {
    const r = await compare(gql('{ stats { nodes } }'));
    expect(r.counts).toEqual({ served: 0, handedOn: 1 });
    expect(r.made.map((c) => c.name)).toEqual(['stats']);
    expect(r.answer.body).not.toContain('secret');
    expect(JSON.parse(r.answer.body).errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { requestId: 'req-fast' } });
  });

  it('hands refusals to yoga: limits, syntax, validation, a mutation, bad parameters, malformed JSON', async () => {
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `relations(first: 1) { node { ${deep} } }`;
    for (const body of [
      gql(`{ node(id: "${company.id}") { ${deep} } }`),
      gql('{ node(id: '),
      gql('{ nothingHere }'),
      gql('mutation { nothing }'),
      gql('{ __typename }', { variables: [1] }),
      gql('{ __typename }', { extra: 1 }),
      JSON.stringify([{ query: '{ __typename }' }]),
      '{"query": ',
    ]) {
      const r = await compare(body);
      expect(r.counts, body).toEqual({ served: 0, handedOn: 1 });
      expect(r.made).toEqual([]);
      expect(JSON.parse(r.answer.body).errors?.length, body).toBeGreaterThan(0);
    }
  });

  it('runs a document it has seen pass as prepared: same answers, errors masked, variables checked', async () => {
    const text = `{ node(id: "${company.id}") { id ... on Company { name aliases } } }`;
    const first = await compare(gql(text));
    const again = await compare(gql(text));
    expect(again.prepared).toBe(1);
    expect(again.counts).toEqual({ served: 1, handedOn: 0 });
    expect(again.answer).toEqual(first.answer);

    // Variables of the wrong type are refused on the prepared route too, in graphql-js's words.
    const byId = 'query Q($id: ID!) { node(id: $id) { id } } query R { __typename }';
    expect((await compare(gql(byId, { variables: { id: company.id }, operationName: 'Q' }))).prepared).toBe(0);
    const refused = await compare(gql(byId, { variables: { id: { not: 'an id' } }, operationName: 'Q' }));
    expect(refused.prepared).toBe(1);
    expect(refused.counts).toEqual({ served: 0, handedOn: 1 });
    expect(JSON.parse(refused.answer.body).errors[0].message).toContain('$id');
    // The operation name is part of what was prepared: R of the same text is another operation.
    const r = await compare(gql(byId, { operationName: 'R' }));
    expect(r.prepared).toBe(0);
    expect(JSON.parse(r.answer.body).data).toEqual({ __typename: 'Query' });

    // An unexpected error is masked on the prepared route as yoga masks it, and read once.
    await compare(gql('{ stats { nodes } }'));
    const failed = await compare(gql('{ stats { nodes } }'));
    expect(failed.prepared).toBe(1);
    expect(failed.made.map((c) => c.name)).toEqual(['stats']);
    expect(failed.answer.body).not.toContain('secret');
    expect(JSON.parse(failed.answer.body).errors[0]).toMatchObject({ message: 'Unexpected error.', extensions: { requestId: 'req-fast' } });
  });

  it('never prepares a refused document: the limits refuse it every time', async () => {
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `relations(first: 1) { node { ${deep} } }`;
    for (let i = 0; i < 2; i++) {
      const r = await compare(gql(`{ node(id: "${company.id}") { ${deep} } }`));
      expect(r).toMatchObject({ prepared: 0, counts: { served: 0, handedOn: 1 }, made: [] });
      expect(JSON.parse(r.answer.body).errors[0].message).toMatch(/depth/i);
    }
  });

  it('leaves other requests to yoga: another media type accepted, an Origin', async () => {
    for (const headers of [
      { ...JSON_POST, accept: 'application/graphql-response+json' },
      { ...JSON_POST, origin: 'https://elsewhere.example' },
    ]) {
      const r = await compare(gql('{ __typename }'), headers);
      expect(r.counts).toEqual({ served: 0, handedOn: 0 });
    }
  });

  it('makes up a request id for a strange one, the same in the header and the context', async () => {
    const r = await overHttp(gql('{ __typename }'), { ...JSON_POST, 'x-request-id': 'not a token!' });
    expect(r.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(contextRequestId).toBe(r.requestId);
  });
});
