// The GraphQL server as a value (graphql-yoga): `listen` happens elsewhere (api/listen.ts), and
// tests call `yoga.fetch` in-process. Read-only, limited, with masked errors carrying a request id.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { randomUUID } from 'node:crypto';
import { createYoga, maskError } from 'graphql-yoga';
import type { Database } from '../graph/database.ts';
import { createContext } from './context.ts';
import { documentLoaders } from './domains/documents.ts';
import { buildSchema } from './schema.ts';

export interface ApiOptions {
  db: Database;
  queryTimeoutMs?: number;
  corsOrigin?: string;
  graphiql?: boolean;
}

export const LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000 };

export type Api = ReturnType<typeof createApi>;

export function createApi(opts: ApiOptions) {
  const schema = buildSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: opts.graphiql === false ? false : { title: 'lawgraph', defaultQuery: DEFAULT_QUERY },
    cors: opts.corsOrigin ? { origin: opts.corsOrigin.split(','), methods: ['GET', 'POST'] } : undefined,
    context: ({ request }) => {
      const ctx = createContext(opts.db, opts.queryTimeoutMs ?? 5000);
      return { ...ctx, requestId: request.headers.get('x-request-id') ?? randomUUID(), loaders: documentLoaders(ctx) };
    },
    maskedErrors: {
      // Unexpected errors reach clients as "Unexpected error." with a request id to quote; the
      // detail goes to the server log only. GraphQLErrors we raise on purpose pass through.
      maskError(error, message, isDev) {
        const masked = maskError(error, message, isDev);
        const original = (error as { originalError?: Error }).originalError;
        if (masked !== error && original) console.error(`lawgraph api: ${original.stack ?? original.message}`);
        return masked;
      },
    },
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        maxAliases: { n: LIMITS.maxAliases },
        costLimit: { maxCost: LIMITS.maxCost },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: false },
      }),
    ],
  });
}

const DEFAULT_QUERY = /* GraphQL */ `# lawgraph: laws, companies and technologies, every fact with its quote.
{
  stats { nodes relationships documents }
  documents { documentId title kind language }
  search(query: "情报工作", kinds: [Provision], first: 5) {
    edges { node { id label snippet score } }
  }
}
`;
