// `node bench/pipeline-ab.ts --a TREE_A --b TREE_B [--rounds 4] [--corpus DIR] [--settle S]`: two trees' reference corpus
// pipeline (graph/pipeline.ts ingestPaths into a new store, after the schema, as `npm run bench` times it), in
// turns: each round runs A and B once in fresh processes (a fresh JVM each), the order alternating, so both see
// the same load of the shared machine. Each run reports wall time, the CPU seconds of Node (all its threads) and
// of the JVM over the pipeline, and the loaded graph: nodes per label, relationships per type and a content
// checksum (graph/checksum.ts over the `Node` graph, and the exposure profiles and bindings, which are not
// `Node`s), which must be the same for A and B. Prints ranges and medians of A, B and the rounds' B/A.
// --settle S also reads the JVM's CPU S seconds after the pipeline's end (background work it left, such as index
// sampling). With --run TREE it is the child: one run of that tree, one JSON line (PIPELINE_AB_DUMP=FILE also writes every
// node and relationship there, one JSON line each, to find where two graphs differ). Tree A should be a fixed
// copy (`git archive <commit>`, with node_modules and graph/neo4j-embedded/target beside it), not /work/main,
// which others' landings change between rounds.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../graph/database.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    corpus: { type: 'string' },
    run: { type: 'string' },
    settle: { type: 'string' },
  },
});

interface RunResult {
  wallMs: number;
  nodeCpuMs: number;
  jvmCpuMs: number;
  /** With --settle S: the JVM's CPU from the pipeline's start to S seconds after its end (work it left running). */
  jvmSettledCpuMs?: number;
  loadAverage: number;
  counts: string;
  checksum: string;
}

const jvmCpuMs = (pid: number): number => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const nodeCpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One run of `tree`'s pipeline, in this process, with that tree's own modules and launcher. */
async function child(tree: string): Promise<void> {
  const mod = (p: string) => import(path.join(path.resolve(tree), p));
  const [{ loadConfig }, { openDatabase }, { ingestPaths }, { ensureSchema }, { graphChecksum }] = await Promise.all(
    ['config.ts', 'graph/database.ts', 'graph/pipeline.ts', 'graph/schema.ts', 'graph/checksum.ts'].map(mod),
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-pipeline-ab-'));
  const config = loadConfig({ ...process.env, LAWGRAPH_NEO4J_PORT: '0', NEO4J_URI: '' });
  const db: Database = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log: () => {} });
  try {
    await ensureSchema(db);
    const pid = db.embedded!.pid;
    const t0 = performance.now();
    const n0 = nodeCpuMs();
    const j0 = jvmCpuMs(pid);
    const result = await ingestPaths(db, [config.corpus]);
    const out: RunResult = {
      wallMs: performance.now() - t0,
      nodeCpuMs: nodeCpuMs() - n0,
      jvmCpuMs: jvmCpuMs(pid) - j0,
      loadAverage: os.loadavg()[0]!,
      counts: '',
      checksum: '',
    };
    if (values.settle) {
      await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
      out.jvmSettledCpuMs = jvmCpuMs(pid) - j0;
    }
    if (result.failed.length) throw new Error(`${result.failed.length} documents failed`);
    type Row = { get(key: string): unknown; toObject(): Record<string, unknown> };
    const q = async (text: string): Promise<Row[]> => (await db.driver.executeQuery(text, {}, { database: db.name, routing: 'READ' })).records;
    const labels = await q('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
    const types = await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    out.counts = [...labels.map((r) => `${r.get('l')}=${r.get('c')}`), ...types.map((r) => `${r.get('t')}=${r.get('c')}`)].join(' ');
    const graph = await graphChecksum(db);
    const derived = await q(
      `MATCH (x) WHERE x:ExposureProfile OR x:ExposureBinding
       WITH x ORDER BY coalesce(x.id, x.companyId + '|' + x.profileId)
       RETURN collect(labels(x)[0] + ' ' + coalesce(x.id, '') + ' ' + coalesce(x.companyId, '') + ' ' + coalesce(x.profileId, '') + ' ' +
              coalesce(x.digest, '') + ' ' + coalesce(x.premises, '') + ' ' + coalesce(toString(x.items), '')) AS rows`,
    );
    const rows = (derived[0]?.get('rows') as string[]) ?? [];
    if (process.env.PIPELINE_AB_DUMP) {
      const all = await q('MATCH (n) OPTIONAL MATCH (n)-[r]->(m) WITH n, r, m ORDER BY n.id, type(r), m.id RETURN n.id AS id, labels(n) AS l, properties(n) AS p, type(r) AS t, m.id AS m, properties(r) AS rp');
      fs.writeFileSync(process.env.PIPELINE_AB_DUMP, all.map((r) => JSON.stringify(r.toObject())).join('\n'));
    }
    out.checksum = createHash('sha256').update(graph.sha256).update(rows.join('\n')).digest('hex').slice(0, 16);
    console.log(JSON.stringify(out));
  } finally {
    await db.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function runOnce(tree: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const node = path.join(tree, 'node_modules', '.bin', 'node');
    const p = spawn(node, [import.meta.filename, '--run', tree, ...(values.settle ? ['--settle', values.settle] : [])], { env: { ...process.env, LAWGRAPH_CORPUS: values.corpus ?? process.env.LAWGRAPH_CORPUS ?? '/work/shared/corpus' }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) reject(new Error(`run of ${tree} exited ${code}: ${out}`));
      else resolve(JSON.parse(line));
    });
  });
}

