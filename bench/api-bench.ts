// API latency and throughput: the GraphQL server (api/listen.ts on 127.0.0.1, a free port) under
// autocannon in a child process, against a raw neo4j-driver loop running the same named queries
// with the same concurrency and duration, and, where it can answer the same question, the peer
// (@neo4j/graphql over the same database, bench/peer.ts), all in the same run. The sides take
// turns in short slices (bench/paired.ts), so their ratios compare the same seconds of the machine.
import { type ChildProcess, fork } from 'node:child_process';
import type http from 'node:http';
import { neo4jQueries, runRead } from '../api/context.ts';
import { listen } from '../api/listen.ts';
import { createApi } from '../api/server.ts';
import type { Database } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import type { LoadRequest } from './load-generator.ts';
import { type Latency, type PairedRatio, pairedRatio, pool, type Sample, sliceSchedule, summarize } from './paired.ts';
import type { Scenario } from './scenarios.ts';
import { ratio } from './stats.ts';

export type { Latency } from './paired.ts';

export interface ScenarioResult {
  name: string;
  /** Every slice's requests pooled. */
  api: Latency;
  raw: Latency;
  /** API over raw: the median of the per-round ratios (paired slices, bench/paired.ts). */
  p50Ratio: number;
  p95Ratio: number;
  /** The peer (@neo4j/graphql) on the same question, and lawgraph's requests/s over the peer's (paired median). */
  peer?: Latency;
  rpsOverPeer?: number;
  /** The paired ratios with their range over the rounds, and the same ratios of the pooled figures. */
  paired: { p50: PairedRatio; rpsOverPeer?: PairedRatio };
  pooled: { p50Ratio: number; rpsOverPeer?: number };
  /** Size of one answer (items, paths or hits), to show the work is real. */
  answer: string;
  /** The named queries one request runs, in rounds (a round's queries run concurrently). */
  reads: string;
  error?: string;
}

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

export async function startApi(db: Database, timeoutMs: number): Promise<ApiServer> {
  const api = createApi({ db, graphiql: false, queryTimeoutMs: timeoutMs });
  const server: http.Server = await listen(api, 0, '127.0.0.1');
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Reply = { data?: Record<string, unknown>; errors?: { message: string }[] };

async function post(url: string, graphql: string): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphql }) });
  return (await res.json()) as Reply;
}

function describe(data: Record<string, unknown> | undefined): string {
  const v = data ? Object.values(data)[0] : undefined;
  if (Array.isArray(v)) return `${v.length} ${v.length && 'hops' in (v[0] as object) ? 'paths' : 'nodes'}`;
  if (v && typeof v === 'object') {
    const o = v as { items?: unknown[]; edges?: unknown[] };
    if (o.items) return `${o.items.length} items`;
    if (o.edges) return `${o.edges.length} edges`;
    return '1 node';
  }
  return 'null';
}

interface Read {
  name: string;
  params: Record<string, unknown>;
}

/**
 * The named queries one request makes, recorded from the API itself (a runner around the real
 * one), grouped in rounds: queries the resolvers started before the previous ones finished
 * (DataLoader batches, sibling fields) form one round and are replayed concurrently.
 */
export async function recordReads(db: Database, graphql: string, timeoutMs: number): Promise<Read[][]> {
  const real = neo4jQueries(db, timeoutMs);
  const calls: (Read & { start: number; end: number })[] = [];
  const api = createApi({
    graphiql: false,
    queryTimeoutMs: timeoutMs,
    queries: async (name, params) => {
      const call = { name, params, start: performance.now(), end: Number.POSITIVE_INFINITY };
      calls.push(call);
      try {
        return await real(name, params);
      } finally {
        call.end = performance.now();
      }
    },
  });
  await api.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphql }) });
  const rounds: Read[][] = [];
  let roundEnd = Number.NEGATIVE_INFINITY;
  for (const c of calls) {
    const read = { name: c.name, params: c.params };
    if (c.start < roundEnd) {
      rounds.at(-1)!.push(read);
      roundEnd = Math.max(roundEnd, c.end);
    } else {
      rounds.push([read]);
      roundEnd = c.end;
    }
  }
  return rounds;
}

/**
 * Untimed load before the measurement, the same for the API, the raw loop and the peer: as long as
 * the measurement's own concurrency keeps every path busy for WARM_UP_SECONDS. Ten requests were not
 * enough: the first scenario measured (entity) also paid for compiling the code every later one
 * shares (V8 in this process, the JIT in Neo4j's), 2-3x its cost once warm.
 */
export const WARM_UP_SECONDS = 2;

/**
 * Rounds of slices a scenario's measuring time is split into: each round runs every side once for
 * seconds / SLICES (rotated order, bench/paired.ts). Six 1 s slices: short enough that adjacent
 * slices share the machine's load, long enough for a thousand lookups per slice (a hundred for the
 * slowest peer request at 1M).
 */
export const SLICES = 6;

/** `connections` concurrent loops of `once` for `seconds`; a loop's errors are counted, not thrown. */
export async function concurrently(once: () => Promise<unknown>, connections: number, seconds: number): Promise<Sample> {
  let errors = 0;
  const latencies: number[] = [];
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000, errors };
}

