// The machine and software a run measured: CPU, cores, memory, load, Node, Java and Neo4j versions.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import type { Database } from '../graph/database.ts';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  loadAverage: string;
  node: string;
  java: string;
  neo4j: string;
}

function javaVersion(): string {
  // java -version prints to stderr.
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${r.stderr ?? ''}${r.stdout ?? ''}`.split('\n')[0] || 'unknown';
}

export async function describeMachine(db: Database | undefined): Promise<Machine> {
  let neo4j = 'not started';
  if (db) {
    const info = await db.driver.getServerInfo();
    neo4j = `${info.agent ?? 'Neo4j'}${db.embedded ? ' (embedded)' : ''}`;
  }
  const java = javaVersion().replace(/^openjdk version "([^"]+)".*/, 'OpenJDK $1');
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((x) => x.toFixed(1)).join(' / '),
    node: process.version,
    java,
    neo4j,
  };
}
