// The GraphQL server as a value (graphql-yoga): `listen` happens elsewhere (api/listen.ts), and
// tests call `yoga.fetch` in-process. Read-only, limited, with masked errors carrying a request id.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import { randomUUID } from 'node:crypto';
import type { Database } from '../graph/database.ts';
import { createContext, neo4jQueries, ownProperties, type ApiContext, type QueryRunner } from './context.ts';
import { allowFastPath, executedResultPlugin } from './fast-path.ts';
import { createJit } from './jit.ts';
import { planOnce } from './warm-up.ts';
import { jsonBytesPlugin } from './serialize.ts';
import { buildSchema } from './schema.ts';
import { explorerPlugin } from '../web/explorer.ts';
import { renderOfflineGraphiQL } from '../web/graphiql.ts';

interface ApiSettings {
  queryTimeoutMs?: number;
  corsOrigin?: string;
  graphiql?: boolean;
  /** Sees each request's context (tests count its round trips; metrics could too). */
  onContext?: (ctx: ApiContext) => void;
  /** Where unexpected errors are logged (the server's pino logger); stderr when absent. */
  logger?: { error(obj: object, msg: string): void };
}

/** The named queries run on Neo4j (`db`), or on a runner that stands in for it (`queries`, tests). */
export type ApiOptions = ApiSettings & ({ db: Database } | { queries: QueryRunner });

const MASKED_MESSAGE = 'Unexpected error.';

export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000 };

export type Api = ReturnType<typeof createApi>;

const requestIds = new WeakMap<Request, string>();

/** A client's own x-request-id is kept when it is a plain token; otherwise one is made up. */
export function requestIdFrom(given: string | null | undefined): string {
  return given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    id = requestIdFrom(request.headers.get('x-request-id'));
    requestIds.set(request, id);
  }
  return id;
}

/**
 * An error we raised on purpose: the innermost cause is a GraphQLError. Checked by name, not
 * instanceof, because a test runner may load two copies of graphql (ESM and CJS).
 */
function intended(error: unknown): boolean {
  let e = error as { name?: string; originalError?: unknown } | undefined;
  while (e?.originalError) e = e.originalError as typeof e;
  return e?.name === 'GraphQLError';
}

/** Every response says its request id (header), and so does every error (extensions.requestId). */
function requestIdPlugin(): Plugin {
  // Rebuilt field by field (not by instanceof) for the same two-copies reason as above.
  const withId = (e: GraphQLError, requestId: string) =>
    new GraphQLError(e.message, {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      path: e.path,
      originalError: e.originalError,
      extensions: { ...e.extensions, requestId },
    });
  return {
    onResultProcess({ request, result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      const id = requestIdOf(request);
      const tag = (r: ExecutionResult): ExecutionResult =>
        r.errors ? { ...r, errors: r.errors.map((e) => withId(e as GraphQLError, id)) } : r;
      setResult(Array.isArray(result) ? result.map(tag) : tag(result as ExecutionResult));
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}

export function createApi(opts: ApiOptions) {
  const schema = buildSchema();
  // A named query's first run waits for its plan, made under the warm-up's own limit (api/warm-up.ts planOnce).
  const run = 'queries' in opts ? opts.queries : neo4jQueries(opts.db, opts.queryTimeoutMs ?? 5000, (name) => planOnce(opts.db, name));
  const jit = createJit();
  const contextFor = (requestId: string) => {
    const ctx = createContext(run, requestId);
    opts.onContext?.(ctx);
    return ctx;
  };
  // Unexpected errors reach clients as "Unexpected error." with the request id to quote; the
  // detail goes to the server log only. GraphQLErrors we raise on purpose pass through.
  const masked = (error: unknown, message: string, isDev?: boolean): Error => {
    if (intended(error)) return error as Error;
    const m = maskError(error, message, isDev);
    const original = (error as { originalError?: Error }).originalError;
    if (m !== error && original) {
      if (opts.logger) opts.logger.error({ err: original }, 'unexpected error (masked for the client)');
      else console.error(`lawgraph api: ${original.stack ?? original.message}`);
    }
    return m;
  };
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // api/listen.ts bounds every body (declared or chunked) at MAX_BODY_BYTES before yoga reads it;
    // yoga's own 25 MB check re-streams each body through a TransformStream, a third of its cost.
    maxRequestBodySize: false,
    graphiql: opts.graphiql === false ? false : { title: 'lawgraph', defaultQuery: DEFAULT_QUERY },
    // GraphiQL's assets are served by lawgraph itself (web/graphiql.ts), never from a CDN.
    renderGraphiQL: renderOfflineGraphiQL,
    cors: opts.corsOrigin
      ? { origin: opts.corsOrigin.split(',').map((o) => o.trim()), methods: ['GET', 'POST'], exposedHeaders: ['x-request-id'] }
      : undefined,
    // The fast path (api/fast-path.ts) settles the request id before yoga's context exists.
    context: (initial) => ownProperties(contextFor((initial as { requestId?: string }).requestId ?? requestIdOf(initial.request))),
    maskedErrors: { maskError: masked, errorMessage: MASKED_MESSAGE },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: false },
      }),
      requestIdPlugin(),
      jit.plugin,
      // Every other path: the web explorer's pages, rendered from this API's own answers.
      explorerPlugin({ graphqlEndpoint: '/graphql' }),
      jsonBytesPlugin(),
      executedResultPlugin(),
    ],
  });
  if (!opts.corsOrigin) {
    allowFastPath(yoga, {
      endpoint: '/graphql',
      requestIdFrom,
      compiled: jit.compiled,
      context: contextFor,
      // As envelop's maskedErrors plugin masks an executed result's errors with yoga's options.
      mask: (r) => ({ ...r, errors: r.errors?.map((e) => masked(e, MASKED_MESSAGE) as GraphQLError) }),
    });
  }
  return yoga;
}

const DEFAULT_QUERY = /* GraphQL */ `# lawgraph: laws, companies and technologies, every fact with its quote.
# More examples: docs/queries.md
{
  exposure(company: "DJI") {
    items {
      kind
      statement
      provision { displayName text }
      evidence { documentId locator quote }
    }
  }
  search(query: "情报工作", kinds: [Provision], first: 5) {
    edges { node { id label snippet score } }
  }
}
`;
