// `node bench/start-ab.ts --a TREE_A --b TREE_B --data DIR --corpus DIR [--rounds 5] [--requests [--pause S]]
// [--env-a KEY=VALUE ...] [--env-b KEY=VALUE ...]`: two trees' `lawgraph up` on the same loaded store, spawn to first
// answer (bench/start.ts), in turns: each round runs A and B once, the order alternating, so both see the same load of
// the shared machine. --env-a and --env-b (repeatable) set a variable for that side alone: one tree against itself
// with another setting, e.g. `--env-b 'LAWGRAPH_NEO4J_JVM_OPTS=-XX:+UseTransparentHugePages'`. The store must be loaded
// already (`lawgraph load` with the same corpus); a start that reloads documents is flagged. Prints each start
// (wall, listening, the CPU seconds of Node and of the JVM until the first answer, and with --requests the
// first page requests after it, `--pause` seconds after it) and the ranges and medians of A, B and the rounds' B/A.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { measureStart, type StartResult } from './start.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    data: { type: 'string' },
    corpus: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    requests: { type: 'boolean', default: false },
    pause: { type: 'string', default: '0' },
    'env-a': { type: 'string', multiple: true, default: [] },
    'env-b': { type: 'string', multiple: true, default: [] },
  },
});
if (!values.a || !values.b || !values.data || !values.corpus) {
  throw new Error('usage: node bench/start-ab.ts --a TREE --b TREE --data DIR --corpus DIR [--rounds 5] [--requests [--pause S]] [--env-a K=V] [--env-b K=V]');
}
const env = { ...process.env, LAWGRAPH_DATA: values.data, LAWGRAPH_CORPUS: values.corpus, NEO4J_URI: '' };
/** KEY=VALUE pairs as variables (the value may hold `=` and spaces). */
const pairs = (list: string[]) =>
  Object.fromEntries(
    list.map((kv) => {
      const at = kv.indexOf('=');
      if (at <= 0) throw new Error(`--env-a/--env-b take KEY=VALUE, got "${kv}"`);
      return [kv.slice(0, at), kv.slice(at + 1)];
    }),
  );
const envs = { A: { ...env, ...pairs(values['env-a']) }, B: { ...env, ...pairs(values['env-b']) } };
const trees = { A: values.a, B: values.b };
const runs: Record<'A' | 'B', StartResult[]> = { A: [], B: [] };
const ratios: number[] = [];
const cpuRatios: number[] = [];
const s = (x: number) => (x / 1000).toFixed(2);
const cpuOf = (r: StartResult) => r.cpu.node + r.cpu.jvm;
for (let round = 1; round <= Number(values.rounds); round++) {
  const order: ('A' | 'B')[] = round % 2 ? ['A', 'B'] : ['B', 'A'];
  for (const side of order) {
    const load = os.loadavg()[0]!.toFixed(1);
    const r = await measureStart(envs[side], 300_000, trees[side], values.requests, Number(values.pause) * 1000);
    runs[side].push(r);
    const t = r.cpu.jvmThreads;
    const jvm = `JVM ${r.cpu.jvm.toFixed(2)} (main ${(t.java ?? 0).toFixed(2)}, C2 ${(t['C2 CompilerThre'] ?? 0).toFixed(2)}, C1 ${(t['C1 CompilerThre'] ?? 0).toFixed(2)}, Bolt ${(t['neo4j.BoltWorke'] ?? 0).toFixed(2)})`;
    const requests = r.requests.length ? `; then ${r.requests.map((q) => `${q.name} ${s(q.ms)}${q.error ? ` (${q.error})` : ''}`).join(', ')} s` : '';
    console.log(
      `round ${round} ${side}: ${s(r.ms)} s (JVM spawned ${s(r.jvmSpawnMs)}, Neo4j up ${s(r.neo4jUpMs)}, listening ${s(r.listenMs)}), CPU s: Node ${r.cpu.node.toFixed(2)}, ${jvm}; load ${load}${requests}` +
        (r.reloaded ? ` (reloaded ${r.reloaded} documents: not a loaded store's start)` : ''),
    );
  }
  ratios.push(runs.B.at(-1)!.ms / runs.A.at(-1)!.ms);
  cpuRatios.push(cpuOf(runs.B.at(-1)!) / cpuOf(runs.A.at(-1)!));
}
const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
};
const range = (xs: number[], f: (x: number) => string) => `median ${f(median(xs))} (${f(Math.min(...xs))}-${f(Math.max(...xs))})`;
const c = (x: number) => x.toFixed(2);
for (const side of ['A', 'B'] as const) {
  const rs = runs[side];
  const set = values[side === 'A' ? 'env-a' : 'env-b'];
  console.log(`${side} ${trees[side]}${set.length ? ` (${set.join(' ')})` : ''}: ${range(rs.map((r) => r.ms), s)} s, JVM spawned ${range(rs.map((r) => r.jvmSpawnMs), s)} s; CPU ${range(rs.map(cpuOf), c)} s (Node ${range(rs.map((r) => r.cpu.node), c)}, JVM ${range(rs.map((r) => r.cpu.jvm), c)})`);
  if (values.requests) {
    const names = rs[0]!.requests.map((q) => q.name);
    console.log(`  first requests: ${names.map((n, i) => `${n} ${range(rs.map((r) => r.requests[i]!.ms), s)}`).join('; ')} s`);
  }
}
console.log(`B/A per round: wall ${range(ratios, (x) => x.toFixed(3))}; CPU ${range(cpuRatios, (x) => x.toFixed(3))}`);
