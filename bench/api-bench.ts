// API latency and throughput: the GraphQL server (api/listen.ts on 127.0.0.1, a free port) under
// autocannon in a child process, against a raw neo4j-driver loop running the same named queries
// with the same concurrency and duration, in the same run.
import { execFile } from 'node:child_process';
import type http from 'node:http';
import { promisify } from 'node:util';
import { runRead } from '../api/context.ts';
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
  /** Size of one answer (items, paths or hits), to show the work is real. */
  answer: string;
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

async function post(url: string, graphql: string): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphql }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

function describe(data: Record<string, unknown> | undefined): string {
  const v = data ? Object.values(data)[0] : undefined;
  if (Array.isArray(v)) return `${v.length} paths`;
  if (v && typeof v === 'object') {
    const o = v as { items?: unknown[]; edges?: unknown[] };
    if (o.items) return `${o.items.length} items`;
    if (o.edges) return `${o.edges.length} hits`;
    return '1 node';
  }
  return 'null';
}

/** `connections` concurrent loops of the scenario's named queries for `seconds`. */
async function rawLoop(db: Database, s: Scenario, connections: number, seconds: number, timeoutMs: number): Promise<Latency> {
  const texts = s.raw.map((r) => ({ cypher: query(r.query), params: r.params }));
  const once = async () => {
    for (const t of texts) await runRead(db, t.cypher, t.params, timeoutMs);
  };
  for (let i = 0; i < 10; i++) await once(); // warm-up, not timed
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const t0 = performance.now();
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

async function apiLoad(url: string, graphql: string, connections: number, seconds: number): Promise<Latency> {
  for (let i = 0; i < 10; i++) await post(url, graphql); // warm-up, not timed
  const script = new URL('./load-generator.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [script, url, JSON.stringify({ query: graphql }), String(connections), String(seconds)], {
    timeout: (seconds + 60) * 1000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Latency;
}

export async function runScenario(
  db: Database,
  server: ApiServer,
  s: Scenario,
  opts: { connections: number; seconds: number; timeoutMs: number },
): Promise<ScenarioResult> {
  const probe = await post(server.url, s.graphql);
  const answer = describe(probe.data);
  const error = probe.errors?.length ? probe.errors.map((e) => e.message).join('; ') : undefined;
  const api = await apiLoad(server.url, s.graphql, opts.connections, opts.seconds);
  const raw = await rawLoop(db, s, opts.connections, opts.seconds, opts.timeoutMs);
  return { name: s.name, api, raw, p50Ratio: ratio(api.p50Ms, raw.p50Ms), p95Ratio: ratio(api.p95Ms, raw.p95Ms), answer, ...(error ? { error } : {}) };
}
