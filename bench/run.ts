// `npm run bench [-- --quick]`: extract throughput, load rate against a plain-driver baseline and
// API latency against raw driver queries, side by side in one run, on a temporary embedded Neo4j
// (or NEO4J_URI). Writes docs/benchmarks.md; the last line of stdout is one flat JSON object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, repoRoot } from '../config.ts';
import { type Database, openDatabase } from '../graph/database.ts';
import { removeDocument } from '../graph/load.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { runScenario, type ScenarioResult, startApi } from './api-bench.ts';
import { allCores, runExtract } from './extract-bench.ts';
import { generateCorpus, referenceBytes } from './generate.ts';
import { cleanBaseline, runLoad } from './load-bench.ts';
import { describeMachine } from './machine.ts';
import { type MemoryPeak, watchMemory } from './memory.ts';
import { flat, markdown, type Results } from './report.ts';
import { SCENARIOS } from './scenarios.ts';
import { shapeFor, syntheticUnit } from './synthetic-graph.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    relationships: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    scales: { type: 'string' },
    out: { type: 'string', default: path.join(repoRoot, 'docs', 'benchmarks.md') },
  },
});
const quick = values.quick;
const settings = {
  scales: (values.scales ?? (quick ? '1,10' : '1,10,100')).split(',').map(Number),
  relationships: Number(values.relationships ?? (quick ? 100_000 : 1_000_000)),
  forceDocs: quick ? 1 : 5,
  seconds: Number(values.seconds ?? (quick ? 6 : 20)),
  connections: Number(values.connections ?? (quick ? 4 : 8)),
};

const log = (line: string) => console.error(`bench: ${line}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-bench-'));
const config = loadConfig({ ...process.env, LAWGRAPH_NEO4J_PORT: process.env.LAWGRAPH_NEO4J_PORT ?? '0' });
let db: Database | undefined;
const syntheticDocs: string[] = [];

async function cleanup(): Promise<void> {
  if (db && !db.embedded) {
    // An external server keeps its data: take the synthetic documents out again.
    for (const id of syntheticDocs) await removeDocument(db, id).catch(() => {});
  }
  await db?.close().catch(() => {});
  db = undefined;
  fs.rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function stage<T>(memory: Record<string, MemoryPeak>, name: string, fn: () => Promise<T>): Promise<T> {
  const stop = watchMemory(db?.embedded ? [db.embedded.pid] : []);
  try {
    return await fn();
  } finally {
    memory[name] = stop();
  }
}

async function main(): Promise<void> {
  const memory: Record<string, MemoryPeak> = {};
  const cores = allCores();
  const extract: Results['extract'] = [];

  // 1. Extract: the reference corpus, then synthetic corpora at multiples of its bytes.
  await stage(memory, 'extract', async () => {
    const corpora: [string, string][] = [['reference', config.corpus]];
    const base = referenceBytes(config.corpus);
    for (const scale of settings.scales) corpora.push([`synthetic ${scale}x`, path.join(tmp, `corpus-${scale}x`)]);
    for (const [label, dir] of corpora) {
      if (label !== 'reference') {
        const c = generateCorpus(dir, Number(label.match(/(\d+)x/)![1]), base);
        log(`generated ${label}: ${c.documents} documents, ${(c.bytes / 1e6).toFixed(1)} MB`);
      }
      const one = await runExtract(dir, 1);
      const all = await runExtract(dir, cores);
      log(`extract ${label}: ${one.mbPerSec} MB/s one worker, ${all.mbPerSec} MB/s on ${cores}`);
      extract.push({ label, bytes: one.bytes, one, all });
      if (label !== 'reference') fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // 2. Database, schema and the reference corpus (extract, load, derive).
  db = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log });
  const machine = await describeMachine(db);
  await ensureSchema(db);
  const t0 = performance.now();
  const pipeline = await stage(memory, 'pipeline', () => ingestPaths(db!, [config.corpus]));
  const pipelineMs = performance.now() - t0;
  log(`reference corpus loaded in ${(pipelineMs / 1000).toFixed(1)} s (${pipeline.failed.length} failed)`);
  for (const f of pipeline.failed) log(`  failed ${f.documentId ?? f.file}: ${f.reason}`);

  // 3. Load: synthetic documents around the real graph, loader vs baseline, then reloads.
  const shape = shapeFor(settings.relationships);
  for (let d = 1; d <= shape.documents; d++) syntheticDocs.push(`syn-graph-${d}`);
  const load = await stage(memory, 'load', () => runLoad(db!, (d) => syntheticUnit(shape, d), shape.documents, settings.forceDocs, log));
  await cleanBaseline(db);
  const counts = await db.driver.executeQuery(
    'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: db.name },
  );
  const scale = { nodes: counts.records[0]!.get('nodes') as number, relationships: counts.records[0]!.get('rels') as number };
  log(`graph: ${scale.nodes} nodes, ${scale.relationships} relationships`);

  // 4. API against raw driver.
  const api: ScenarioResult[] = await stage(memory, 'api', async () => {
    const server = await startApi(db!, config.queryTimeoutMs);
    try {
      const out: ScenarioResult[] = [];
      for (const s of SCENARIOS) {
        const r = await runScenario(db!, server, s, { connections: settings.connections, seconds: settings.seconds, timeoutMs: config.queryTimeoutMs });
        log(`api ${s.name}: p50 ${r.api.p50Ms} ms (raw ${r.raw.p50Ms}), p95 ${r.api.p95Ms} ms, ${r.api.rps} req/s, ${r.answer}${r.error ? `, error: ${r.error}` : ''}`);
        out.push(r);
      }
      return out;
    } finally {
      await server.close();
    }
  });

  const results: Results = {
    mode: quick ? 'quick' : 'full',
    machine,
    extract,
    pipelineMs,
    load,
    scale,
    api,
    api_settings: { connections: settings.connections, seconds: settings.seconds },
    memory,
  };
  fs.writeFileSync(values.out, markdown(results));
  log(`wrote ${path.relative(process.cwd(), values.out)}`);
  await cleanup();
  console.log(JSON.stringify(flat(results)));
}

main().catch(async (err) => {
  console.error(err);
  await cleanup();
  process.exit(1);
});
