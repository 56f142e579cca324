// The process lifecycle, as a user meets it: `lawgraph serve` starts its own Neo4j, answers
// GraphQL, and leaves no Java process behind when stopped by a signal or killed outright.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../config.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-lifecycle-'));
const started: Started[] = [];

interface Started {
  child: ChildProcess;
  jvmPid: number;
  url: string;
}

function start(): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LAWGRAPH_DATA: dataDir,
    PORT: '0',
    LAWGRAPH_NEO4J_PORT: '0',
    LAWGRAPH_NEO4J_HEAP: '512m',
    LAWGRAPH_NEO4J_PAGECACHE: '128m',
    // This test is about the process, not query speed: a cold JVM on a busy machine (other test
    // files start Neo4j too) can take longer than the default 5 s for its first query.
    LAWGRAPH_QUERY_TIMEOUT_MS: '60000',
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'lawgraph.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let jvmPid = -1;
    const lines: string[] = [];
    const timer = setTimeout(() => reject(new Error(`serve did not come up:\n${lines.join('\n')}`)), 150_000);
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      lines.push(line);
      const pid = /\(pid (\d+)\)/.exec(line);
      if (pid) jvmPid = Number(pid[1]);
      const url = /GraphQL \(with GraphiQL\) at (\S+)/.exec(line);
      if (url) {
        clearTimeout(timer);
        const s = { child, jvmPid, url: url[1]! };
        started.push(s);
        resolve(s);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited early (${code}):\n${lines.join('\n')}`)));
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function gone(pid: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return !alive(pid);
}

afterAll(async () => {
  // Whatever a failed assertion left running is stopped here, so one failure does not cascade.
  for (const s of started) {
    s.child.kill('SIGKILL');
    await gone(s.jvmPid, 60_000);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('lawgraph serve lifecycle', () => {
  it('serves GraphQL; killed outright it leaves no orphan JVM; the next start works and stops on SIGTERM', async () => {
    const first = await start();
    expect(first.jvmPid).toBeGreaterThan(0);
    const res = await fetch(first.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { documents } }' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.stats.documents).toBeTypeOf('number');
    // SIGKILL gives the Node process no chance to clean up: the JVM sees its stdin close and exits.
    first.child.kill('SIGKILL');
    expect(await gone(first.jvmPid, 60_000)).toBe(true);

    // Same data folder: the store was released, so the next start works.
    const second = await start();
    second.child.kill('SIGTERM');
    expect(await gone(second.child.pid!, 60_000)).toBe(true);
    expect(await gone(second.jvmPid, 60_000)).toBe(true);
  }, 400_000);
});