/** One side of a comparison: `seconds` of load at the scenario's concurrency, its requests returned. */
type Side = (seconds: number) => Promise<Sample>;

/** The recorded named queries, round after round, through the same READ path the API uses. */
function rawSide(db: Database, rounds: Read[][], connections: number, timeoutMs: number): Side {
  const texts = rounds.map((r) => r.map((x) => ({ cypher: query(x.name), params: x.params })));
  const once = async () => {
    for (const round of texts) await Promise.all(round.map((t) => runRead(db, t.cypher, t.params, timeoutMs)));
  };
  return (seconds) => concurrently(once, connections, seconds);
}

/** The load generator (bench/load-generator.ts), one child kept for a scenario's slices. */
interface LoadGenerator {
  drive(req: LoadRequest): Promise<Sample>;
  close(): void;
}

function startLoadGenerator(): LoadGenerator {
  const child: ChildProcess = fork(new URL('./load-generator.ts', import.meta.url).pathname, [], { execPath: process.execPath, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    drive: (req) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`load generator: no answer ${req.seconds + 60} s after a ${req.seconds} s run`)), (req.seconds + 60) * 1000);
        const onExit = (code: number | null) => reject(new Error(`load generator exited (${code})`));
        child.once('exit', onExit);
        child.once('message', (m: { sample?: Sample; error?: string }) => {
          clearTimeout(timer);
          child.off('exit', onExit);
          if (m.sample) resolve(m.sample);
          else reject(new Error(`load generator: ${m.error}`));
        });
        child.send(req);
      }),
    close: () => child.disconnect(),
  };
}

function httpSide(generator: LoadGenerator, url: string, graphql: string, connections: number): Side {
  const body = JSON.stringify({ query: graphql });
  return (seconds) => generator.drive({ url, body, connections, seconds });
}

/**
 * Every side warmed up in turn, then measured in SLICES rounds of short slices, each round running
 * every side once (rotated order): the sides' slices of one round see the same load of the machine.
 */
async function measureInterleaved(sides: Side[], seconds: number, slices: number): Promise<Sample[][]> {
  for (const side of sides) await side(WARM_UP_SECONDS); // warm-up, not timed
  const bySide = new Map<Side, Sample[]>(sides.map((s) => [s, []]));
  for (const order of sliceSchedule(sides, slices)) {
    for (const side of order) bySide.get(side)!.push(await side(seconds / slices));
  }
  return sides.map((s) => bySide.get(s)!);
}

const errorsOf = (r: Reply) => (r.errors?.length ? r.errors.map((e) => e.message).join('; ') : undefined);

export async function runScenario(
  db: Database,
  servers: { api: ApiServer; peer?: ApiServer },
  s: Scenario,
  opts: { connections: number; seconds: number; timeoutMs: number; slices?: number },
): Promise<ScenarioResult> {
  const probe = await post(servers.api.url, s.graphql);
  const rounds = await recordReads(db, s.graphql, opts.timeoutMs);
  let error = errorsOf(probe);
  let peerQuery: string | undefined;
  if (s.peer && servers.peer) {
    const peerError = errorsOf(await post(servers.peer.url, s.peer));
    if (peerError) error = [error, `peer: ${peerError}`].filter(Boolean).join('; ');
    else peerQuery = s.peer;
  }
  const generator = startLoadGenerator();
  try {
    const sides = [httpSide(generator, servers.api.url, s.graphql, opts.connections), rawSide(db, rounds, opts.connections, opts.timeoutMs)];
    if (peerQuery && servers.peer) sides.push(httpSide(generator, servers.peer.url, peerQuery, opts.connections));
    const [apiSlices, rawSlices, peerSlices] = await measureInterleaved(sides, opts.seconds, opts.slices ?? SLICES);
    const each = (xs: Sample[]) => xs.map(summarize);
    const [apiEach, rawEach] = [each(apiSlices!), each(rawSlices!)];
    const [api, raw] = [summarize(pool(apiSlices!)), summarize(pool(rawSlices!))];
    const p50 = pairedRatio(apiEach.map((x) => x.p50Ms), rawEach.map((x) => x.p50Ms));
    const p95 = pairedRatio(apiEach.map((x) => x.p95Ms), rawEach.map((x) => x.p95Ms));
    const peer = peerSlices && summarize(pool(peerSlices));
    const overPeer = peerSlices && pairedRatio(apiEach.map((x) => x.rps), each(peerSlices).map((x) => x.rps));
    return {
      name: s.name,
      api,
      raw,
      p50Ratio: p50.median,
      p95Ratio: p95.median,
      ...(peer && overPeer ? { peer, rpsOverPeer: overPeer.median } : {}),
      paired: { p50, ...(overPeer ? { rpsOverPeer: overPeer } : {}) },
      pooled: { p50Ratio: ratio(api.p50Ms, raw.p50Ms), ...(peer ? { rpsOverPeer: ratio(api.rps, peer.rps) } : {}) },
      answer: describe(probe.data),
      reads: rounds.map((r) => r.map((x) => x.name).join(' + ')).join(', '),
      ...(error ? { error } : {}),
    };
  } finally {
    generator.close();
  }
}
