// Vitest global setup: the integration tests' Neo4j. With NEO4J_URI set, that server is used;
// otherwise embedded Neo4j starts on a free port with a temporary data folder, removed afterwards.
// The reference corpus is loaded once here (idempotent), so tests can ask questions of it; tests
// that add documents of their own use unique ids and remove them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../config.ts';
import { openDatabase, type Database } from '../../graph/database.ts';
import { ingestPaths } from '../../graph/pipeline.ts';
import { ensureSchema } from '../../graph/schema.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** The embedded server's data folder (its logs/debug.log included); empty when NEO4J_URI names a server. */
    neo4jDataDir: string;
    /** Corpus documents the setup failed to load, "file: reason" (test/graph/corpus-load.test.ts wants none). */
    corpusFailed: string[];
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const tmp = config.neo4j.uri ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-test-'));
  const db: Database = await openDatabase(
    { ...config, neo4j: { ...config.neo4j, heap: '1g', pageCache: '512m', embeddedPort: 0 } },
    { dataDir: tmp, log: (l) => console.error(`[neo4j] ${l}`) },
  );
  let r: Awaited<ReturnType<typeof ingestPaths>>;
  try {
    await ensureSchema(db);
    r = await ingestPaths(db, [config.corpus]);
  } catch (err) {
    await db.close(); // never leave the JVM behind a failed setup
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  for (const f of r.failed) console.error(`[corpus] failed: ${f.file}: ${f.reason}`);
  project.provide('neo4jUri', db.uri);
  project.provide('neo4jUser', config.neo4j.user);
  project.provide('neo4jPassword', config.neo4j.password);
  project.provide('neo4jDataDir', tmp ?? '');
  project.provide('corpusFailed', r.failed.map((f) => `${f.file}: ${f.reason}`));
  await db.driver.close();
  return async () => {
    await db.embedded?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  };
}
