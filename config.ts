// The one place that reads the environment. Everything else receives a Config value.
import fs from 'node:fs';
import os from 'node:os';
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
  /** How heap and page cache were chosen, for the start-up log. */
  memoryNote: string;
  /** The embedded JVM's just-in-time compilers (graph/embedded.ts JIT_FLAGS), when LAWGRAPH_NEO4J_JIT sets
   *  them; unset, the command chooses: `full` for a server, `quick` for a command whose JVM exits with it (cli/load.ts). */
  jit?: JitMode;
  /** The java that runs the embedded Neo4j (LAWGRAPH_JAVA: a java binary or a JDK's folder); unset, `java` on PATH. */
  java?: string;
  /** More options for the embedded JVM (LAWGRAPH_NEO4J_JVM_OPTS, split at white space), after the ones lawgraph sets, so
   *  they win where they overlap (HotSpot takes an -XX flag's last value): an operator's tuning or diagnostics, and a
   *  flag's A/B on one tree (bench/start-ab.ts --env-b). */
  jvmOptions?: string[];
}

/** `full`: HotSpot's default tiers, the server compiler (C2) too; `quick`: the client compiler (C1) alone. */
export const JIT_MODES = ['full', 'quick'] as const;
export type JitMode = (typeof JIT_MODES)[number];

function jitMode(env: NodeJS.ProcessEnv): JitMode | undefined {
  if (!env.LAWGRAPH_NEO4J_JIT) return undefined;
  const mode = env.LAWGRAPH_NEO4J_JIT.toLowerCase();
  if (!(JIT_MODES as readonly string[]).includes(mode)) throw new Error(`LAWGRAPH_NEO4J_JIT must be one of ${JIT_MODES.join(', ')}, got "${env.LAWGRAPH_NEO4J_JIT}"`);
  return mode as JitMode;
}

/** LAWGRAPH_NEO4J_JVM_OPTS split at white space; each must be an option (start with `-`), since anything else on the
 *  java command line before the main class would be taken for the class to run. */
function jvmOptions(env: NodeJS.ProcessEnv): string[] | undefined {
  const words = (env.LAWGRAPH_NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean);
  const bad = words.find((w) => !w.startsWith('-'));
  if (bad !== undefined) throw new Error(`LAWGRAPH_NEO4J_JVM_OPTS holds JVM options, each starting with "-", got "${bad}"`);
  return words.length ? words : undefined;
}

export interface Config {
  neo4j: Neo4jConfig;
  port: number;
  host: string;
  corpus: string;
  /** Where `lawgraph corpus fetch` writes by default (LAWGRAPH_CORPUS, else DATA/corpus). */
  corpusFetchDir: string;
  /** Base URL for files of the public repositories the manifest names (a mirror, or a test server). */
  corpusBaseUrl: string;
  /** `up` fetches the corpus first when none is found (LAWGRAPH_FETCH_CORPUS=1). */
  fetchCorpus: boolean;
  dataDir: string;
  corsOrigin: string | undefined;
  /** Per-query transaction timeout for API reads, in milliseconds. */
  queryTimeoutMs: number;
  /** The server's log level (pino): fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Each of heap and page cache takes this share of the available memory, within floor and cap. */
export const MEMORY_SHARE = { share: 0.25, floor: 512 * MiB, cap: 4 * GiB };

function share(available: number): number {
  const { share: s, floor, cap } = MEMORY_SHARE;
  return Math.min(cap, Math.max(floor, Math.floor((available * s) / MiB) * MiB));
}

/** A Neo4j memory size as the JVM and Neo4j read it: 512m, 4g. */
function size(bytes: number): string {
  return bytes % GiB === 0 ? `${bytes / GiB}g` : `${Math.round(bytes / MiB)}m`;
}

const SIZE = /^\d+[kmg]?$/i;

function sizeSetting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!SIZE.test(raw)) throw new Error(`${name} must be a size such as 512m or 2g, got "${raw}"`);
  return raw.toLowerCase();
}

/**
 * Heap and page cache of the embedded Neo4j: a quarter each of the memory available now (so never
 * more than half of it together), at least 512m and at most 4g each, unless set explicitly.
 */
export function sizeMemory(env: NodeJS.ProcessEnv, availableBytes: number): { heap: string; pageCache: string; note: string } {
  const auto = size(share(availableBytes));
  const heap = sizeSetting(env, 'LAWGRAPH_NEO4J_HEAP');
  const pageCache = sizeSetting(env, 'LAWGRAPH_NEO4J_PAGECACHE');
  const { share: s, floor, cap } = MEMORY_SHARE;
  const basis = `${s * 100}% of ${(availableBytes / GiB).toFixed(1)} GiB available, within ${size(floor)}..${size(cap)}`;
  const why = (set: string | undefined, name: string) => (set ? name : basis);
  return {
    heap: heap ?? auto,
    pageCache: pageCache ?? auto,
    note:
      `embedded Neo4j memory: heap ${heap ?? auto} (${why(heap, 'LAWGRAPH_NEO4J_HEAP')}), ` +
      `page cache ${pageCache ?? auto} (${why(pageCache, 'LAWGRAPH_NEO4J_PAGECACHE')})`,
  };
}

/** Memory the machine can give now: MemAvailable (os.freemem), within a container's limit if any. */
export function availableMemory(): number {
  const limit = process.constrainedMemory();
  return limit > 0 ? Math.min(limit, os.freemem()) : os.freemem();
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(env: NodeJS.ProcessEnv): string {
  const level = (env.LAWGRAPH_LOG_LEVEL || 'info').toLowerCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`LAWGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LAWGRAPH_LOG_LEVEL}"`);
  return level;
}

/** The shared reference corpus beside the repository where it exists, else the fetched copy. */
function defaultCorpus(dataDir: string): string {
  const shared = path.join(repoRoot, '..', 'shared', 'corpus');
  return fs.existsSync(shared) ? shared : path.join(dataDir, 'corpus');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, availableBytes = availableMemory()): Config {
  const dataDir = path.resolve(env.LAWGRAPH_DATA ?? path.join(repoRoot, 'data'));
  const memory = sizeMemory(env, availableBytes);
  return {
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      embeddedPort: int(env, 'LAWGRAPH_NEO4J_PORT', 7687),
      heap: memory.heap,
      pageCache: memory.pageCache,
      memoryNote: memory.note,
      jit: jitMode(env),
      java: env.LAWGRAPH_JAVA || undefined,
      jvmOptions: jvmOptions(env),
    },
    port: int(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    corpus: path.resolve(env.LAWGRAPH_CORPUS || defaultCorpus(dataDir)),
    corpusFetchDir: path.resolve(env.LAWGRAPH_CORPUS || path.join(dataDir, 'corpus')),
    corpusBaseUrl: (env.LAWGRAPH_CORPUS_BASE_URL || 'https://raw.githubusercontent.com').replace(/\/+$/, ''),
    fetchCorpus: env.LAWGRAPH_FETCH_CORPUS === '1' || env.LAWGRAPH_FETCH_CORPUS === 'true',
    dataDir,
    corsOrigin: env.LAWGRAPH_CORS_ORIGIN || undefined,
    queryTimeoutMs: int(env, 'LAWGRAPH_QUERY_TIMEOUT_MS', 5000),
    logLevel: logLevel(env),
  };
}
