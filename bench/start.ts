// `npm start` on a loaded store, end to end, as a user meets it: a fresh `lawgraph up` process
// (Node's start, Neo4j's start when it is embedded, schema, the unchanged-corpus check, listen),
// timed from its spawn until its GraphQL endpoint answers `{ stats { nodes } }` from the store.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { repoRoot } from '../config.ts';

export interface StartResult {
  ms: number;
  /** Documents `up` loaded again (0 when the store was up to date, as measured). */
  reloaded: number;
}

const LISTENING = /GraphQL \(with GraphiQL\) at (http:\/\/\S+\/graphql)/;

/** `env` names the store (LAWGRAPH_DATA, or NEO4J_URI) and the corpus; no other process may hold an
 *  embedded store open meanwhile. `root` is the tree whose `lawgraph` runs (bench/start-ab.ts). */
export async function measureStart(env: NodeJS.ProcessEnv, timeoutMs = 300_000, root = repoRoot): Promise<StartResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin', 'lawgraph.js'), 'up'], {
    env: { ...env, PORT: '0', LAWGRAPH_NEO4J_PORT: '0', LAWGRAPH_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`lawgraph up did not listen within ${timeoutMs / 1000} s:\n${lines.join('\n')}`)), timeoutMs);
      readline.createInterface({ input: child.stderr! }).on('line', (line) => {
        lines.push(line);
        const m = LISTENING.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`lawgraph up exited (${code}) before it listened:\n${lines.join('\n')}`)));
    });
    // The first answer with the store's figures: what a user's first query waits for.
    for (;;) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { nodes } }' }) });
      const body = (await res.json()) as { data?: { stats?: { nodes?: number } } };
      if (typeof body.data?.stats?.nodes === 'number' && body.data.stats.nodes > 0) break;
      if (performance.now() - t0 > timeoutMs) throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s: ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const ms = performance.now() - t0;
    const summary = lines.map((l) => /(\d+) loaded, \d+ unchanged/.exec(l)).find(Boolean);
    return { ms, reloaded: Number(summary?.[1] ?? 0) };
  } finally {
    child.kill('SIGTERM'); // `up` stops its server and its Neo4j, and exits
    await exited;
  }
}
