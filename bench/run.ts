// `npm run bench [-- --quick] [--sizes 100000,1000000,5000000]`: extract throughput, load rate
// against a plain-driver baseline, API latency against raw driver queries and against the peer
// (@neo4j/graphql), side by side in one run, on a temporary embedded Neo4j (or NEO4J_URI); with
// several sizes, the graph grows and the API is measured again at each (the scale curve).
// Writes docs/benchmarks.md; the last line of stdout is one flat JSON object. `--only pipeline[,load]`
// measures those stages alone (same order, same store) and writes no page. The pipeline stage ends with
// `npm start` itself on the loaded store, a fresh process timed to its first answer (bench/start.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, repoRoot } from '../config.ts';
import { type Database, openDatabase } from '../graph/database.ts';
import { removeDocument } from '../graph/load.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { type ApiServer, runScenario, SLICES, type ScenarioResult, startApi } from './api-bench.ts';
import { allCores, runExtract } from './extract-bench.ts';
import { generateCorpus, referenceBytes } from './generate.ts';
import { cleanBaseline, runGrowth, runLoad } from './load-bench.ts';
import { describeMachine } from './machine.ts';
import { type MemoryPeak, watchMemory } from './memory.ts';
import { formatPaired } from './paired.ts';
import { startPeer } from './peer.ts';
import { flat, markdown, type Results, type Step } from './report.ts';
import { SCENARIOS } from './scenarios.ts';
import { measureStart } from './start.ts';
import { ratio } from './stats.ts';
import { shapeFor, syntheticUnit } from './synthetic-graph.ts';

const DEFAULT_OUT = path.join(repoRoot, 'docs', 'benchmarks.md');
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    relationships: { type: 'string' },
    sizes: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string' },
    slices: { type: 'string' },
    scales: { type: 'string' },
    out: { type: 'string', default: DEFAULT_OUT },
    // `--only pipeline` or `--only pipeline,load` (the load needs the pipeline's graph): for comparing
    // changes to those stages without the rest of the run.
    only: { type: 'string' },
  },
});
const quick = values.quick;
const settings = {
  scales: (values.scales ?? (quick ? '1,10' : '1,10,100')).split(',').map(Number),
  sizes: (values.sizes ?? values.relationships ?? (quick ? '100000' : '1000000')).split(',').map(Number).sort((a, b) => a - b),
  forceDocs: quick ? 1 : 5,
  seconds: Number(values.seconds ?? (quick ? 6 : 20)),
  connections: Number(values.connections ?? (quick ? 4 : 8)),
  slices: Number(values.slices ?? SLICES),
};
const only = values.only?.split(',').map((s) => s.trim());
if (only?.some((s) => !['pipeline', 'load'].includes(s))) throw new Error('--only takes pipeline and/or load');

const log = (line: string) => console.error(`bench: ${line}`);
/** Starts of `npm start` on the loaded store, reported as their median and range. */
const START_RUNS = 3;
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

async function countGraph(d: Database): Promise<{ nodes: number; relationships: number }> {
  const counts = await d.driver.executeQuery(
    'CALL () { MATCH (n:Node) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: d.name },
  );
  return { nodes: counts.records[0]!.get('nodes') as number, relationships: counts.records[0]!.get('rels') as number };
}

/** Every scenario against the API, the raw driver and (where it applies) the peer. */
async function measureApi(d: Database): Promise<ScenarioResult[]> {
  const servers: { api: ApiServer; peer?: ApiServer } = { api: await startApi(d, config.queryTimeoutMs) };
  try {
    servers.peer = await startPeer(d);
    // The first scenario of a run, measured twice: the first time is discarded. Whichever scenario came
    // first measured 1.5-2x its cost when second (entity and entityByName swapped, same query), for API,
    // raw and peer alike and after each measurement's own warm-up: it paid for warming the JVM's JIT,
    // V8 and the load generator for all the others.
    const opts = { connections: settings.connections, seconds: settings.seconds, slices: settings.slices, timeoutMs: config.queryTimeoutMs };
    await runScenario(d, servers, SCENARIOS[0]!, opts);
    const out: ScenarioResult[] = [];
    for (const s of SCENARIOS) {
      const r = await runScenario(d, servers, s, opts);
      const peer = r.peer ? `; peer p50 ${r.peer.p50Ms} ms, ${r.peer.rps} req/s (${formatPaired(r.paired.rpsOverPeer!)})` : '';
      log(`api ${s.name}: p50 ${r.api.p50Ms} ms (raw ${r.raw.p50Ms}, ${formatPaired(r.paired.p50)}), p95 ${r.api.p95Ms} ms, ${r.api.rps} req/s${peer}, ${r.answer}${r.error ? `, error: ${r.error}` : ''}`);
      out.push(r);
    }
    return out;
  } finally {
    await servers.api.close();
    await servers.peer?.close();
  }
}

/** `npm start` itself on the bench's loaded store (bench/start.ts). An embedded store is one process's
 *  at a time: this run's Neo4j stops for it, and starts again after it when `reopen`. */
