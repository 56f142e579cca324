// Extraction in worker threads ahead of the loader: the same documents, in the same order, as
// extracting in this thread; a bad document fails alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';
import { extractAhead } from '../../graph/extract-ahead.ts';
import type { Extracted } from '../../ingest/extract.ts';
import { loadCatalog, type Failure } from '../../ingest/run.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-ahead-'));
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'reports');
for (const [i, f] of ['trade-measures.md', 'smart-meters.html', 'trade-measures.md', 'smart-meters.html'].entries()) {
  fs.copyFileSync(path.join(fixtures, f), path.join(dir, `${i}-${f}`));
}
fs.writeFileSync(path.join(dir, '2-empty.md'), '');

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(workers: number): Promise<{ docs: Extracted[]; failed: Failure[] }> {
  const docs: Extracted[] = [];
  const failed: Failure[] = [];
  await extractAhead([dir], loadCatalog(), { onDocument: (d) => void docs.push(d), onFailure: (f) => failed.push(f) }, { workers, ahead: 2 });
  return { docs, failed };
}

describe('extractAhead', () => {
  it('hands over what extraction in this thread gives, in corpus order, and fails a bad document alone', async () => {
    const here = await run(0);
    const ahead = await run(2);
    expect(here.docs.map((d) => d.documentId)).toHaveLength(4);
    expect(ahead.docs.map((d) => d.documentId)).toEqual(here.docs.map((d) => d.documentId));
    expect(ahead.docs.map((d) => d.records)).toEqual(here.docs.map((d) => d.records));
    expect(ahead.failed.map((f) => f.reason)).toEqual(here.failed.map((f) => f.reason));
    expect(ahead.failed).toHaveLength(1);
  });

  it('in this thread, lets the event loop turn between documents (a loader waiting on Neo4j goes on meanwhile)', async () => {
    // What the loader does when a statement's answer arrives: a callback from the event loop. Without
    // a turn between documents, it ran only after the last one.
    const seen: string[] = [];
    await extractAhead([dir], loadCatalog(), {
      onDocument: (d) => {
        seen.push(d.documentId);
        setImmediate(() => seen.push(`answer after ${d.documentId}`));
      },
    }, { workers: 0 });
    const docs = seen.filter((s) => !s.startsWith('answer'));
    expect(docs).toHaveLength(4);
    // Each document's answer before the next document (the last one's comes after the call returns).
    expect(seen.slice(0, 2 * docs.length - 1)).toEqual(docs.flatMap((d) => [d, `answer after ${d}`]).slice(0, -1));
  });
});
