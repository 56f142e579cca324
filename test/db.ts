// Integration tests connect to the Neo4j the global setup prepared.
import { inject } from 'vitest';
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
