// `node bench/store-ab.ts --a TREE_A --b TREE_B [--settle 12] [--rounds 6] [--repeat 40] [--corpus DIR]`: the
// stores two trees make, side by side, for changes to how a store is loaded or configured (not to the API):
// each tree's reference corpus pipeline (graph/pipeline.ts, after the schema) into a new embedded store of its own
// (its own launcher and JVM, both left up), then on both: the index statistics the planner reads (db.stats.retrieve
// 'GRAPH COUNTS': size, estimated unique values, updates since the last sample), and for the API's bench scenarios
// (bench/scenarios.ts; their named queries recorded from each tree's API) the plans (EXPLAIN: operators and
// estimated rows) right after the pipeline and --settle seconds later, then the reads' latency, the sides taking
// turns in each round (order alternating) so both see the same machine. Trees as for bench/pipeline-ab.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import type { Database } from '../graph/database.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    settle: { type: 'string', default: '12' },
    rounds: { type: 'string', default: '6' },
    repeat: { type: 'string', default: '40' },
    corpus: { type: 'string' },
  },
});
if (!values.a || !values.b) throw new Error('usage: node bench/store-ab.ts --a TREE --b TREE [--settle 12] [--rounds 6] [--repeat 40]');
process.env.LAWGRAPH_CORPUS = values.corpus ?? process.env.LAWGRAPH_CORPUS ?? '/work/shared/corpus';

interface Read {
  name: string;
  params: Record<string, unknown>;
}
interface Side {
  name: 'A' | 'B';
  db: Database;
  tmp: string;
  query: (name: string) => string;
  run: (name: string, params: Record<string, unknown>) => Promise<unknown>;
  reads: Map<string, Read[][]>;
}
type PlanNode = { operatorType: string; arguments: Record<string, unknown>; children: PlanNode[] };

const wholeNumbers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));

async function open(name: 'A' | 'B', tree: string): Promise<Side> {
  const mod = (p: string) => import(path.join(path.resolve(tree), p));
  const [{ loadConfig }, { openDatabase }, { ingestPaths }, { ensureSchema }, { neo4jQueries }, { query }, { recordReads }, { SCENARIOS }] = await Promise.all(
    ['config.ts', 'graph/database.ts', 'graph/pipeline.ts', 'graph/schema.ts', 'api/context.ts', 'queries/index.ts', 'bench/api-bench.ts', 'bench/scenarios.ts'].map(mod),
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `lawgraph-store-ab-${name}-`));
  const config = loadConfig({ ...process.env, LAWGRAPH_NEO4J_PORT: '0', NEO4J_URI: '' });
  const db: Database = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log: () => {} });
  await ensureSchema(db);
  const t0 = performance.now();
  const result = await ingestPaths(db, [config.corpus]);
  if (result.failed.length) throw new Error(`${name}: ${result.failed.length} documents failed`);
  console.log(`${name}: pipeline ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  const side: Side = { name, db, tmp, query, run: neo4jQueries(db, 30_000), reads: new Map() };
  for (const s of SCENARIOS as { name: string; graphql: string }[]) side.reads.set(s.name, await recordReads(db, s.graphql, 30_000));
  return side;
}

/** Each index's statistics, keyed by its labels or types and properties. */
async function indexStatistics(db: Database): Promise<Map<string, string>> {
  const { records } = await db.driver.executeQuery("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data.indexes AS indexes", {}, { database: db.name });
  const out = new Map<string, string>();
  for (const i of records[0]!.get('indexes') as Record<string, unknown>[]) {
    const key = `${String(i.labels ?? i.relationshipTypes ?? '')}(${String(i.properties)}) ${String(i.indexType ?? '')}`;
    out.set(key, `size ${i.totalSize} unique ${i.estimatedUniqueSize} updates ${i.updatesSinceEstimation}`);
  }
  return out;
}

const planText = (p: PlanNode, depth = 0): string =>
  [`${'  '.repeat(depth)}${p.operatorType} ${p.arguments.Details ?? ''} rows ${Number(p.arguments.EstimatedRows ?? 0).toFixed(1)}`, ...p.children.map((c) => planText(c, depth + 1))].join('\n');
const operators = (p: PlanNode): string => `${p.operatorType}(${p.children.map(operators).join(',')})`;

async function plans(side: Side): Promise<Map<string, PlanNode>> {
  const out = new Map<string, PlanNode>();
  for (const [scenario, rounds] of side.reads) {
    for (const [i, read] of rounds.flat().entries()) {
      const session = side.db.driver.session({ database: side.db.name, defaultAccessMode: neo4j.session.READ });
      try {
        const r = await session.run(`EXPLAIN ${side.query(read.name)}`, wholeNumbers(read.params));
        out.set(`${scenario}#${i} ${read.name}`, r.summary.plan as unknown as PlanNode);
      } finally {
        await session.close();
      }
    }
  }
  return out;
}

