import { defineConfig } from 'vitest/config';

// Two tiers: `unit` (parsers and extractors on fixtures and the corpus, no database) and
// `integration` (the graph and the API on a real Neo4j, prepared once by the global setup).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/ingest/**/*.test.ts', 'test/unit/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/graph/**/*.test.ts', 'test/api/**/*.test.ts', 'test/cli/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
