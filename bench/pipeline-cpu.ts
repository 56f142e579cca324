// `node bench/pipeline-cpu.ts [--verbose]`: where the reference corpus pipeline's CPU goes (graph/pipeline.ts
// ingestPaths into a fresh embedded store, then again on the loaded store), for work on its time. On a shared 2-core
// machine wall time says little; CPU time by side says what bounds it: this thread's (extraction happens here on 2
// cores, beside the loader's driver work) and the JVM's, split by thread class (JIT compilers, Bolt workers, GC, …)
// for the loads (up to the last document's answer) and the derivations after them. Linux only (/proc). Schema
// creation is measured apart, as the bench leaves it outside its pipeline figure. --verbose prints every log line
// with its time and the CPU used so far by both sides.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../graph/database.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { collectItems } from '../ingest/corpus.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-pipeline-cpu-'));
const config = loadConfig({ ...process.env, LAWGRAPH_NEO4J_PORT: process.env.LAWGRAPH_NEO4J_PORT ?? '0' });
const db = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log: () => {} });

/** CPU ms of one /proc stat line (utime + stime, in clock ticks of 10 ms). */
const statMs = (stat: string): number => {
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
/** The JVM's CPU ms per thread class: thread names (15 characters at most) with a trailing number folded ("C2
 *  CompilerThre", "GC Thread#", "neo4j.BoltWorke"). */
function jvmThreads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of fs.readdirSync(`/proc/${pid}/task`)) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '');
    out.set(name, (out.get(name) ?? 0) + statMs(stat));
  }
  return out;
}
const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
/** Thread classes that used at least 100 ms between two readings, most first. */
const used = (a: Map<string, number>, b: Map<string, number>): string =>
  [...b]
    .map(([k, v]) => [k, v - (a.get(k) ?? 0)] as const)
    .filter(([, v]) => v >= 100)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
    .join(', ');
const nodeCpu = (): number => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};
const s = (ms: number): string => (ms / 1000).toFixed(1);

try {
  const pid = db.embedded?.pid;
  if (!pid) throw new Error('bench/pipeline-cpu.ts needs the embedded Neo4j (unset NEO4J_URI)');
  const jvm = () => jvmThreads(pid);
  const s0 = performance.now();
  const j0 = jvm();
  await ensureSchema(db);
  console.log(`schema: ${s(performance.now() - s0)} s wall, JVM ${s(sum(jvm()) - sum(j0))} s CPU`);
  for (const label of ['new store', 'loaded store']) {
    const t0 = performance.now();
    const c0 = nodeCpu();
    const before = jvm();
    // The JVM's threads as the last document's answer arrived (the catalog and every corpus item report one each):
    // what follows is the derivations. Read then only: /proc is read per thread, not free for this thread.
    let left = collectItems([config.corpus]).length + 1;
    let loaded = before;
    let loadedAt = t0;
    let nodeLoaded = c0;
    const result = await ingestPaths(db, [config.corpus], {
      onDocument: () => {
        if (--left > 0) return;
        loaded = jvm();
        loadedAt = performance.now();
        nodeLoaded = nodeCpu();
      },
      log: (line) => {
        if (values.verbose) console.log(`  +${s(performance.now() - t0)} s, this thread ${s(nodeCpu() - c0)} s, JVM ${s(sum(jvm()) - sum(before))} s CPU: ${line.slice(0, 120)}`);
      },
    });
    const after = jvm();
    if (left > 0) console.log(`  (${left} fewer documents reported than the corpus holds: loads and derivations are not told apart)`);
    console.log(`${label}: ${s(performance.now() - t0)} s wall (load average ${os.loadavg()[0]?.toFixed(1)}), ${result.results.length} documents, ${result.failed.length} failed`);
    console.log(`  loads: ${s(loadedAt - t0)} s wall; this thread ${s(nodeLoaded - c0)} s CPU; JVM ${s(sum(loaded) - sum(before))} s CPU (${used(before, loaded) || 'none'})`);
    const rules = result.derived.skipped ? 'skipped' : result.derived.rules.map((r) => `${r.rule} ${s(r.ms)} s`).join(', ');
    console.log(`  derivations (${rules}): ${s(performance.now() - loadedAt)} s wall; this thread ${s(nodeCpu() - nodeLoaded)} s CPU; JVM ${s(sum(after) - sum(loaded))} s CPU (${used(loaded, after) || 'none'})`);
  }
} finally {
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
