// `node bench/api-probe.ts [--n 300] [--only entity,search]` with NEO4J_URI set to a loaded store:
// the API's fixed cost per request, in process. Each scenario (bench/scenarios.ts) runs one request
// at a time through createApi().fetch (no HTTP, no load generator) and its recorded named queries
// through the raw driver, so the difference is what GraphQL, the plugins, the context and the
// shaping add. Run under `node --cpu-prof` to see where that time goes.
import { parseArgs } from 'node:util';
import { runRead } from '../api/context.ts';
import { createApi } from '../api/server.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import { recordReads } from './api-bench.ts';
import { SCENARIOS } from './scenarios.ts';
import { percentile, round } from './stats.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, only: { type: 'string' } } });
const n = Number(values.n);
const config = loadConfig();
if (!config.neo4j.uri) throw new Error('set NEO4J_URI to a loaded store (the probe never starts Neo4j itself)');
const db = await openDatabase(config);
const api = createApi({ db, graphiql: false, queryTimeoutMs: config.queryTimeoutMs });

interface Timing {
  p50: number;
  mean: number;
}

function summary(ms: number[]): Timing {
  ms.sort((a, b) => a - b);
  return { p50: round(percentile(ms, 50)), mean: round(ms.reduce((a, b) => a + b, 0) / ms.length) };
}

/**
 * `n` rounds after a warm-up of n/10; each round times every path once, one after the other, so
 * both see the same machine load (other work on a shared machine moves every figure).
 */
async function interleaved(paths: (() => Promise<unknown>)[]): Promise<Timing[]> {
  const ms = paths.map(() => [] as number[]);
  const warmUp = Math.max(10, Math.round(n / 10));
  for (let i = 0; i < warmUp + n; i++) {
    for (const [k, once] of paths.entries()) {
      const t = performance.now();
      await once();
      if (i >= warmUp) ms[k]!.push(performance.now() - t);
    }
  }
  return ms.map(summary);
}

const only = values.only?.split(',');
for (const s of SCENARIOS.filter((x) => !only || only.includes(x.name))) {
  const body = JSON.stringify({ query: s.graphql });
  const rounds = await recordReads(db, s.graphql, config.queryTimeoutMs);
  const [viaApi, raw] = await interleaved([
    async () => {
      const res = await api.fetch('http://probe/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const reply = (await res.json()) as { errors?: { message: string }[] };
      if (reply.errors) throw new Error(`${s.name}: ${reply.errors[0]!.message}`);
    },
    async () => {
      for (const r of rounds) await Promise.all(r.map((x) => runRead(db, query(x.name), x.params, config.queryTimeoutMs)));
    },
  ]);
  const reads = rounds.map((r) => r.map((x) => x.name).join(' + ')).join(', ');
  console.log(
    `${s.name.padEnd(20)} api p50 ${viaApi!.p50} ms, mean ${viaApi!.mean} | raw p50 ${raw!.p50}, mean ${raw!.mean} | ` +
      `added p50 ${round(viaApi!.p50 - raw!.p50)} ms, mean ${round(viaApi!.mean - raw!.mean)} | ${reads}`,
  );
}
await db.close();
