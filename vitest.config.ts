import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests share one Neo4j; files run in parallel but each cleans only what it made.
    fileParallelism: true,
  },
});
