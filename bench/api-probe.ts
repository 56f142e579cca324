// `node bench/api-probe.ts [--n 300] [--only entity,search] [--jvm <pid>]` with NEO4J_URI set to a
// loaded store: the API's fixed cost per request, in process. Each scenario (bench/scenarios.ts)
// runs one request at a time through createApi().fetch (no HTTP, no load generator) and its
// recorded named queries through the raw driver, so the difference is what GraphQL, the plugins,
// the context and the shaping add. Besides wall time it reports the CPU time each path costs this
// process (and, given the Neo4j server's pid, that JVM) per request: on a machine other work keeps
// busy, wall times swing 2x between runs, CPU time much less. Run under `node --cpu-prof` to see
// where the time goes.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runRead } from '../api/context.ts';
import { createApi } from '../api/server.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import { recordReads, WARM_UP_SECONDS } from './api-bench.ts';
import { SCENARIOS } from './scenarios.ts';
import { percentile, round } from './stats.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, only: { type: 'string' }, jvm: { type: 'string' } } });
const n = Number(values.n);
const config = loadConfig();
if (!config.neo4j.uri) throw new Error('set NEO4J_URI to a loaded store (the probe never starts Neo4j itself)');
const db = await openDatabase(config);
const api = createApi({ db, graphiql: false, queryTimeoutMs: config.queryTimeoutMs });

interface Timing {
  p50: number;
  mean: number;
  /** CPU microseconds per request: this process, and the Neo4j server when its pid is given. */
  cpuUs: number;
  jvmUs?: number;
}

/** CPU time (user + system) of another process on this machine, in microseconds, from /proc. */
function cpuOfPid(pid: string): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / 100; // utime + stime, in clock ticks of 1/100 s
}

function summary(ms: number[], cpuUs: number, jvmUs: number | undefined): Timing {
  ms.sort((a, b) => a - b);
  return {
    p50: round(percentile(ms, 50)),
    mean: round(ms.reduce((a, b) => a + b, 0) / ms.length),
    cpuUs: Math.round(cpuUs / ms.length),
    ...(jvmUs === undefined ? {} : { jvmUs: Math.round(jvmUs / ms.length) }),
  };
}

/**
 * `n` rounds after a warm-up; each round times every path once, one after the other, so
 * both see the same machine load (other work on a shared machine moves every figure).
 */
async function interleaved(paths: (() => Promise<unknown>)[]): Promise<Timing[]> {
  const ms = paths.map(() => [] as number[]);
  const cpu = paths.map(() => 0);
  const jvm = paths.map(() => 0);
  // Untimed rounds first, as many as n/10 and for WARM_UP_SECONDS at least (as the bench warms up).
  const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
  for (let i = 0; i < Math.max(10, Math.round(n / 10)) || performance.now() < warmUntil; i++) for (const once of paths) await once();
  for (let i = 0; i < n; i++) {
    for (const [k, once] of paths.entries()) {
      const c0 = process.cpuUsage();
      const j0 = values.jvm ? cpuOfPid(values.jvm) : 0;
      const t = performance.now();
      await once();
      ms[k]!.push(performance.now() - t);
      const c = process.cpuUsage(c0);
      cpu[k]! += c.user + c.system;
      if (values.jvm) jvm[k]! += cpuOfPid(values.jvm) - j0;
    }
  }
  return ms.map((m, k) => summary(m, cpu[k]!, values.jvm ? jvm[k] : undefined));
}

const only = values.only?.split(',');
// In the order --only names them: the first scenario of a process also pays for compiling the code
// every scenario shares (V8's compiler threads count in this process's CPU time).
const scenario = (name: string) => {
  const found = SCENARIOS.find((x) => x.name === name);
  if (!found) throw new Error(`no scenario ${name} in bench/scenarios.ts`);
  return found;
};
for (const s of only ? only.map(scenario) : SCENARIOS) {
  const body = JSON.stringify({ query: s.graphql });
  // Recorded after one request, as the bench does: the raw queries then carry what the API's first
  // request left it holding (exposure: the profile answers it keeps parsed, not read again).
  await api.fetch('http://probe/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
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
  const cpu = (t: Timing) => `cpu ${t.cpuUs} us${t.jvmUs === undefined ? '' : `, jvm ${t.jvmUs} us`}`;
  console.log(
    `${s.name.padEnd(20)} api p50 ${viaApi!.p50} ms, mean ${viaApi!.mean}, ${cpu(viaApi!)} | raw p50 ${raw!.p50}, mean ${raw!.mean}, ${cpu(raw!)} | ` +
      `added p50 ${round(viaApi!.p50 - raw!.p50)} ms, mean ${round(viaApi!.mean - raw!.mean)}, cpu ${viaApi!.cpuUs - raw!.cpuUs} us | ${reads}`,
  );
}
await db.close();
