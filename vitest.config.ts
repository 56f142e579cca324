import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships ESM and CJS builds. Node (yoga, graphql-tools, and our code outside vitest)
// loads the CJS one; vite would hand our own imports the ESM one, and two copies refuse each
// other's schemas and errors. Pointing vite at the CJS entry keeps one copy in tests too.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

// Two tiers: `unit` (parsers and extractors on fixtures and the corpus, no database) and
// `integration` (the graph and the API on a real Neo4j, prepared once by the global setup).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/ingest/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/graph/**/*.test.ts', 'test/api/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/reliability/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
