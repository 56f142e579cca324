// `node bench/api-ab.ts [--base <tree>] [--sides raw,work,bare] [--scenarios entity] [--rounds 12] [--slice 1]
// [--connections 4] [--jvm <pid>]` with NEO4J_URI set to a loaded store: an API change measured over HTTP
// against the raw driver, with where each request's CPU goes. Sides take turns in rotated slices as in
// the bench (bench/paired.ts), all in this process:
//   raw   the scenario's recorded named queries through the API's read path (as api-bench.ts's raw side);
//   work  this tree's API (api/listen.ts), driven by the bench's load generator (autocannon, a child);
//   base  the API of another checkout given by --base (e.g. `git archive <commit> | tar -x -C /tmp/base`
//         with node_modules linked), for before/after in the same seconds of the machine;
//   bare  a plain node:http handler running the same queries and writing JSON.stringify of the rows:
//         what the HTTP hop alone costs, the floor for the API's ratio on this machine.
// Per side: the median p50 over the rounds, the paired p50 ratio over raw (median and range), and CPU
// per request of this process (the server), the load generator and, given --jvm, the Neo4j JVM; with
// both work and base, work over base paired by round (p50 and server CPU per request). On a
// 2-core machine running all three, latency follows the summed CPU: CPU per request is the steadier
// figure when other work moves the machine's load.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runRead } from '../api/context.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import { concurrently, recordReads, WARM_UP_SECONDS } from './api-bench.ts';
import type { LoadRequest } from './load-generator.ts';
import { median, pairedRatio, type Sample, sliceSchedule } from './paired.ts';
import { SCENARIOS } from './scenarios.ts';
import { percentile, round } from './stats.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    sides: { type: 'string', default: 'raw,work,bare' },
    scenarios: { type: 'string', default: 'entity' },
    rounds: { type: 'string', default: '12' },
    slice: { type: 'string', default: '1' },
    connections: { type: 'string', default: '4' },
    jvm: { type: 'string' },
  },
});
const config = loadConfig();
if (!config.neo4j.uri) throw new Error('set NEO4J_URI to a loaded store (api-ab never starts Neo4j itself)');
const sideNames = values.sides.split(',');
if (sideNames.includes('base') && !values.base) throw new Error('--base <tree> names the checkout the base side runs');
const connections = Number(values.connections);
const db = await openDatabase(config);

/** CPU time (user + system) of a process, in microseconds, from /proc (clock ticks of 1/100 s). */
function cpuOfPid(pid: number | string): number {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1e6) / 100;
}

interface Server {
  url: string;
  close(): Promise<void>;
}

async function serve(server: http.Server): Promise<Server> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The API of the checkout at `root`, over the same driver. */
async function apiOf(root: string): Promise<Server> {
  const { createApi } = (await import(`${root}/api/server.ts`)) as typeof import('../api/server.ts');
  const { listen } = (await import(`${root}/api/listen.ts`)) as typeof import('../api/listen.ts');
  const server = await listen(createApi({ db, graphiql: false, queryTimeoutMs: config.queryTimeoutMs }), 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

type Reads = { cypher: string; params: Record<string, unknown> }[][];
let bareReads: Reads = [];

const runReads = async (reads: Reads) => {
  let rows: unknown;
  for (const round of reads) rows = await Promise.all(round.map((t) => runRead(db, t.cypher, t.params, config.queryTimeoutMs)));
  return rows;
};

/** The floor: node:http, the body parsed, the queries run, the rows written. */
function bare(): Promise<Server> {
  return serve(
    http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        JSON.parse(Buffer.concat(chunks).toString());
        runReads(bareReads).then(
          (rows) => {
            const body = Buffer.from(JSON.stringify({ data: rows }));
            res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
            res.end(body);
          },
          () => {
            res.writeHead(500);
            res.end();
          },
        );
      });
    }),
  );
}

