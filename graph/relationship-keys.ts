// Keys that find a node's relationships of one type from either end, in neighbour order, without
// reading the others: every relationship has its id read from its start (`r.id`, `start|TYPE|end`,
// ingest/emit.ts) and read from its end (`r.reverseId`, `end|TYPE|start`), and both are indexed per
// type. All the relationships of `a` of type T are then the keys that start with `a|T|`, and the index
// gives them ordered by the neighbour's id (node ids never hold `|`): a page of a dense neighbourhood
// (DJI's thousands of MENTIONS) is an index seek that stops after the page (queries/neighbors-of-type.cypher)
// instead of reading every relationship and neighbour to order them.
import type { Database } from './database.ts';
import { RELATIONSHIP_TYPES } from '../ingest/kinds.ts';

/** The id of the relationship `start -[type]-> end` as read from its end. */
export function reverseRelationshipId(start: string, type: string, end: string): string {
  return `${end}|${type}|${start}`;
}

/** What the keys of `id`'s relationships of `type` start with (from either end). */
export function relationshipKeyPrefix(id: string, type: string): string {
  return `${id}|${type}|`;
}

const indexName = (type: string, key: 'id' | 'reverse_id') => `rel_${type.toLowerCase()}_${key}`;

/** One range index per relationship type of the model and key. */
export function relationshipKeyIndexes(): string[] {
  return RELATIONSHIP_TYPES.flatMap(({ type }) => [
    `CREATE INDEX ${indexName(type, 'id')} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`,
    `CREATE INDEX ${indexName(type, 'reverse_id')} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.reverseId)`,
  ]);
}

/**
 * A store loaded before the keys existed lacks them: they are written (in batches, once) before the
 * indexes are created, so a store with the indexes has the keys; a backfill cut short is done again at
 * the next start. Relationships with no id (derived by rules before the rules wrote one) get both.
 */
export async function backfillRelationshipKeys(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
    await session.run(
      `MATCH (a:Node)-[r]->(b:Node) WHERE r.reverseId IS NULL AND type(r) IN $types
       CALL (a, r, b) {
         SET r.id = coalesce(r.id, a.id + '|' + type(r) + '|' + b.id), r.reverseId = b.id + '|' + type(r) + '|' + a.id
       } IN TRANSACTIONS OF 10000 ROWS`,
      { types: RELATIONSHIP_TYPES.map((t) => t.type) },
    );
  } finally {
    await session.close();
  }
}
