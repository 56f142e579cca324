// The warm-up after listening (api/warm-up.ts) must ask the statements the explorer's first clicks
// run, as the API defines them: the named queries, with the parameters their resolvers send.
import { describe, expect, it } from 'vitest';
import { neo4jQueries } from '../../api/context.ts';
import { createApi } from '../../api/server.ts';
import { PLAN_TIMEOUT_MS, planOnce, warmStatements, warmUp } from '../../api/warm-up.ts';
import type { Database } from '../../graph/database.ts';
import { query } from '../../queries/index.ts';
import { queryDocument } from '../../web/gql.ts';

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : Number.isInteger(v) ? 'integer' : typeof v);
const kinds = (params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, kind(v)]));
const parameters = (cypher: string) => [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

/** An empty store's counts: `stats` always answers one row. */
const EMPTY_STATS = { nodeCounts: [], relationshipCounts: [], documents: 0, lastLoadedAt: null };

/** The named queries an explorer page's own document runs, recorded from the API's resolvers (no rows answered, but
 *  an empty store's one row of `stats`). */
async function statementsOf(page: string, variables: Record<string, unknown>) {
  const seen: { name: string; params: Record<string, unknown> }[] = [];
  const api = createApi({
    graphiql: false,
    queries: (name, params) => {
      seen.push({ name, params });
      return Promise.resolve(name === 'stats' ? [EMPTY_STATS] : []);
    },
  });
  await api.fetch('http://lawgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: queryDocument(page), variables }),
  });
  return seen;
}

describe('warm-up statements', () => {
  it('are named queries of the API, each given exactly the parameters its text reads', () => {
    for (const { name, params } of warmStatements()) {
      expect(Object.keys(params).sort(), name).toEqual(parameters(query(name)));
    }
  });

  it('cover the first clicks, with the parameter types the resolvers send', async () => {
    const warm = warmStatements();
    const clicks = [
      ['search', { q: 'drone' }],
      ['entity', { id: 'company:dji' }],
      ['company', { company: 'DJI' }],
      ['paths', { from: 'company:dji', to: 'technology:lidar' }],
      ['passages', { id: 'doc:report' }],
    ] as const;
    const asked = new Set<string>();
    for (const [page, variables] of clicks) {
      for (const { name, params } of await statementsOf(page, variables)) {
        asked.add(name);
        const same = warm.filter((s) => s.name === name).map((s) => kinds(s.params));
        expect(same, `${page} runs ${name}`).toContainEqual(kinds(params));
      }
    }
    expect([...asked].sort()).toEqual(expect.arrayContaining(['exposure', 'nodes-by-id', 'paths', 'search']));
  });

  it("cover the home page's question, the one a start asks before it listens", async () => {
    const warm = warmStatements();
    const asked = await statementsOf('home', {});
    expect(asked.map((s) => s.name).sort()).toEqual(['documents', 'stats']);
    for (const { name, params } of asked) expect(warm.filter((s) => s.name === name).map((s) => kinds(s.params)), name).toContainEqual(kinds(params));
  });
});

/** A database whose sessions record each statement's time limit and answer with no rows, or fail as Neo4j does when
 *  a transaction's time limit stops it, while `timingOut` says so. */
function fakeDatabase() {
  const runs: { cypher: string; timeout: unknown }[] = [];
  const state = { timingOut: false };
  const session = {
    run(cypher: string, _params: unknown, config: { timeout?: unknown }) {
      runs.push({ cypher, timeout: config?.timeout });
      if (state.timingOut) {
        return Promise.reject(Object.assign(new Error('The transaction has been terminated.'), { code: 'Neo.ClientError.Transaction.TransactionTimedOut' }));
      }
      return Promise.resolve({ records: [] });
    },
    close: () => Promise.resolve(),
  };
  const db = { name: 'neo4j', driver: { session: () => session, executeQueryBookmarkManager: undefined } } as unknown as Database;
  return { db, runs, state };
}

describe('plans stopped by the time limit', () => {
  it('the warm-up gives each statement time to be planned, far beyond the API limit', async () => {
    const { db, runs } = fakeDatabase();
    const done = await warmUp(db, () => false, () => {});
    expect(done).toBe(warmStatements().length);
    expect(runs.map((r) => r.timeout)).toEqual(warmStatements().map(() => PLAN_TIMEOUT_MS));
    expect(PLAN_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
  });

  it("a named query's first run waits for its plan, made once under the long limit; later runs do not", async () => {
    const { db, runs } = fakeDatabase();
    const run = neo4jQueries(db, 5000, (name) => planOnce(db, name));
    await Promise.all([run('exposure', { company: 'DJI' }), run('exposure', { company: 'BYD' })]);
    await run('exposure', { company: 'DJI' });
    expect(runs).toEqual([
      { cypher: query('exposure'), timeout: PLAN_TIMEOUT_MS },
      { cypher: query('exposure'), timeout: PLAN_TIMEOUT_MS }, // by an id and by a short name
      { cypher: query('exposure'), timeout: 5000 },
      { cypher: query('exposure'), timeout: 5000 },
      { cypher: query('exposure'), timeout: 5000 },
    ]);
  });

  it('a name the warm-up does not know runs at once, and a plan that failed does not stop the query', async () => {
    const { db, runs, state } = fakeDatabase();
    expect(await planOnce(db, 'timeline')).toBe(0);
    state.timingOut = true;
    expect(await planOnce(db, 'search', () => {})).toBe(0);
    state.timingOut = false;
    const run = neo4jQueries(db, 5000, (name) => planOnce(db, name));
    await run('search', {});
    expect(runs.map((r) => r.timeout)).toEqual([PLAN_TIMEOUT_MS, PLAN_TIMEOUT_MS, 5000]);
  });
});
