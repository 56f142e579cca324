// The server over a stub of the named-query layer: what the query layer throws reaches clients
// masked, with the request id; bad arguments and oversized requests are refused before any query.
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PAGE } from '../../../api/cursor.ts';
import { MAX_RELATIONS } from '../../../api/domains/base.ts';
import { MAX_HOPS } from '../../../api/domains/paths.ts';
import { MAX_QUERY_CHARS } from '../../../api/domains/search.ts';
import { LIMITS } from '../../../api/server.ts';
import { company, exposureRow } from './rows.ts';
import { stubApi } from './stub.ts';

describe('errors from the query layer', () => {
  const logged: unknown[][] = [];
  const consoleError = console.error;
  beforeEach(() => {
    console.error = (...args: unknown[]) => logged.push(args); // the server logs the detail
  });
  afterEach(() => {
    console.error = consoleError;
    logged.length = 0;
  });

  it('are masked as "Unexpected error." with the request id; the detail goes to the log only', async () => {
    const t = stubApi({ stats: new Error('secret internal detail') });
    const r = await t.gql('{ stats { nodes } }', undefined, 'req-123');
    expect(r.headers.get('x-request-id')).toBe('req-123');
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.message).toBe('Unexpected error.');
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(JSON.stringify(r.body)).not.toContain('secret');
    expect(String(logged.flat().join(' '))).toContain('secret internal detail');
  });

  it('masks a failure in a nested, batched field too, keeping the data that resolved', async () => {
    const t = stubApi({ 'nodes-by-id': [{ id: company.id, node: company }], 'relations-of': new Error('secret') });
    const r = await t.gql('{ node(id: "company:acme") { id relations { type } } }', undefined, 'req-456');
    expect(r.body.data).toEqual({ node: null });
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.requestId, e.path])).toEqual([['Unexpected error.', 'req-456', ['node', 'relations']]]);
  });

  it('lets the named errors of the query layer through (QUERY_TIMEOUT), with the request id', async () => {
    const timeout = new GraphQLError('The query took longer than 5000 ms and was stopped; narrow it down.', { extensions: { code: 'QUERY_TIMEOUT' } });
    const t = stubApi({ stats: timeout });
    const r = await t.gql('{ stats { nodes } }', undefined, 'req-789');
    expect(r.body.errors?.[0]).toMatchObject({ message: timeout.message, extensions: { code: 'QUERY_TIMEOUT', requestId: 'req-789' } });
    expect(logged).toEqual([]);
  });

  it('makes up a request id when the client sends a strange one', async () => {
    const t = stubApi({ stats: new Error('x') });
    const r = await t.gql('{ stats { nodes } }', undefined, 'bad id with spaces');
    const id = r.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.body.errors?.[0]?.extensions?.requestId).toBe(id);
  });
});

