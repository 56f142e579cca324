// Worker: extracts a partition of corpus items and reports bytes and time per format family.
// Loads the catalog first, says "ready", and starts on "go" so start-up is not timed.
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusItem } from '../ingest/corpus.ts';
import { readSource } from '../ingest/corpus.ts';
import { extractFile, formatName } from '../ingest/extract.ts';
import { loadCatalog } from '../ingest/run.ts';

export interface FamilyStats {
  bytes: number;
  ms: number;
  /** This thread's CPU time on the family's documents: unlike `ms`, barely moved by other work on the machine. */
  cpuMs: number;
  documents: number;
  records: number;
  failures: number;
}

export interface WorkerResult {
  families: Record<string, FamilyStats>;
  wallMs: number;
  /** CPU time of this thread over the run: what other processes on the machine do not inflate. */
  cpuMs: number;
  peakHeap: number;
}

const items = (workerData as { items: CorpusItem[] }).items;
const catalog = loadCatalog();
parentPort!.postMessage('ready');
parentPort!.once('message', () => {
  const families: Record<string, FamilyStats> = {};
  let peakHeap = 0;
  const t0 = performance.now();
  const cpu0 = process.threadCpuUsage();
  for (const item of items) {
    const t = performance.now();
    const c = process.threadCpuUsage();
    let fam = 'unreadable';
    let records = -1;
    try {
      const source = readSource(item);
      fam = formatName(source);
      records = extractFile(source, catalog).records.length;
    } catch {
      // counted as a failure of its format below
    }
    families[fam] ??= { bytes: 0, ms: 0, cpuMs: 0, documents: 0, records: 0, failures: 0 };
    const s = families[fam];
    if (records >= 0) {
      s.records += records;
      s.documents++;
    } else s.failures++;
    s.ms += performance.now() - t;
    const used = process.threadCpuUsage(c);
    s.cpuMs += (used.user + used.system) / 1000;
    s.bytes += statSync(item.path).size;
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const cpu = process.threadCpuUsage(cpu0);
  const result: WorkerResult = { families, wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, peakHeap };
  parentPort!.postMessage(result);
});
