// `npm start` on a loaded store, end to end, as a user meets it: a fresh `lawgraph up` process
// (Node's start, Neo4j's start when it is embedded, schema, the unchanged-corpus check, listen),
// timed from its spawn until its GraphQL endpoint answers `{ stats { nodes } }` from the store.
// Beside the wall time, the CPU seconds Node and the JVM spent until then (on a shared machine the
// wall time stretches with the load; the CPU much less), and, when asked, the first answers after it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../config.ts';
import { queryDocument } from '../web/gql.ts';
import { childPids, processCpu, processStart, threadCpu } from './proc-cpu.ts';

export interface StartCpu {
  /** The `lawgraph up` process (Node), CPU seconds from its spawn to the first answer. */
  node: number;
  /** The embedded Neo4j's JVM, likewise (0 on an external server). */
  jvm: number;
  /** The JVM's CPU seconds by thread name (`main`, `C2 CompilerThre`, ...). */
  jvmThreads: Record<string, number>;
}

export interface StartResult {
  ms: number;
  /** Spawn to the log line that says the API listens. */
  listenMs: number;
  /** From the `lawgraph up` process's start to its JVM's (0 on an external server): what Node does first. */
  jvmSpawnMs: number;
  /** Spawn to the log line that says the embedded Neo4j is up. */
  neo4jUpMs: number;
  /** Documents `up` loaded again (0 when the store was up to date, as measured). */
  reloaded: number;
  cpu: StartCpu;
  /** The first requests a user's pages send after the first answer, in order, each timed (`firstRequests`). */
  requests: FirstRequest[];
}

export interface FirstRequest {
  name: string;
  ms: number;
  /** The answer's first error code (QUERY_TIMEOUT: over the API's time limit). */
  error?: string;
}

const LISTENING = /GraphQL \(with GraphiQL\) at (http:\/\/\S+\/graphql)/;
const JVM_PID = /embedded Neo4j is up at \S+ \(pid (\d+)\)/;

// biome-ignore lint/suspicious/noExplicitAny: answers are shaped by the documents, read defensively
type Answer = { data?: any; errors?: unknown[] };
type Post = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;
type Hit = { id: string; kind: string };
type Doc = { id: string; documentId: string; kind: string };

/** The pages' own documents (web/queries), as a user clicks through after the home page: a search, its
 *  first hit, a company's exposure, a statute, a report's passages, a path. Each asks what its Cypher
 *  needs planned and compiled cold in a fresh JVM; the ids come from the store's own answers. */
async function firstRequests(post: Post): Promise<FirstRequest[]> {
  const out: FirstRequest[] = [];
  // A request that fails (a cold query over the API's time limit on a busy machine) is recorded with its
  // error code and asked again, untimed, for the ids the next ones need.
  const timed = async (name: string, variables: Record<string, unknown>) => {
    const t = performance.now();
    const body = await post(queryDocument(name), variables);
    const error = body.errors?.length ? String((body.errors[0] as { extensions?: { code?: string } }).extensions?.code ?? 'ERROR') : undefined;
    out.push({ name, ms: performance.now() - t, ...(error ? { error } : {}) });
    if (!error) return body.data;
    for (let attempt = 1; ; attempt++) {
      const again = await post(queryDocument(name), variables);
      if (!again.errors?.length) return again.data;
      if (attempt === 3) throw new Error(`${name}: ${JSON.stringify(again.errors).slice(0, 300)}`);
    }
  };
  const hits: Hit[] = (await timed('search', { q: 'drone' })).search.edges.map((e: { node: Hit }) => e.node);
  await timed('entity', { id: hits[0]!.id });
  await timed('company', { company: 'DJI' });
  const documents: Doc[] = (await post('{ documents { id documentId kind } }')).data.documents;
  const statute = documents.find((d) => d.kind === 'statute') ?? documents[0]!;
  const report = documents.find((d) => d.kind === 'report') ?? documents[0]!;
  await timed('document', { id: statute.documentId });
  await timed('passages', { id: report.id });
  await timed('search', { q: 'export control' });
  const company = hits.find((h) => h.kind === 'Company') ?? hits[0]!;
  const law = hits.find((h) => h.kind === 'Law') ?? hits.at(-1)!;
  await timed('paths', { from: company.id, to: law.id });
  return out;
}

/** `env` names the store (LAWGRAPH_DATA, or NEO4J_URI) and the corpus; no other process may hold an
 *  embedded store open meanwhile. `root` is the tree whose `lawgraph` runs (bench/start-ab.ts);
 *  `requests` also times the first requests after the first answer (firstRequests), `pauseMs` after it. */
export async function measureStart(env: NodeJS.ProcessEnv, timeoutMs = 300_000, root = repoRoot, requests = false, pauseMs = 0): Promise<StartResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'lawgraph.js'), 'up'], {
    env: { ...env, PORT: '0', LAWGRAPH_NEO4J_PORT: '0', LAWGRAPH_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  let listenMs = 0;
  let neo4jUpMs = 0;
  let jvmPid: number | undefined;
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`lawgraph up did not listen within ${timeoutMs / 1000} s:\n${lines.join('\n')}`)), timeoutMs);
      readline.createInterface({ input: child.stderr! }).on('line', (line) => {
        lines.push(line);
        const pid = JVM_PID.exec(line);
        if (pid) {
          jvmPid = Number(pid[1]);
          neo4jUpMs = performance.now() - t0;
        }
        const m = LISTENING.exec(line);
        if (m) {
          listenMs = performance.now() - t0;
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`lawgraph up exited (${code}) before it listened:\n${lines.join('\n')}`)));
    });
    const post: Post = async (query, variables) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as Answer;
    };
    // The first answer with the store's figures: what a user's first query waits for.
    for (;;) {
      const body = await post('{ stats { nodes } }');
      if (typeof body.data?.stats?.nodes === 'number' && body.data.stats.nodes > 0) break;
      if (performance.now() - t0 > timeoutMs) throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s: ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = performance.now() - t0;
    // The JVM is the child the log named (an external server has none).
    const jvm = jvmPid !== undefined && child.pid !== undefined && childPids(child.pid).includes(jvmPid) ? jvmPid : undefined;
    const jvmSpawnMs = jvm ? ((processStart(jvm) ?? 0) - (processStart(child.pid!) ?? 0)) * 1000 : 0;
    const cpu = { node: processCpu(child.pid!) ?? 0, jvm: jvm ? (processCpu(jvm) ?? 0) : 0, jvmThreads: jvm ? threadCpu(jvm) : {} };
    const summary = lines.map((l) => /(\d+) loaded, \d+ unchanged/.exec(l)).find(Boolean);
    // A user reads the home page before the first click (`pauseMs`); 0 clicks at once.
    if (requests && pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
    return { ms, listenMs, jvmSpawnMs, neo4jUpMs, reloaded: Number(summary?.[1] ?? 0), cpu, requests: requests ? await firstRequests(post) : [] };
  } finally {
    child.kill('SIGTERM'); // `up` stops its server and its Neo4j, and exits
    await exited;
  }
}