describe('partial answers', () => {
  it('a failing top-level field is null with its error; the fields beside it still answer', async () => {
    const t = stubApi({
      exposure: [{ ...exposureRow, candidates: [], companyId: null }],
      search: [{ node: { ...company, lawName: null }, score: 3, exact: true, rank: 3.6 }],
      stats: new Error('internal'),
    });
    const consoleError = console.error;
    console.error = () => {};
    try {
      const r = await t.gql('{ exposure(company: "Nobody") { asOf } search(query: "Acme") { edges { node { id } } } stats { nodes } }');
      expect(r.body.data).toEqual({ exposure: null, search: { edges: [{ node: { id: 'company:acme' } }] }, stats: null });
      expect(r.body.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual(expect.arrayContaining([['exposure', 'NOT_FOUND'], ['stats', 'INTERNAL_SERVER_ERROR']]));
    } finally {
      console.error = consoleError;
    }
  });
});

describe('refused before any query is made', () => {
  const cases: [string, string, RegExp][] = [
    ['a page over the cap', `{ search(query: "data", first: ${MAX_PAGE + 1}) { edges { cursor } } }`, /"first" must be between 1/],
    ['an empty page', '{ neighbors(id: "company:acme", first: 0) { edges { cursor } } }', /"first" must be between 1/],
    ['a cursor that is not one', '{ search(query: "data", after: "bm90IGEgY3Vyc29y") { edges { cursor } } }', /invalid cursor/],
    ['too long a search string', `{ search(query: "${'x'.repeat(MAX_QUERY_CHARS + 1)}") { edges { cursor } } }`, /longer than 256/],
    ['too many hops', `{ paths(from: "a", to: "b", maxHops: ${MAX_HOPS + 1}) { length } }`, /"maxHops" must be between 1/],
    ['zero hops', '{ paths(from: "a", to: "b", maxHops: 0) { length } }', /"maxHops" must be between 1/],
    ['a law by both id and name', '{ law(id: "law:cn:test-law", name: "Test Law") { id } }', /exactly one of "id" or "name"/],
    ['a company by neither', '{ company { id } }', /exactly one of "id" or "name"/],
    ['a provision by id and article', '{ provision(id: "prov:x:art_1", article: "1") { id } }', /either "id", or "document" and "article"/],
    ['a provision without its article', '{ provision(document: "cn-test-law-2022") { id } }', /either "id", or "document" and "article"/],
    ['a timeline that ends before it starts', '{ timeline(from: "2023-01-01", to: "2022-01-01") { date } }', /"from" is after "to"/],
    ['a date that is not in the calendar', '{ timeline(from: "2023-02-30") { date } }', /calendar date/],
    ['a date in another format', '{ exposure(company: "Acme", asOf: "01/06/2025") { asOf } }', /calendar date/],
    ['an unknown kind', '{ search(query: "data", kinds: [Spaceship]) { edges { cursor } } }', /Spaceship/],
    ['an unknown field', '{ stats { secrets } }', /Cannot query field "secrets"/],
    ['a page of costly size', '{ search(query: "data", first: 1000) { edges { cursor } } }', /Cost limit of 5000 exceeded/],
    ['too many aliases', `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: stats { nodes }`).join(' ')} }`, /aliases/i],
    ['too deep', `{ node(id: "x") { ${Array.from({ length: LIMITS.maxDepth / 2 + 1 }).reduce<string>((q) => `relations(first: 1) { node { ${q} } }`, 'id')} } }`, /depth limit/i],
  ];

  for (const [what, query, error] of cases) {
    it(what, async () => {
      const t = stubApi({});
      const r = await t.gql(query);
      expect(r.body.errors?.map((e) => e.message).join(' ')).toMatch(error);
      expect(t.calls).toEqual([]);
    });
  }

  it('a refused document is refused again when it comes back (parse and validation are cached per document)', async () => {
    const t = stubApi({});
    const tooManyTokens = `{ ${Array.from({ length: LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    for (const [query, error] of [...cases.slice(-4).map(([, q, e]) => [q, e] as const), [tooManyTokens, /token limit/i] as const]) {
      const first = await t.gql(query);
      const again = await t.gql(query);
      expect(first.body.errors?.map((e) => e.message).join(' ')).toMatch(error);
      expect(again.body).toEqual(first.body);
      expect(again.status).toBe(first.status);
    }
    expect(t.calls).toEqual([]);
  });

  it('relations over the cap: after the parent is read, before its relations are', async () => {
    const t = stubApi({ 'nodes-by-id': [{ id: company.id, node: company }] });
    const r = await t.gql(`{ node(id: "company:acme") { relations(first: ${MAX_RELATIONS + 1}) { type } } }`);
    expect(r.body.errors?.[0]?.message).toBe(`"first" must be between 1 and ${MAX_RELATIONS}`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(t.calls.map((c) => c.name)).toEqual(['nodes-by-id']);
  });

  it('a blank search string asks nothing and finds nothing', async () => {
    const t = stubApi({});
    const r = await t.gql('{ search(query: "   ") { edges { cursor } pageInfo { hasNextPage endCursor } } }');
    expect(r.body).toEqual({ data: { search: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } });
    expect(t.calls).toEqual([]);
  });
});
