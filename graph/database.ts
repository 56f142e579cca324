// One driver per process. Connects to the configured server (any URI scheme the driver knows:
// bolt://, neo4j:// routing for clusters, neo4j+s:// for Aura) or starts embedded Neo4j.
import type { Driver } from 'neo4j-driver';
import path from 'node:path';
import type { Config } from '../config.ts';
import { startEmbedded, type EmbeddedNeo4j } from './embedded.ts';

export interface Database {
  driver: Driver;
  /** Always passed to sessions and executeQuery: never rely on the server's default. */
  name: string;
  uri: string;
  embedded: EmbeddedNeo4j | undefined;
  close(): Promise<void>;
}

export class DatabaseUnavailable extends Error {
  constructor(uri: string, attempts: number, cause: unknown) {
    super(`Neo4j at ${uri} is unreachable after ${attempts} attempts: ${(cause as Error)?.message ?? cause}. ` +
      'Check NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or unset NEO4J_URI to let lawgraph start Neo4j itself.');
    this.name = 'DatabaseUnavailable';
  }
}

export interface OpenOptions {
  log?: (line: string) => void;
  /** Folder for the embedded server's store (default: config.dataDir/neo4j). */
  dataDir?: string;
  retries?: number;
  /** Called when the embedded JVM is spawned, or at once when the server is external (EmbeddedOptions.onSpawn). */
  onSpawn?: () => void;
}

export async function openDatabase(config: Config, opts: OpenOptions = {}): Promise<Database> {
  const log = opts.log ?? (() => {});
  // The driver's modules (some hundred files: 0.1-0.3 s of CPU, and over a second of wall on a busy
  // machine) load while the embedded JVM starts, not before it is spawned: begun earlier, their loading
  // held up the spawn (the port check before it waits for this process's event loop).
  const importDriver = () => import('neo4j-driver');
  let driverModule: ReturnType<typeof importDriver> | undefined;
  const loadDriver = () => (driverModule ??= importDriver());
  const spawned = () => {
    loadDriver();
    opts.onSpawn?.();
  };
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    const dataDir = opts.dataDir ?? path.join(config.dataDir, 'neo4j');
    log(`NEO4J_URI is not set: starting embedded Neo4j 5.26 with data in ${dataDir}`);
    embedded = await startEmbedded({
      dataDir,
      port: config.neo4j.embeddedPort,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      jit: config.neo4j.jit,
      java: config.neo4j.java,
      jvmOptions: config.neo4j.jvmOptions,
      log,
      onSpawn: spawned,
    });
    uri = embedded.uri;
    log(`embedded Neo4j is up at ${uri} (pid ${embedded.pid})`);
  }
  if (!embedded) spawned();
  const { default: neo4j } = await loadDriver();
  // The embedded server runs without auth on 127.0.0.1; any token is accepted there.
  const auth = neo4j.auth.basic(config.neo4j.user, config.neo4j.password);
  const driver = neo4j.driver(uri, auth, {
    // Plain JS numbers for integers that fit; we never store integers beyond 2^53.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
  try {
    await verify(driver, uri, opts.retries ?? 5, log);
  } catch (err) {
    await driver.close();
    await embedded?.stop();
    throw err;
  }
  return {
    driver,
    name: config.neo4j.database,
    uri,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

/** The driver's connection timeout stops counting once TCP connects: a server that accepts but
 *  never answers (a wrong port, a proxy) would hang for minutes without this bound. */
const HANDSHAKE_MS = 5000;

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** True for driver errors that mean the server is gone, not that one statement failed. */
export function isUnavailable(err: unknown): boolean {
  const code = String((err as { code?: string })?.code ?? '');
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/** Bounded retries with backoff, so a server still starting is waited for but a wrong URI fails fast. */
async function verify(driver: Driver, uri: string, retries: number, log: (l: string) => void): Promise<void> {
  let last: unknown;
  for (let attempt = 1; attempt <= retries; attempt++) {
    try {
      await withTimeout(driver.getServerInfo(), HANDSHAKE_MS, `no Bolt handshake within ${HANDSHAKE_MS} ms`);
      return;
    } catch (err) {
      last = err;
      const code = (err as { code?: string }).code ?? '';
      if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
        throw new Error(`Neo4j at ${uri} refused the credentials (NEO4J_USER/NEO4J_PASSWORD): ${(err as Error).message}`);
      }
      if (attempt < retries) {
        const wait = 250 * 2 ** (attempt - 1);
        log(`Neo4j at ${uri} not reachable yet (attempt ${attempt}/${retries}); retrying in ${wait} ms`);
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
  throw new DatabaseUnavailable(uri, retries, last);
}
