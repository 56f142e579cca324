// Which stores get the relationship keys' backfill (graph/schema.ts mayPredateKeys, read by ensureSchema): a pure
// function of the index names SHOW INDEXES lists, so no database is needed here. A new store (Neo4j's own token
// lookup indexes only) holds no relationship without keys and skips it; a store that holds any name of ours,
// current or retired, may predate the keys. The backfill itself runs on the real Neo4j in test/graph/schema.test.ts.
import { describe, expect, it } from 'vitest';
import { mayPredateKeys, retiredStatements, schemaName, schemaStatements } from '../../graph/schema.ts';
import { relationshipKeyIndexes } from '../../graph/relationship-keys.ts';

// A store no lawgraph version touched lists Neo4j's own token lookup indexes only.
const NEW_STORE = ['index_343aff4e', 'index_f7700477'];

describe('which stores may predate the relationship keys', () => {
  it('not a new store (no index but Neo4j\'s own)', () => {
    expect(mayPredateKeys(NEW_STORE)).toBe(false);
    expect(mayPredateKeys([])).toBe(false);
  });

  it.each([
    ['the current id constraint', 'node_id'],
    ['an index every version made', 'provision_document'],
    ['a retired index', 'passage_document'],
    ...retiredStatements().slice(-2).map((s) => [`a retired name (${schemaName(s)})`, schemaName(s)]),
    ['one key index of two', schemaName(relationshipKeyIndexes()[0]!)],
  ])('a store with %s', (_what, name) => {
    expect(mayPredateKeys([...NEW_STORE, name])).toBe(true);
  });

  it('every name this schema makes counts as ours', () => {
    for (const s of schemaStatements()) expect(mayPredateKeys([schemaName(s)])).toBe(true);
  });
});
