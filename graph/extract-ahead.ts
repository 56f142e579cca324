// Extraction ahead of the loader: worker threads (graph/extract-worker.ts) extract the next documents
// while the loader waits on Neo4j, so the two stages overlap instead of taking turns. Documents are
// handed over in corpus order (a property two documents set on one node keeps the later one, as in a
// sequential run), and at most `ahead` extracted documents wait in memory. A document that fails
// fails alone; a worker that dies fails the document it held and is replaced.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../ingest/catalog/index.ts';
import { collectItems, readDocument, type CorpusItem } from '../ingest/corpus.ts';
import { extractFile, type Extracted } from '../ingest/extract.ts';
import { toFailure, type ExtractEvents, type Failure } from '../ingest/run.ts';
import type { WorkerAnswer } from './extract-worker.ts';

export interface AheadOptions {
  /** Worker threads; 0 extracts in this thread. Default: the cores but two (one for Neo4j, one for the loader), at most 4. */
  workers?: number;
  /** Extracted documents (in flight or waiting for the loader) at most. */
  ahead?: number;
}

/** Below this many documents to extract, starting workers (module loading, catalog) costs more than it saves. */
const MIN_FOR_WORKERS = 4;

type Outcome = { doc: Extracted } | { failure: Failure };

export async function extractAhead(paths: string[], catalog: Catalog, events: ExtractEvents, opts: AheadOptions = {}): Promise<void> {
  let items: CorpusItem[];
  try {
    items = collectItems(paths);
  } catch (err) {
    events.onFailure?.(toFailure(err));
    return;
  }
  const todo = items.filter((item) => !events.skip?.(item));
  const workers = Math.min(opts.workers ?? Math.min(4, os.availableParallelism() - 2), todo.length);
  const deliver = async (o: Outcome) => {
    if ('doc' in o) await events.onDocument?.(o.doc);
    else events.onFailure?.(o.failure);
  };
  if (workers < 1 || todo.length < MIN_FOR_WORKERS) {
    for (const item of todo) {
      // Extraction in this thread never waits on anything but itself: without a turn of the event loop
      // between documents, the loader's answers from Neo4j were read only when a whole group had been
      // extracted, so Neo4j and extraction took turns instead of overlapping.
      await turn();
      await deliver(await extractHere(item, catalog));
    }
    return;
  }
  const pool = new Pool(todo, workers, Math.max(opts.ahead ?? 2 * workers, workers));
  try {
    for (let seq = 0; seq < todo.length; seq++) await deliver(await pool.take(seq));
  } finally {
    await pool.close();
  }
}

/** One turn of the event loop: what arrived meanwhile (a statement's answer) is handled before the next document. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function extractHere(item: CorpusItem, catalog: Catalog): Promise<Outcome> {
  try {
    return { doc: extractFile(await readDocument(item), catalog) };
  } catch (err) {
    return { failure: toFailure(err, item) };
  }
}

class Pool {
  private next = 0;
  private taken = 0;
  private readonly done = new Map<number, Outcome>();
  private readonly waiting = new Map<number, (o: Outcome) => void>();
  private readonly busy = new Map<Worker, number>();
  private readonly idle: Worker[] = [];

  private readonly items: CorpusItem[];
  private readonly ahead: number;

  constructor(items: CorpusItem[], workers: number, ahead: number) {
    this.items = items;
    this.ahead = ahead;
    for (let i = 0; i < workers; i++) this.idle.push(this.spawn());
    this.dispatch();
  }

  /** The outcome of item `seq`, once extracted; taking it frees room for the next. */
  async take(seq: number): Promise<Outcome> {
    const o = this.done.get(seq) ?? (await new Promise<Outcome>((resolve) => this.waiting.set(seq, resolve)));
    this.done.delete(seq);
    this.taken = seq + 1;
    this.dispatch();
    return o;
  }

  async close(): Promise<void> {
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const w = new Worker(new URL('./extract-worker.ts', import.meta.url));
    w.on('message', (a: WorkerAnswer) => {
      this.busy.delete(w);
      this.idle.push(w);
      this.settle(a.seq, 'doc' in a ? { doc: a.doc } : { failure: a.failure });
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in a parser) fails the document it held.
    const lost = (reason: string) => {
      const seq = this.busy.get(w);
      const wasIdle = this.idle.indexOf(w);
      if (wasIdle >= 0) this.idle.splice(wasIdle, 1);
      if (seq === undefined && wasIdle < 0) return; // closed
      this.busy.delete(w);
      if (seq !== undefined) {
        const item = this.items[seq]!;
        this.settle(seq, { failure: { file: item.path, documentId: item.entry.id, reason: `extraction worker stopped: ${reason}` } });
      }
      this.idle.push(this.spawn());
      this.dispatch();
    };
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    return w;
  }

  private settle(seq: number, o: Outcome): void {
    const resolve = this.waiting.get(seq);
    if (resolve) {
      this.waiting.delete(seq);
      resolve(o);
    } else this.done.set(seq, o);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.next < this.items.length && this.next - this.taken < this.ahead) {
      const w = this.idle.pop()!;
      this.busy.set(w, this.next);
      w.postMessage({ seq: this.next, item: this.items[this.next] });
      this.next++;
    }
  }
}