const servers = new Map<string, Server>();
for (const name of sideNames) {
  if (name === 'work') servers.set(name, await apiOf(new URL('..', import.meta.url).pathname.replace(/\/$/, '')));
  else if (name === 'base') servers.set(name, await apiOf(values.base!.replace(/\/$/, '')));
  else if (name === 'bare') servers.set(name, await bare());
  else if (name !== 'raw') throw new Error(`no side ${name} (raw, work, base, bare)`);
}

const generator = fork(new URL('./load-generator.ts', import.meta.url).pathname, [], { execPath: process.execPath, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const drive = (req: LoadRequest) =>
  new Promise<Sample>((resolve, reject) => {
    generator.once('message', (m: { sample?: Sample; error?: string }) => (m.sample ? resolve(m.sample) : reject(new Error(`load generator: ${m.error}`))));
    generator.send(req);
  });

try {
  for (const name of values.scenarios.split(',')) {
    const s = SCENARIOS.find((x) => x.name === name);
    if (!s) throw new Error(`no scenario ${name} in bench/scenarios.ts`);
    const reads = (await recordReads(db, s.graphql, config.queryTimeoutMs)).map((r) => r.map((x) => ({ cypher: query(x.name), params: x.params })));
    bareReads = reads;
    const body = JSON.stringify({ query: s.graphql });
    const side = (n: string) => (seconds: number) => (n === 'raw' ? concurrently(() => runReads(reads), connections, seconds) : drive({ url: servers.get(n)!.url, body, connections, seconds }));
    for (const n of sideNames) await side(n)(WARM_UP_SECONDS);
    const stats = new Map(sideNames.map((n) => [n, { p50: [] as number[], selfEach: [] as number[], requests: 0, errors: 0, self: 0, gen: 0, jvm: 0 }]));
    const loads: number[] = [];
    for (const order of sliceSchedule(sideNames, Number(values.rounds))) {
      loads.push(os.loadavg()[0]!);
      for (const n of order) {
        const c0 = process.cpuUsage();
        const g0 = cpuOfPid(generator.pid!);
        const j0 = values.jvm ? cpuOfPid(values.jvm) : 0;
        const sample = await side(n)(Number(values.slice));
        const c = process.cpuUsage(c0);
        const st = stats.get(n)!;
        st.self += c.user + c.system;
        st.selfEach.push((c.user + c.system) / Math.max(1, sample.latencies.length));
        st.gen += cpuOfPid(generator.pid!) - g0;
        if (values.jvm) st.jvm += cpuOfPid(values.jvm) - j0;
        st.requests += sample.latencies.length;
        st.errors += sample.errors;
        st.p50.push(percentile([...sample.latencies].sort((a, b) => a - b), 50));
      }
    }
    console.log(`${name}: load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}, ${values.rounds} rounds of ${values.slice} s slices`);
    const raw = stats.get('raw');
    for (const [n, st] of stats) {
      const paired = raw && n !== 'raw' ? pairedRatio(st.p50, raw.p50) : undefined;
      const per = (us: number) => Math.round(us / Math.max(1, st.requests));
      console.log(
        `  ${n.padEnd(5)} p50 ${round(median(st.p50), 3)} ms${paired ? `, over raw ${paired.median}x (${paired.min}-${paired.max}x)` : ''}; ${st.requests} requests, ${st.errors} errors; ` +
          `CPU per request: server ${per(st.self)} us, load generator ${per(st.gen)} us${values.jvm ? `, JVM ${per(st.jvm)} us` : ''}`,
      );
    }
    // The change against the base in the same rounds: what a before/after reads when the load moves.
    const [work, base] = [stats.get('work'), stats.get('base')];
    if (work && base) {
      const p50 = pairedRatio(work.p50, base.p50);
      const cpu = pairedRatio(work.selfEach, base.selfEach);
      console.log(`  work over base: p50 ${p50.median}x (${p50.min}-${p50.max}x), server CPU per request ${cpu.median}x (${cpu.min}-${cpu.max}x)`);
    }
  }
} finally {
  generator.disconnect();
  for (const s of servers.values()) await s.close();
  await db.close();
}
