// The one place that reads the environment. Everything else receives a Config value.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.dirname(fileURLToPath(import.meta.url));

export interface Neo4jConfig {
  /** Bolt or routing URI of an existing server; undefined = start embedded Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Preferred Bolt port for the embedded server; a free one is picked if taken. */
  embeddedPort: number;
  heap: string;
  pageCache: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  port: number;
  host: string;
  corpus: string;
  dataDir: string;
  corsOrigin: string | undefined;
  /** Per-query transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.LAWGRAPH_DATA ?? path.join(repoRoot, 'data'));
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      embeddedPort: int(env, 'LAWGRAPH_NEO4J_PORT', 7687),
      heap: env.LAWGRAPH_NEO4J_HEAP ?? '4g',
      pageCache: env.LAWGRAPH_NEO4J_PAGECACHE ?? '4g',
    },
    port: int(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    corpus: path.resolve(env.LAWGRAPH_CORPUS ?? path.join(repoRoot, '..', 'shared', 'corpus')),
    dataDir,
    corsOrigin: env.LAWGRAPH_CORS_ORIGIN || undefined,
    queryTimeoutMs: int(env, 'LAWGRAPH_QUERY_TIMEOUT_MS', 5000),
  };
}