async function measureNpmStart(reopen: boolean): Promise<Results['start']> {
  const withNeo4jStart = !!db?.embedded;
  if (withNeo4jStart) {
    await db!.close();
    db = undefined;
  }
  // Several starts, their median and range: one start is a single draw of a JVM's start on a shared machine
  // (six starts on an idle one spread 4.96-6.48 s).
  const ms: number[] = [];
  for (let i = 0; i < START_RUNS; i++) {
    const r = await measureStart({ ...process.env, LAWGRAPH_DATA: tmp, LAWGRAPH_CORPUS: config.corpus });
    log(`npm start on the loaded store: first answer ${(r.ms / 1000).toFixed(1)} s after its spawn${withNeo4jStart ? ", the embedded Neo4j's start included" : ' (external Neo4j: not started)'}`);
    if (r.reloaded) log(`  but it loaded ${r.reloaded} documents again (ingest/ changed during the run?): not a loaded store's start`);
    ms.push(r.ms);
  }
  if (withNeo4jStart && reopen) db = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log });
  const sorted = ms.sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]!, maxMs: sorted.at(-1)!, starts: sorted.length, withNeo4jStart };
}

/** The `--only` run: the pipeline's figures, and the first load's against its baseline when asked. */
async function partial(pipelineMs: number, pipelineUnchangedMs: number, start: Results['start'], withLoad: boolean): Promise<void> {
  const out: Record<string, number | string> = {
    'pipeline.referenceMs': Math.round(pipelineMs),
    'pipeline.unchangedMs': Math.round(pipelineUnchangedMs),
    'start.loadedStoreMs': Math.round(start.ms),
    'start.loadedStoreMsMin': Math.round(start.minMs),
    'start.loadedStoreMsMax': Math.round(start.maxMs),
    'start.withNeo4jStart': start.withNeo4jStart ? 'yes' : 'no',
  };
  if (withLoad) {
    const d = db!;
    const shape = shapeFor(settings.sizes[0]!);
    const load = await runLoad(d, (n) => syntheticUnit(shape, n), shape.documents, 0, log);
    Object.assign(out, {
      'load.rowsPerSec': load.first.rowsPerSec,
      'load.baselineRowsPerSec': load.baseline.rowsPerSec,
      'load.ratio': ratio(load.first.rowsPerSec, load.baseline.rowsPerSec),
      'load.schemaBaselineRowsPerSec': load.schemaBaseline.rowsPerSec,
      'load.schemaRatio': ratio(load.first.rowsPerSec, load.schemaBaseline.rowsPerSec),
    });
  }
  out.loadAverage = os.loadavg().map((x) => x.toFixed(1)).join(' / ');
  await cleanup();
  console.log(JSON.stringify(out));
}

async function main(): Promise<void> {
  const memory: Record<string, MemoryPeak> = {};
  const cores = allCores();
  const extract: Results['extract'] = [];

  // 1. Extract: the reference corpus, then synthetic corpora at multiples of its bytes.
  if (!only) await stage(memory, 'extract', async () => {
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

  // The same pipeline on the loaded store: what `npm start` does before it serves.
  const t1 = performance.now();
  await ingestPaths(db, [config.corpus]);
  const pipelineUnchangedMs = performance.now() - t1;
  log(`reference corpus again, loaded store: ${(pipelineUnchangedMs / 1000).toFixed(1)} s (in process, Neo4j up)`);
  const start = await measureNpmStart(!only || only.includes('load'));
  if (only) return partial(pipelineMs, pipelineUnchangedMs, start, only.includes('load'));

  // 3. Load: synthetic documents around the real graph, loader vs baseline, then reloads; then the
  // API at that size; with more sizes, the graph grows and the API is measured again.
  const unit = (d: number) => syntheticUnit(shapeFor(settings.sizes[0]!), d);
  const loadAverages: string[] = [];
  const steps: Step[] = [];
  let load: Results['load'] | undefined;
  let loaded = 0;
  for (const size of settings.sizes) {
    const documents = shapeFor(size).documents;
    for (let d = loaded + 1; d <= documents; d++) syntheticDocs.push(`syn-graph-${d}`);
    const label = size >= 1e6 ? `${size / 1e6}M` : `${Math.round(size / 1e3)}k`;
    if (!load) {
      load = await stage(memory, `load ${label}`, () => runLoad(db!, unit, documents, settings.forceDocs, log));
      await cleanBaseline(db);
    }
    const growth = steps.length === 0 ? load.first : await stage(memory, `load ${label}`, () => runGrowth(db!, unit, loaded + 1, documents, log));
    loaded = documents;
    const scale = await countGraph(db);
    log(`graph: ${scale.nodes} nodes, ${scale.relationships} relationships`);
    loadAverages.push(`${label}: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
    const api = await stage(memory, `api ${label}`, () => measureApi(db!));
    steps.push({ ...scale, growth, api });
  }

  const results: Results = {
    mode: quick ? 'quick' : 'full',
    options: [values.sizes && `--sizes ${values.sizes}`, values.out !== DEFAULT_OUT && `--out ${path.relative(repoRoot, values.out)}`].filter(Boolean).join(' ') || undefined,
    machine,
    loadAverages,
    extract,
    pipelineMs,
    pipelineUnchangedMs,
    start,
    load: load!,
    steps,
    api_settings: { connections: settings.connections, seconds: settings.seconds, slices: settings.slices },
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
