// Load test of the GraphQL API on loopback (not part of `npm test`).
//
//   npm run loadtest -- [--duration 60] [--connections 50] [--url http://127.0.0.1:PORT/graphql]
//
// Without --url it starts `lawgraph up` on a free port (embedded Neo4j in LAWGRAPH_DATA unless
// NEO4J_URI is set; the corpus is loaded, unchanged documents are skipped) and stops it at the end.
// A mix of the API's queries (search, document, stats, exposure, paths, neighbors, provision) runs
// with autocannon for a bounded time; it reports latency, throughput, status codes, GraphQL errors
// by code, and the RSS of the server (and of the embedded JVM) before, at peak and after.
// Exit code 1 when any response is a 5xx or an unexpected (masked) GraphQL error.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.ts';

// autocannon ships no types: the part of its API used here.
interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  min: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse(status: number, body: string): void;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; requests: AutocannonRequest[]; timeout: number }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    url: { type: 'string' },
    json: { type: 'string' },
  },
});
const duration = Math.min(Number(values.duration), 600);
const connections = Math.min(Number(values.connections), 500);

const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'search-zh', query: 'query ($q: String!) { search(query: $q, kinds: [Provision], first: 10) { edges { node { id label snippet score } } } }', variables: { q: '情报工作' } },
  { name: 'search-en', query: 'query ($q: String!) { search(query: $q, first: 20) { edges { node { id kind label } } pageInfo { hasNextPage } } }', variables: { q: 'data security' } },
  { name: 'search-name', query: 'query ($q: String!) { search(query: $q, first: 5) { edges { node { id exact } } } }', variables: { q: 'DJI' } },
  { name: 'search-hostile', query: 'query ($q: String!) { search(query: $q, first: 5) { edges { node { id } } } }', variables: { q: '") RETURN 1 // *:* title:(a OR b)~' } },
  { name: 'document', query: '{ document(id: "cn-national-intelligence-law") { title kind provisions { id number text } } }' },
  { name: 'stats', query: '{ stats { nodes relationships documents nodeCounts { key count } } }' },
  { name: 'documents', query: '{ documents { documentId title kind language } }' },
  { name: 'exposure', query: '{ exposure(company: "DJI") { asOf items { kind statement provision { displayName } evidence { documentId locator quote } } } }' },
  { name: 'paths', query: '{ paths(from: "DJI", to: "jur:cn", maxHops: 4) { length nodes { id displayName } } }' },
  { name: 'neighbors', query: '{ neighbors(id: "company:dji", first: 20) { edges { cursor } pageInfo { hasNextPage } } }' },
  { name: 'provision', query: '{ provision(document: "cn-national-intelligence-law", article: "7") { id text norms { id } law { id } } }' },
];

function rssKb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
const mb = (kb: number | undefined) => (kb === undefined ? 'n/a' : `${(kb / 1024).toFixed(0)} MB`);

interface Server {
  url: string;
  pid?: number;
  jvmPid?: number;
  child?: ChildProcess;
}

async function startServer(): Promise<Server> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1' };
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'lawgraph.js'), 'up'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let jvmPid: number | undefined;
    const timer = setTimeout(() => reject(new Error('lawgraph up did not come up within 15 minutes')), 900_000);
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      process.stderr.write(`  [server] ${line}\n`);
      const pid = /\(pid (\d+)\)/.exec(line);
      if (pid) jvmPid = Number(pid[1]);
      const url = /GraphQL \(with GraphiQL\) at (\S+)/.exec(line);
      if (url) {
        clearTimeout(timer);
        resolve({ url: url[1]!, pid: child.pid, jvmPid, child });
      }
    });
    child.once('exit', (code) => reject(new Error(`lawgraph up exited early (${code})`)));
  });
}

async function main(): Promise<number> {
  const server: Server = values.url ? { url: values.url } : await startServer();
  const host = new URL(server.url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error(`loopback only: refusing ${server.url}`);

  const errorsByCode: Record<string, number> = {};
  const byQuery: Record<string, { n: number; errors: number }> = {};
  const requests = QUERIES.map((q) => ({
    method: 'POST' as const,
    path: new URL(server.url).pathname,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    onResponse: (_status: number, body: string) => {
      const s = byQuery[q.name] ?? { n: 0, errors: 0 };
      byQuery[q.name] = s;
      s.n++;
      try {
        const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
        for (const e of parsed.errors ?? []) {
          const code = e.extensions?.code ?? 'NO_CODE';
          errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
          s.errors++;
        }
      } catch {
        errorsByCode.INVALID_JSON = (errorsByCode.INVALID_JSON ?? 0) + 1;
      }
    },
  }));

  // Warm-up: one of each, so that the figures are not the first-query compile times.
  for (const q of QUERIES) {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.query, variables: q.variables }) });
    const body = (await res.json()) as { errors?: { message: string }[] };
    if (body.errors) console.error(`warm-up ${q.name}: ${res.status} ${body.errors.map((e) => e.message).join('; ')}`);
  }

  const before = { server: rssKb(server.pid), jvm: rssKb(server.jvmPid) };
  const peak = { server: before.server ?? 0, jvm: before.jvm ?? 0 };
  const sampler = setInterval(() => {
    peak.server = Math.max(peak.server, rssKb(server.pid) ?? 0);
    peak.jvm = Math.max(peak.jvm, rssKb(server.jvmPid) ?? 0);
  }, 1000);

  console.error(`load: ${connections} connections for ${duration} s against ${server.url}, ${QUERIES.length} queries in rotation`);
  const result = await autocannon({ url: server.url, connections, duration, requests, timeout: 30 });
  clearInterval(sampler);
  await new Promise((r) => setTimeout(r, 2000));
  const after = { server: rssKb(server.pid), jvm: rssKb(server.jvmPid) };

  const fivexx = result['5xx'];
  const unexpected = errorsByCode.INTERNAL_SERVER_ERROR ?? 0;
  const summary = {
    url: server.url,
    duration,
    connections,
    requests: result.requests.total,
    rps: { mean: result.requests.average, p50: result.requests.p50, min: result.requests.min },
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    status: { '2xx': result['2xx'], non2xx: result.non2xx, '4xx': result['4xx'], '5xx': fivexx },
    timeouts: result.timeouts,
    socketErrors: result.errors,
    graphqlErrorsByCode: errorsByCode,
    byQuery,
    rss: {
      server: { before: mb(before.server), peak: mb(peak.server || undefined), after: mb(after.server) },
      jvm: { before: mb(before.jvm), peak: mb(peak.jvm || undefined), after: mb(after.jvm) },
    },
  };
  console.log(JSON.stringify(summary, null, 2));
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(summary, null, 2)}\n`);

  if (server.child) {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child!.once('exit', r));
  }
  return fivexx > 0 || unexpected > 0 || result.errors > 0 ? 1 : 0;
}

process.exitCode = await main();
