// In-process GraphQL client for the API tests: requests go through yoga.fetch (no port), and
// each response comes with the context of its request, so tests can count round trips.
import type { ApiContext } from '../../api/context.ts';
import { createApi } from '../../api/server.ts';
import type { Database } from '../../graph/database.ts';
import { connectTestDb } from '../db.ts';

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
