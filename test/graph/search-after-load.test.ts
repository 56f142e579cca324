// The search index is eventually consistent (graph/schema.ts SEARCH_INDEX_CONFIG): a commit queues its
// entries and a background thread applies them. A load waits for them before it returns (loadDocument here;
// the pipeline once at its end, test/graph/pipeline.test.ts), so the search query run right after it finds
// every entry, and none after a removal. A test cannot make the background thread lag: helper-240 showed the wait's
// effect by hand with 20000 passages (without the wait the last was not found; with 12000 it was all the same), but a
// load that size in one transaction ran past the test database's transaction timeout in a fresh-clone CI on a loaded
// machine, so this document is small and the test guards reading after a load and a removal, whatever the timing.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { searchParams } from '../../api/domains/search.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { SEARCH_INDEX } from '../../graph/schema.ts';
import { Emitter } from '../../ingest/emit.ts';
import { query } from '../../queries/index.ts';
import { uniqueDocumentId, useTestDb } from '../db.ts';

const db = useTestDb();
const PASSAGES = 2_000;

/** Whole numbers as integers, as the API sends them (api/context.ts). */
const integers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));

/** Passage ids the search query (queries/search.cypher, as the API asks it) finds for `word`. */
async function searched(word: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(query('search'), integers(searchParams(word, word, ['Passage'], 0, 10)), { database: db.name });
  return records.map((r) => (r.get('node') as { id: string }).id);
}

/** Entries of the search index holding `word`. */
async function indexed(word: string): Promise<number> {
  const { records } = await db.driver.executeQuery(`CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $word) YIELD node RETURN count(node) AS n`, { word }, { database: db.name });
  return Number(records[0]!.get('n'));
}

describe('search right after a load', () => {
  it('finds the passages of a document as soon as loadDocument returns, and none once removeDocument has', async () => {
    const doc = uniqueDocumentId('search-after-load');
    const word = `zq${doc.replace(/[^a-z0-9]/g, '')}`;
    const last = `${word}last`;
    const e = new Emitter(doc);
    e.node(`doc:${doc}`, ['Document'], { title: `Search after load ${doc}`, kind: 'report', language: 'en' });
    for (let i = 0; i < PASSAGES; i++) {
      const id = `passage:${doc}:${i}`;
      e.node(id, ['Passage'], { text: `Passage ${i} of a test report that names ${i === PASSAGES - 1 ? `${word} and ${last}` : word} once.` });
      e.rel('HAS_PASSAGE', `doc:${doc}`, id, { locator: `p${i}` });
    }
    try {
      expect((await loadDocument(db, { documentId: doc, sha256: doc, records: e.records() })).status).toBe('loaded');
      expect(await searched(last)).toEqual([`passage:${doc}:${PASSAGES - 1}`]);
      expect(await indexed(word)).toBe(PASSAGES);
    } finally {
      await removeDocument(db, doc);
    }
    expect(await searched(last)).toEqual([]);
    expect(await indexed(word)).toBe(0);
  }, 60_000);
});
