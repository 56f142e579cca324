// API latency and throughput: the GraphQL server (api/listen.ts on 127.0.0.1, a free port) under
// autocannon in a child process, against a raw neo4j-driver loop running the same named queries
// with the same concurrency and duration, and, where it can answer the same question, the peer
// (@neo4j/graphql over the same database, bench/peer.ts), all in the same run.
import { execFile } from 'node:child_process';
import type http from 'node:http';
import { promisify } from 'node:util';
import { neo4jQueries, runRead } from '../api/context.ts';
import { listen } from '../api/listen.ts';
import { createApi } from '../api/server.ts';
import type { Database } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import type { Scenario } from './scenarios.ts';
import { percentile, ratio, round } from './stats.ts';

const run = promisify(execFile);

export interface Latency {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  requests: number;
  errors: number;
}

export interface ScenarioResult {
  name: string;
  api: Latency;
  raw: Latency;
  p50Ratio: number;
  p95Ratio: number;
  /** The peer (@neo4j/graphql) on the same question, and lawgraph's requests/s over the peer's. */
  peer?: Latency;
  rpsOverPeer?: number;
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
 * Untimed load before each measurement, the same for the API, the raw loop and the peer: as long as
 * the measurement's own concurrency keeps every path busy for WARM_UP_SECONDS. Ten requests were not
 * enough: the first scenario measured (entity) also paid for compiling the code every later one
 * shares (V8 in this process, the JIT in Neo4j's), 2-3x its cost once warm.
 */
export const WARM_UP_SECONDS = 2;

/** `connections` concurrent loops of `once` for `seconds`; a loop's errors are counted, not thrown. */
async function concurrently(once: () => Promise<void>, connections: number, seconds: number, latencies: number[] = []): Promise<number> {
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
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
  return errors;
}

/** `connections` concurrent loops of `once` for `seconds`, after a warm-up. */
async function loop(once: () => Promise<void>, connections: number, seconds: number): Promise<Latency> {
  await concurrently(once, connections, WARM_UP_SECONDS); // warm-up, not timed
  const latencies: number[] = [];
  const t0 = performance.now();
  const errors = await concurrently(once, connections, seconds, latencies);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    p99Ms: round(percentile(latencies, 99)),
    rps: round(latencies.length / elapsed),
    requests: latencies.length,
    errors,
  };
}

/** The recorded named queries, round after round, through the same READ path the API uses. */
function rawLoop(db: Database, rounds: Read[][], connections: number, seconds: number, timeoutMs: number): Promise<Latency> {
  const texts = rounds.map((r) => r.map((x) => ({ cypher: query(x.name), params: x.params })));
  return loop(
    async () => {
      for (const round of texts) await Promise.all(round.map((t) => runRead(db, t.cypher, t.params, timeoutMs)));
    },
    connections,
    seconds,
  );
}

async function httpLoad(url: string, graphql: string, connections: number, seconds: number): Promise<Latency> {
  const script = new URL('./load-generator.ts', import.meta.url).pathname;
  const generate = async (s: number) => {
    const { stdout } = await run(process.execPath, [script, url, JSON.stringify({ query: graphql }), String(connections), String(s)], {
      timeout: (s + 60) * 1000,
    });
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as Latency;
  };
  await generate(WARM_UP_SECONDS); // warm-up, not timed
  return generate(seconds);
}

const errorsOf = (r: Reply) => (r.errors?.length ? r.errors.map((e) => e.message).join('; ') : undefined);

export async function runScenario(
  db: Database,
  servers: { api: ApiServer; peer?: ApiServer },
  s: Scenario,
  opts: { connections: number; seconds: number; timeoutMs: number },
): Promise<ScenarioResult> {
  const probe = await post(servers.api.url, s.graphql);
  const rounds = await recordReads(db, s.graphql, opts.timeoutMs);
  let error = errorsOf(probe);
  const api = await httpLoad(servers.api.url, s.graphql, opts.connections, opts.seconds);
  const raw = await rawLoop(db, rounds, opts.connections, opts.seconds, opts.timeoutMs);
  let peer: Latency | undefined;
  if (s.peer && servers.peer) {
    const peerProbe = await post(servers.peer.url, s.peer);
    const peerError = errorsOf(peerProbe);
    if (peerError) error = [error, `peer: ${peerError}`].filter(Boolean).join('; ');
    else peer = await httpLoad(servers.peer.url, s.peer, opts.connections, opts.seconds);
  }
  return {
    name: s.name,
    api,
    raw,
    p50Ratio: ratio(api.p50Ms, raw.p50Ms),
    p95Ratio: ratio(api.p95Ms, raw.p95Ms),
    ...(peer ? { peer, rpsOverPeer: ratio(api.rps, peer.rps) } : {}),
    answer: describe(probe.data),
    reads: rounds.map((r) => r.map((x) => x.name).join(' + ')).join(', '),
    ...(error ? { error } : {}),
  };
}