function comparePlans(when: string, a: Map<string, PlanNode>, b: Map<string, PlanNode>): void {
  let same = 0;
  for (const [key, pa] of a) {
    const pb = b.get(key);
    if (pb && operators(pa) === operators(pb)) {
      same++;
      const ra = planText(pa);
      const rb = planText(pb);
      if (ra !== rb) console.log(`plans ${when}, ${key}: same operators, estimates differ\n--- A\n${ra}\n--- B\n${rb}`);
    } else console.log(`PLANS ${when} DIFFER, ${key}\n--- A\n${planText(pa)}\n--- B\n${pb ? planText(pb) : '(none)'}`);
  }
  console.log(`plans ${when}: ${same} of ${a.size} reads with the same operators on A and B`);
}

function compareStatistics(when: string, a: Map<string, string>, b: Map<string, string>): void {
  const outdated = (m: Map<string, string>) => [...m.values()].filter((v) => !v.endsWith('updates 0')).length;
  let differ = 0;
  for (const [key, va] of a) {
    if (b.get(key) === va) continue;
    differ++;
    console.log(`statistics ${when}, ${key}: A ${va}; B ${b.get(key)}`);
  }
  console.log(`statistics ${when}: ${a.size} indexes, ${differ} differ; with updates since their sample: A ${outdated(a)}, B ${outdated(b)}`);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const sides = [await open('A', values.a), await open('B', values.b)];
const [A, B] = sides as [Side, Side];
try {
  compareStatistics('after the pipeline', await indexStatistics(A.db), await indexStatistics(B.db));
  comparePlans('after the pipeline', await plans(A), await plans(B));
  await new Promise((resolve) => setTimeout(resolve, Number(values.settle) * 1000));
  compareStatistics(`${values.settle} s later`, await indexStatistics(A.db), await indexStatistics(B.db));
  comparePlans(`${values.settle} s later`, await plans(A), await plans(B));
  // Latency of each scenario's reads (its rounds in turn, each round's reads at once), per side.
  const ms: Record<string, Record<'A' | 'B', number[]>> = {};
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const scenario of A.reads.keys()) {
      const order = round % 2 ? [B, A] : [A, B];
      const p50: Partial<Record<'A' | 'B', number>> = {};
      for (const side of order) {
        const times: number[] = [];
        for (let i = 0; i < Number(values.repeat); i++) {
          const t0 = performance.now();
          for (const reads of side.reads.get(scenario)!) await Promise.all(reads.map((r) => side.run(r.name, r.params)));
          times.push(performance.now() - t0);
        }
        if (round === 0) continue; // warm-up
        ms[scenario] ??= { A: [], B: [] };
        ms[scenario][side.name].push(...times);
        p50[side.name] = percentile(times, 50);
      }
      if (round > 0) {
        ratios[scenario] ??= [];
        ratios[scenario].push(p50.B! / p50.A!);
      }
    }
  }
  for (const [scenario, t] of Object.entries(ms)) {
    const r = ratios[scenario]!.sort((x, y) => x - y);
    console.log(
      `${scenario}: A p50 ${percentile(t.A, 50).toFixed(2)} p95 ${percentile(t.A, 95).toFixed(2)} ms, B p50 ${percentile(t.B, 50).toFixed(2)} p95 ${percentile(t.B, 95).toFixed(2)} ms; ` +
        `B/A p50 per round ${percentile(r, 50).toFixed(3)} (${r[0]!.toFixed(3)}-${r.at(-1)!.toFixed(3)})`,
    );
  }
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
} finally {
  for (const s of sides) {
    await s.db.close();
    fs.rmSync(s.tmp, { recursive: true, force: true });
  }
}
