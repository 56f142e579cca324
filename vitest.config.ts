import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// graphql 16 ships ESM and CJS builds. Node (yoga, graphql-tools, and our code outside vitest)
// loads the CJS one; vite would hand our own imports the ESM one, and two copies refuse each
// other's schemas and errors. Pointing vite at the CJS entry keeps one copy in tests too.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Tests mirror the source tree (a test of X/y.ts is test/X/y.test.ts); the folder says the tier.
// `unit`, no database: test/ingest (parsers and extractors on fixtures and the corpus),
// test/api/schema (the GraphQL schema and resolvers over a stub of the named-query layer),
// test/graph/exposure (the exposure derivation, a pure function), the explorer's pure parts
// (test/web/units, test/web/queries) and the bench's (test/bench).
// `integration`: the graph, the API, the CLI, reliability and the web explorer on a real Neo4j,
// prepared once by the global setup.
const WITHOUT_DATABASE = ['test/bench/**/*.test.ts', 'test/graph/unsign-jar.test.ts', 'test/graph/embedded.test.ts', 'test/graph/schema-new-store.test.ts', 'test/api/schema/**/*.test.ts', 'test/graph/exposure/**/*.test.ts', 'test/web/units.test.ts', 'test/web/queries.test.ts'];
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/ingest/**/*.test.ts', ...WITHOUT_DATABASE],
          // One module graph per worker, not one per file (re-importing per file was most of the project's time).
          // Safe as long as a reading leaves nothing that changes the next: the one such effect found, V8 compiling
          // an inline modifier group (?i:a|b) differently as a process ages, is kept out of our expressions
          // (caselessPattern; compiled-anyhow.test.ts), and the project passed in shuffled orders without isolation.
          // So a test must not mutate a shared module, its data or the process (vi.mock, stubbed globals or env,
          // V8 flags): it builds its own copy, or a child process.
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/graph/**/*.test.ts', 'test/api/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/web/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...WITHOUT_DATABASE],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
