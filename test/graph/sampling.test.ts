// Index statistics after a load: the embedded launcher runs Neo4j without background sampling, so the writers
// ask for it (graph/sampling.ts). A load that changes an index by more than 5% must leave it sampled again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphChecksum } from '../../graph/checksum.ts';
import type { Database } from '../../graph/database.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { Emitter } from '../../ingest/emit.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';

let db: Database;
const id = uniqueDocumentId('sampling');

beforeAll(async () => {
  db = await connectTestDb();
});

afterAll(async () => {
  await removeDocument(db, id);
  const left = await graphChecksum(db, [`doc:${id}`, `lawv:${id}`]);
  await db.close();
  expect(left.nodes).toBe(0);
});

/** The statistics of the index on LawVersion(inForceFrom), a small index (the corpus has a few dozen versions). */
async function versionDatesIndex(): Promise<{ size: number; updates: number }> {
  const { records } = await db.driver.executeQuery("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data.indexes AS indexes", {}, { database: db.name });
  const all = records[0]!.get('indexes') as { labels?: string[]; properties?: string[]; totalSize: number; updatesSinceEstimation: number }[];
  const i = all.find((x) => x.labels?.[0] === 'LawVersion' && x.properties?.[0] === 'inForceFrom');
  if (!i) throw new Error('no index on LawVersion(inForceFrom)');
  return { size: Number(i.totalSize), updates: Number(i.updatesSinceEstimation) };
}

it('samples the indexes a load changed by more than 5% again once it is done', async () => {
  const before = await versionDatesIndex();
  const emit = new Emitter(id);
  emit.node(`doc:${id}`, ['Document'], { title: id, kind: 'report' });
  const versions = Math.max(20, before.size); // at least doubles the index
  for (let v = 0; v < versions; v++) emit.node(`lawv:${id}-${v}`, ['LawVersion'], { inForceFrom: `2001-01-${String((v % 28) + 1).padStart(2, '0')}` });
  await loadDocument(db, { documentId: id, sha256: 'sampling', records: emit.records() });
  // Sampling runs in the background: wait for it (up to 30 s), then the sample counts this load's entries.
  let now = await versionDatesIndex();
  for (const deadline = Date.now() + 30_000; now.updates > 0 && Date.now() < deadline; now = await versionDatesIndex()) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(now.updates).toBe(0);
  expect(now.size).toBeGreaterThanOrEqual(before.size + versions);
});
