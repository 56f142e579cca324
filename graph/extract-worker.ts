// Worker thread of graph/extract-ahead.ts: extracts the corpus items it is sent, one message each,
// and answers with the records or the failure (a bad document fails alone, the worker goes on).
import { parentPort } from 'node:worker_threads';
import type { CorpusItem } from '../ingest/corpus.ts';
import { readDocument } from '../ingest/corpus.ts';
import { extractFile } from '../ingest/extract.ts';
import { loadCatalog, toFailure } from '../ingest/run.ts';

export type WorkerAnswer = { seq: number; doc: ReturnType<typeof extractFile> } | { seq: number; failure: ReturnType<typeof toFailure> };

const catalog = loadCatalog();
parentPort!.on('message', async ({ seq, item }: { seq: number; item: CorpusItem }) => {
  let answer: WorkerAnswer;
  try {
    answer = { seq, doc: extractFile(await readDocument(item), catalog) };
  } catch (err) {
    answer = { seq, failure: toFailure(err, item) };
  }
  parentPort!.postMessage(answer);
});
