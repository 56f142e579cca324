// Peak memory of a stage: this process's RSS and V8 heap, and the RSS of another process (the
// embedded Neo4j JVM, or a child) read from /proc, sampled every 100 ms.
import fs from 'node:fs';

export interface MemoryPeak {
  rssMb: number;
  heapMb: number;
  /** Peak RSS of the watched external processes (JVM, API server), MB; 0 when none. */
  otherRssMb: number;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Starts sampling; the returned function stops and gives the peaks. */
export function watchMemory(otherPids: number[] = []): () => MemoryPeak {
  let rss = 0;
  let heap = 0;
  let other = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
    other = Math.max(other, otherPids.reduce((s, p) => s + rssOf(p), 0));
  };
  sample();
  const timer = setInterval(sample, 100);
  timer.unref();
  return () => {
    sample();
    clearInterval(timer);
    const mb = (b: number) => Math.round(b / 1048576);
    return { rssMb: mb(rss), heapMb: mb(heap), otherRssMb: mb(other) };
  };
}