const range = (xs: number[], d = 1) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor((s.length - 1) / 2)]!.toFixed(d)} (${s[0]!.toFixed(d)}-${s.at(-1)!.toFixed(d)})`;
};

if (values.run) await child(values.run);
else {
  if (!values.a || !values.b) throw new Error('usage: node bench/pipeline-ab.ts --a TREE --b TREE [--rounds 4] [--corpus DIR] [--settle S]');
  const trees = { A: values.a, B: values.b };
  const runs: Record<'A' | 'B', RunResult[]> = { A: [], B: [] };
  const ratios: { wall: number[]; cpu: number[]; jvm: number[]; settled: number[] } = { wall: [], cpu: [], jvm: [], settled: [] };
  for (let round = 1; round <= Number(values.rounds); round++) {
    const order: ('A' | 'B')[] = round % 2 ? ['A', 'B'] : ['B', 'A'];
    for (const side of order) {
      const r = await runOnce(trees[side]);
      runs[side].push(r);
      console.log(`round ${round} ${side}: ${(r.wallMs / 1000).toFixed(2)} s wall, CPU node ${(r.nodeCpuMs / 1000).toFixed(2)} + JVM ${(r.jvmCpuMs / 1000).toFixed(2)} s${r.jvmSettledCpuMs === undefined ? '' : ` (${(r.jvmSettledCpuMs / 1000).toFixed(2)} s settled)`}, load ${r.loadAverage.toFixed(1)}, checksum ${r.checksum}`);
    }
    const [a, b] = [runs.A.at(-1)!, runs.B.at(-1)!];
    ratios.wall.push(b.wallMs / a.wallMs);
    ratios.cpu.push((b.nodeCpuMs + b.jvmCpuMs) / (a.nodeCpuMs + a.jvmCpuMs));
    ratios.jvm.push(b.jvmCpuMs / a.jvmCpuMs);
    if (a.jvmSettledCpuMs !== undefined && b.jvmSettledCpuMs !== undefined) ratios.settled.push(b.jvmSettledCpuMs / a.jvmSettledCpuMs);
  }
  for (const side of ['A', 'B'] as const) {
    const r = runs[side];
    console.log(`${side}: wall ${range(r.map((x) => x.wallMs / 1000), 2)} s, CPU node ${range(r.map((x) => x.nodeCpuMs / 1000), 2)} + JVM ${range(r.map((x) => x.jvmCpuMs / 1000), 2)} s (median, range)`);
  }
  console.log(`B/A per round: wall ${range(ratios.wall, 3)}, CPU ${range(ratios.cpu, 3)}, JVM CPU ${range(ratios.jvm, 3)} [${ratios.jvm.map((x) => x.toFixed(3)).join(', ')}]`);
  if (ratios.settled.length) console.log(`B/A per round, JVM CPU settled (${values.settle} s after the pipeline): ${range(ratios.settled, 3)} [${ratios.settled.map((x) => x.toFixed(3)).join(', ')}]`);
  const all = [...runs.A, ...runs.B];
  const same = new Set(all.map((r) => r.checksum)).size === 1 && new Set(all.map((r) => r.counts)).size === 1;
  console.log(same ? `graph identical in every run: checksum ${all[0]!.checksum}; ${all[0]!.counts}` : `GRAPHS DIFFER:\n${all.map((r) => `${r.checksum} ${r.counts}`).join('\n')}`);
}
