// In-process GraphQL client for the API tests: requests go through yoga.fetch (no port), and
// each response comes with the context of its request, so tests can count round trips.
import { afterAll, beforeAll } from 'vitest';
import type { ApiContext } from '../../api/context.ts';
import { createApi } from '../../api/server.ts';
import type { Database } from '../../graph/database.ts';
import { connectTestDb } from '../db.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
export type Any = Record<string, any>;

export interface Reply<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] };
  /** Round trips to Neo4j this request made (0 when it never reached a resolver). */
  roundTrips: number;
}

export interface TestApi {
  db: Database;
  api: ReturnType<typeof createApi>;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<Reply<T>>;
  close(): Promise<void>;
}

export async function startApi(): Promise<TestApi> {
  const db = await connectTestDb();
  const contexts = new Map<string, ApiContext>();
  const api = createApi({ db, graphiql: false, queryTimeoutMs: 30_000, onContext: (ctx) => contexts.set(ctx.requestId, ctx) });
  let n = 0;
  return {
    db,
    api,
    async gql(query, variables) {
      const requestId = `test-${process.pid}-${++n}`;
      const res = await api.fetch('http://lawgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': requestId },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      const roundTrips = contexts.get(requestId)?.roundTrips.count ?? 0;
      contexts.delete(requestId);
      return { status: res.status, headers: res.headers, body, roundTrips };
    },
    close: () => db.close(),
  };
}

/** The API of one test file: started before its tests and closed after them. Its members are usable inside tests
 *  (and hooks registered after this call), where the started API stands behind them. */
export function useApi(): TestApi {
  let started: TestApi | undefined;
  beforeAll(async () => {
    started = await startApi();
  });
  afterAll(async () => {
    await started?.close();
  });
  const live = (): TestApi => {
    if (!started) throw new Error('useApi(): the API is started by beforeAll; use it inside a test or a later hook');
    return started;
  };
  return {
    get db() {
      return live().db;
    },
    get api() {
      return live().api;
    },
    gql: (query, variables) => live().gql(query, variables),
    close: () => live().close(),
  };
}
