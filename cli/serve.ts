// `lawgraph serve` and `lawgraph up` (what `npm start` runs).
import type { Config } from '../config.ts';
import { createApi } from '../api/server.ts';
import { listen } from '../api/listen.ts';
import { openDatabase, type Database } from '../graph/database.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { onShutdown } from './lifecycle.ts';

const log = (line: string) => console.error(`lawgraph: ${line}`);

async function serve(config: Config, db: Database): Promise<never> {
  const api = createApi({ db, queryTimeoutMs: config.queryTimeoutMs, corsOrigin: config.corsOrigin });
  const server = await listen(api, config.port, config.host);
  onShutdown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`GraphQL (with GraphiQL) at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`);
  return new Promise<never>(() => {}); // until a signal
}

async function open(config: Config): Promise<Database> {
  const db = await openDatabase(config, { log });
  onShutdown(() => db.close());
  await ensureSchema(db);
  return db;
}

export async function runServe(config: Config): Promise<number> {
  return serve(config, await open(config));
}

export async function runUp(config: Config, opts: { force: boolean }): Promise<number> {
  const db = await open(config);
  log(`ingesting the corpus at ${config.corpus}`);
  const r = await ingestPaths(db, [config.corpus], { force: opts.force, log });
  log(`ingest done in ${(r.ms / 1000).toFixed(1)} s: ${r.results.filter((x) => x.status === 'loaded').length} loaded, ${r.failed.length} failed`);
  for (const f of r.failed) log(`failed: ${f.file}: ${f.reason}`);
  return serve(config, db);
}
