// escapeLucene output is always a valid query for Neo4j's full-text index: a property test with a
// bounded number of runs against the real `lawgraph_search` index (no error, whatever the input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeLucene } from '../../api/domains/search.ts';
import { useTestDb } from '../db.ts';

const db = useTestDb();

const SPECIAL = '+-&|!(){}[]^"~*?:\\/';
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SPECIAL.split(''), 'AND', 'OR', 'NOT', 'TO', ' ', '*:*', 'title:', '")', 'RETURN 1 //', '情报', 'data', '\u3000'),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((xs) => xs.join(''))
  .filter((s) => s.trim().length > 0);

async function search(raw: string): Promise<number> {
  const { records } = await db.driver.executeQuery(
    "CALL db.index.fulltext.queryNodes('lawgraph_search', $q) YIELD node RETURN count(node) AS n",
    { q: escapeLucene(raw.trim()) },
    { database: db.name, routing: 'READ' },
  );
  return records[0]!.get('n');
}

describe('escapeLucene against the real full-text index', () => {
  it('any input escapes to a query the index accepts', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (s) => {
        expect(await search(s)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('taken literally: operators do not widen the match', async () => {
    // "*:*" would match every node if it were a query; escaped it is just punctuation.
    const all = await db.driver.executeQuery('MATCH (n:Node) RETURN count(n) AS n', {}, { database: db.name });
    expect(await search('*:*')).toBeLessThan(all.records[0]!.get('n'));
    expect(await search('情报')).toBeGreaterThan(0);
  });
});
