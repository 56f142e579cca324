// ensureSchema (graph/schema.ts) against a recording stand-in for the database, no Neo4j: which statements a start
// sends. A new store (no constraint or index of ours) gets its schema without the relationship keys' backfill,
// which could find nothing there; a store that holds any of our names, current or retired, and lacks a key index
// may predate the keys and is backfilled first.
import { describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { ensureSchema, SEARCH_INDEX, SEARCH_INDEX_CONFIG, retiredStatements, schemaName, schemaStatements } from '../../graph/schema.ts';
import { relationshipKeyIndexes } from '../../graph/relationship-keys.ts';

/** A database whose SHOW INDEXES lists `names` (all online), recording every statement sent. */
function recording(names: string[]): { db: Database; sent: string[] } {
  const sent: string[] = [];
  const record = (get: Record<string, unknown>) => ({ get: (k: string) => get[k] });
  const run = async (statement: string) => {
    sent.push(statement);
    if (statement.startsWith('SHOW INDEXES')) return { records: names.map((name) => record({ name, state: 'ONLINE', options: name === SEARCH_INDEX ? { indexConfig: SEARCH_INDEX_CONFIG } : {} })) };
    return { records: [] };
  };
  const tx = { run };
  const session = { run, executeWrite: async (fn: (t: typeof tx) => Promise<unknown>) => fn(tx), close: async () => {} };
  const db = { name: 'neo4j', driver: { executeQuery: run, session: () => session } } as unknown as Database;
  return { db, sent };
}

const isBackfill = (s: string) => s.includes('reverseId IS NULL');
// A store no lawgraph version touched lists Neo4j's own token lookup indexes only.
const NEW_STORE = ['index_343aff4e', 'index_f7700477'];

describe('ensureSchema on a new store', () => {
  it('makes every constraint and index, the key indexes included, without the backfill', async () => {
    const { db, sent } = recording(NEW_STORE);
    await ensureSchema(db);
    expect(sent.filter(isBackfill)).toEqual([]);
    for (const s of [...schemaStatements(), ...relationshipKeyIndexes()]) expect(sent).toContain(s);
  });

  it.each([
    ['the current id constraint', 'node_id'],
    ['an index every version made', 'provision_document'],
    ['a per-kind id constraint of an earlier version', 'company_id'],
    ['a retired index', 'passage_document'],
    ...retiredStatements().slice(-2).map((s) => [`a retired name (${schemaName(s)})`, schemaName(s)]),
    ['one key index of two', schemaName(relationshipKeyIndexes()[0]!)],
  ])('backfills the keys first on a store with %s and a key index missing', async (_what, name) => {
    const { db, sent } = recording([...NEW_STORE, name]);
    await ensureSchema(db);
    const backfill = sent.findIndex(isBackfill);
    expect(backfill).toBeGreaterThan(0);
    const firstKeyIndex = sent.findIndex((s) => relationshipKeyIndexes().includes(s));
    expect(firstKeyIndex).toBeGreaterThan(backfill);
  });

  it('neither backfills nor makes an index on a store that has them all', async () => {
    const { db, sent } = recording([...NEW_STORE, ...[...schemaStatements(), ...relationshipKeyIndexes()].map(schemaName)]);
    await ensureSchema(db);
    expect(sent.filter(isBackfill)).toEqual([]);
    expect(sent.filter((s) => /^(CREATE|DROP)/.test(s))).toEqual([]);
  });
});
