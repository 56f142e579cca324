// Extract throughput: MB/s of source text per format family on one worker thread, and overall on
// one worker vs all cores (one worker per core, partitions balanced by bytes).
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { collectItems, type CorpusItem } from '../ingest/corpus.ts';
import type { FamilyStats, WorkerResult } from './extract-worker.ts';
import { round } from './stats.ts';

export interface ExtractRun {
  workers: number;
  bytes: number;
  documents: number;
  failures: number;
  wallMs: number;
  mbPerSec: number;
  /** MB per second of the worker threads' CPU time (summed over workers): the figure load does not move much. */
  mbPerCpuSec: number;
  /** Per format family: MB per second of wall-clock time, and per second of the worker threads' CPU time. */
  families: Record<string, FamilyStats & { mbPerSec: number; mbPerCpuSec: number }>;
  workerPeakHeapMb: number;
}

function startWorker(items: CorpusItem[]): Promise<{ worker: Worker; ready: Promise<void> }> {
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: { items } });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return Promise.resolve({ worker, ready });
}

/** Greedy partition by file size, largest first, so workers finish at about the same time. */
function partition(items: CorpusItem[], n: number): CorpusItem[][] {
  const sized = items.map((it) => ({ it, size: fs.statSync(it.path).size })).sort((a, b) => b.size - a.size);
  const parts = Array.from({ length: n }, () => ({ items: [] as CorpusItem[], bytes: 0 }));
  for (const s of sized) {
    const p = parts.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    p.items.push(s.it);
    p.bytes += s.size;
  }
  return parts.map((p) => p.items);
}

export async function runExtract(corpusDir: string, workers: number): Promise<ExtractRun> {
  const items = collectItems([corpusDir]);
  const started = await Promise.all(partition(items, workers).map(startWorker));
  await Promise.all(started.map((s) => s.ready));
  const t0 = performance.now();
  const results = await Promise.all(
    started.map(
      ({ worker }) =>
        new Promise<WorkerResult>((resolve, reject) => {
          worker.once('message', (r: WorkerResult) => resolve(r));
          worker.once('error', reject);
          worker.postMessage('go');
        }),
    ),
  );
  const wallMs = performance.now() - t0;
  await Promise.all(started.map(({ worker }) => worker.terminate()));
  const families: ExtractRun['families'] = {};
  for (const r of results) {
    for (const [fam, s] of Object.entries(r.families)) {
      families[fam] ??= { bytes: 0, ms: 0, cpuMs: 0, documents: 0, records: 0, failures: 0, mbPerSec: 0, mbPerCpuSec: 0 };
      const f = families[fam];
      f.bytes += s.bytes;
      f.ms += s.ms;
      f.cpuMs += s.cpuMs;
      f.documents += s.documents;
      f.records += s.records;
      f.failures += s.failures;
    }
  }
  for (const f of Object.values(families)) {
    f.mbPerSec = round(f.bytes / 1e6 / (f.ms / 1000));
    f.mbPerCpuSec = round(f.bytes / 1e6 / (f.cpuMs / 1000));
  }
  const bytes = Object.values(families).reduce((s, f) => s + f.bytes, 0);
  return {
    workers,
    bytes,
    documents: Object.values(families).reduce((s, f) => s + f.documents, 0),
    failures: Object.values(families).reduce((s, f) => s + f.failures, 0),
    wallMs: round(wallMs, 0),
    mbPerSec: round(bytes / 1e6 / (wallMs / 1000)),
    mbPerCpuSec: round(bytes / 1e6 / (results.reduce((s, r) => s + r.cpuMs, 0) / 1000)),
    families,
    workerPeakHeapMb: Math.round(Math.max(...results.map((r) => r.peakHeap)) / 1048576),
  };
}

export function allCores(): number {
  return os.availableParallelism();
}
