// Per-request context: read-only access to named queries with a transaction timeout, a request
// id, and the request's DataLoaders (batching is per request, so no cache outlives a request).
// Resolvers reach the graph only through `read(name, params)`; what runs the named queries is a
// QueryRunner: Neo4j in the server, canned rows in the database-free tests (test/api/schema).
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { type Database, isUnavailable } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface ApiContext {
  read<T = Record<string, unknown>>(name: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Round trips made for this request (the N+1 test counts them). */
  roundTrips: { count: number };
  requestId: string;
  loaders: Loaders;
}

/** Runs the named query `name` (queries/<name>.cypher) with its parameters; resolves to its rows. */
export type QueryRunner = (name: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const NO_NOTIFICATIONS = { minimumSeverityLevel: 'OFF' } as const;

/**
 * Runs one statement in a READ transaction with a timeout. The only path from the API to the
 * database; exported so a test can prove that this path refuses writes.
 * An auto-commit transaction: RUN and PULL go in one round trip, where a managed one (executeQuery)
 * costs three (BEGIN, RUN + PULL, COMMIT), the largest fixed cost of a lookup. READ access mode
 * makes the server refuse writes all the same; bookmarks are shared with driver.executeQuery, so
 * a read still follows the writes made through it (causal consistency on a cluster); a read that
 * lost its server (a cluster member going away) is tried once more, as a managed transaction
 * would be. A timeout is never retried.
 * Notifications are switched off: nothing here reads them, and a statement that has one (the
 * server warns on every resolve-refs run that no node has a `shortName`) makes the server build
 * and send it, and the driver parse it, on each run.
 */
export async function runRead(db: Database, cypher: string, params: Record<string, unknown>, timeoutMs: number) {
  for (let attempt = 1; ; attempt++) {
    const session = db.driver.session({
      database: db.name,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: db.driver.executeQueryBookmarkManager,
      notificationFilter: NO_NOTIFICATIONS,
    });
    try {
      const { records } = await withoutStackTrace(() => session.run(cypher, integers(params), { timeout: timeoutMs }));
      return records.map((r) => r.toObject());
    } catch (err) {
      if (attempt > 1 || !isUnavailable(err)) throw err;
    } finally {
      await session.close();
    }
  }
}

/**
 * The driver builds and formats a stack trace for every result it creates (to point a later error
 * at the caller), a fifth of a lookup's time in the driver. The API's errors are masked and logged
 * by code and message, so the result is created (synchronously) without one.
 */
function withoutStackTrace<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** JS numbers travel as floats; SKIP, LIMIT and counts need integers, so whole numbers go as such. */
function integers(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));
}

/** The named queries on Neo4j, each in a READ transaction with a timeout; driver errors named. Before a named query's
 *  first answer through this runner, `prepare(name)` is awaited (api/warm-up.ts planOnce: its plan made without the
 *  time limit, which stops a statement Neo4j is still planning and leaves no plan, so that on a cold JVM on a busy
 *  machine every try was stopped at the same point). */
export function neo4jQueries(db: Database, timeoutMs: number, prepare?: (name: string) => Promise<unknown>): QueryRunner {
  const answered = new Set<string>();
  return async (name, params) => {
    try {
      if (prepare && !answered.has(name)) await prepare(name);
      const rows = await runRead(db, query(name), params, timeoutMs);
      answered.add(name);
      return rows;
    } catch (err) {
      throw domainError(err, timeoutMs);
    }
  };
}

/**
 * A request's context as a class: its methods are shared, so making one costs one small object
 * (an object literal with a getter and its own closures took about 2 us a request, more than the
 * rest of a prepared lookup's GraphQL work; issue 17).
 */
class RequestContext implements ApiContext {
  readonly roundTrips = { count: 0 };
  readonly requestId: string;
  private readonly run: QueryRunner;
  private made: Loaders | undefined;

  constructor(run: QueryRunner, requestId: string) {
    this.run = run;
    this.requestId = requestId;
  }

  /** Made on first use: a lookup answered by one read (most requests) needs none of the nine. */
  get loaders(): Loaders {
    this.made ??= createLoaders(this);
    return this.made;
  }

  read<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.roundTrips.count++;
    try {
      return Promise.resolve(this.run(name, params)) as Promise<T[]>;
    } catch (err) {
      return Promise.reject(err);
    }
  }
}

export function createContext(run: QueryRunner, requestId: string): ApiContext {
  return new RequestContext(run, requestId);
}

/**
 * The context as own properties, for yoga: it copies what its context function returns onto its
 * own context object (Object.assign), which would leave a class's methods behind.
 */
export function ownProperties(ctx: ApiContext): ApiContext {
  return {
    roundTrips: ctx.roundTrips,
    requestId: ctx.requestId,
    read: ctx.read.bind(ctx),
    get loaders() {
      return ctx.loaders;
    },
  };
}

/** Driver errors a client can act on become named errors; anything else stays masked. */
function domainError(err: unknown, timeoutMs: number): unknown {
  const code = String((err as { code?: string }).code ?? '');
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.Terminated')) {
    return new GraphQLError(`The query took longer than ${timeoutMs} ms and was stopped; narrow it down.`, {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new GraphQLError('The graph database is unavailable; try again shortly.', { extensions: { code: 'DATABASE_UNAVAILABLE' } });
  }
  return err;
}
