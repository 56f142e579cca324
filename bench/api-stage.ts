// `node bench/api-stage.ts [--scenarios entity,neighborsMentions] [--rounds 2] [--seconds 6] [--slices 6]`: the
// bench's API stage alone (bench/run.ts measures it the same way), for checking an API change: a
// store with the reference corpus and the quick size's synthetic documents (graph/load.ts alone, no
// baseline), then each round measures the scenarios again (API, raw driver, peer side by side, taking
// turns in --slices short slices; the ratios are the median over those slices' rounds, bench/paired.ts).
// On a temporary embedded Neo4j, or NEO4J_URI (documents already there stay; the ones loaded here
// are taken out again). Writes no page; prints one line per scenario and round, then the figures as
// one JSON object. On a shared machine compare the ratios, not the milliseconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../graph/database.ts';
import { loadDocument, removeDocument } from '../graph/load.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { type ApiServer, runScenario, SLICES, type ScenarioResult, startApi } from './api-bench.ts';
import { formatPaired } from './paired.ts';
import { startPeer } from './peer.ts';
import { SCENARIOS } from './scenarios.ts';
import { shapeFor, syntheticUnit } from './synthetic-graph.ts';

const { values } = parseArgs({
  options: {
    scenarios: { type: 'string' },
    rounds: { type: 'string', default: '1' },
    relationships: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '6' },
    connections: { type: 'string', default: '4' },
    slices: { type: 'string', default: String(SLICES) },
  },
});

const log = (line: string) => console.error(`api-stage: ${line}`);
const scenarios = values.scenarios
  ? values.scenarios.split(',').map((name) => {
      const s = SCENARIOS.find((x) => x.name === name.trim());
      if (!s) throw new Error(`no scenario ${name} in bench/scenarios.ts (${SCENARIOS.map((x) => x.name).join(', ')})`);
      return s;
    })
  : SCENARIOS;
const config = loadConfig({ ...process.env, LAWGRAPH_NEO4J_PORT: process.env.LAWGRAPH_NEO4J_PORT ?? '0' });
const opts = { connections: Number(values.connections), seconds: Number(values.seconds), slices: Number(values.slices), timeoutMs: config.queryTimeoutMs };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-api-stage-'));
const loadedHere: string[] = [];

async function prepare(db: Database): Promise<void> {
  await ensureSchema(db);
  await ingestPaths(db, [config.corpus]);
  const shape = shapeFor(Number(values.relationships));
  for (let d = 1; d <= shape.documents; d++) {
    const r = await loadDocument(db, syntheticUnit(shape, d));
    if (r.status === 'loaded') loadedHere.push(r.documentId);
  }
}

/** As bench/run.ts measureApi: the first scenario is measured once more first, and that run discarded. */
async function round(db: Database): Promise<ScenarioResult[]> {
  const servers: { api: ApiServer; peer?: ApiServer } = { api: await startApi(db, config.queryTimeoutMs) };
  try {
    servers.peer = await startPeer(db);
    await runScenario(db, servers, scenarios[0]!, opts);
    const out: ScenarioResult[] = [];
    for (const s of scenarios) {
      const r = await runScenario(db, servers, s, opts);
      const peer = r.peer ? `; peer p50 ${r.peer.p50Ms} ms, ${r.peer.rps} req/s, req/s over peer ${formatPaired(r.paired.rpsOverPeer!)} (pooled ${r.pooled.rpsOverPeer}x)` : '';
      log(`${s.name}: p50 ${r.api.p50Ms} ms, raw ${r.raw.p50Ms} ms (${formatPaired(r.paired.p50)}, pooled ${r.pooled.p50Ratio}x); ${r.api.rps} req/s${peer}; ${r.answer}${r.error ? `; error: ${r.error}` : ''}`);
      out.push(r);
    }
    return out;
  } finally {
    await servers.api.close();
    await servers.peer?.close();
  }
}

const db = await openDatabase(config, { dataDir: path.join(tmp, 'neo4j'), log });
try {
  await prepare(db);
  const rounds: Record<string, Record<string, number>>[] = [];
  for (let i = 1; i <= Number(values.rounds); i++) {
    log(`round ${i}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
    const results = await round(db);
    rounds.push(
      Object.fromEntries(
        results.map((r) => [
          r.name,
          {
            p50Ms: r.api.p50Ms,
            rawP50Ms: r.raw.p50Ms,
            p50Ratio: r.p50Ratio,
            p50RatioMin: r.paired.p50.min,
            p50RatioMax: r.paired.p50.max,
            p50RatioPooled: r.pooled.p50Ratio,
            rps: r.api.rps,
            ...(r.peer && r.paired.rpsOverPeer
              ? { peerRps: r.peer.rps, rpsOverPeer: r.rpsOverPeer!, rpsOverPeerMin: r.paired.rpsOverPeer.min, rpsOverPeerMax: r.paired.rpsOverPeer.max, rpsOverPeerPooled: r.pooled.rpsOverPeer! }
              : {}),
          },
        ]),
      ),
    );
  }
  console.log(JSON.stringify({ rounds }));
} finally {
  if (!db.embedded) for (const id of loadedHere) await removeDocument(db, id).catch(() => {});
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
