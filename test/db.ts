// Integration tests connect to the Neo4j the global setup prepared.
import { afterAll, beforeAll, inject } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../graph/database.ts';

export async function connectTestDb(): Promise<Database> {
  const base = loadConfig();
  return openDatabase({
    ...base,
    neo4j: { ...base.neo4j, uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') },
  });
}

/** A document id no other test uses, so a test removes exactly what it made. */
export function uniqueDocumentId(name: string): string {
  return `test-${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The test Neo4j of one test file: connected before its tests and closed after them. Its members are usable inside tests
 *  (and hooks registered after this call), where the connected database stands behind them. */
export function useTestDb(): Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await connectTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });
  const live = (): Database => {
    if (!db) throw new Error('useTestDb(): the database is connected by beforeAll; use it inside a test or a later hook');
    return db;
  };
  return {
    get driver() {
      return live().driver;
    },
    get name() {
      return live().name;
    },
    get uri() {
      return live().uri;
    },
    get embedded() {
      return live().embedded;
    },
    close: () => live().close(),
  };
}
