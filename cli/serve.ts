// `lawgraph serve` and `lawgraph up` (what `npm start` runs). Neo4j is started first: its JVM is
// most of the start, and this process loads the API and the pipeline (seconds of modules) meanwhile.
import fs from 'node:fs';
import type http from 'node:http';
import type { Config } from '../config.ts';
import type { Api } from '../api/server.ts';
import type { Database } from '../graph/database.ts';
import type { PipelineResult } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { onShutdown } from './lifecycle.ts';
import { log, open } from './open.ts';

const apiModules = () => Promise.all([import('../api/server.ts'), import('../api/listen.ts'), import('./logger.ts')]);
type ApiModules = Awaited<ReturnType<typeof apiModules>>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What a corpus check did: "up to date" only when it loaded nothing and nothing failed. */
export function checked(r: Pick<PipelineResult, 'results' | 'failed'>): string {
  const loaded = r.results.filter((x) => x.status === 'loaded').length;
  if (!loaded && !r.failed.length) return 'the store is up to date';
  return `${loaded} document${loaded === 1 ? '' : 's'} loaded again${r.failed.length ? `, ${r.failed.length} failed (named above)` : ''}`;
}

type Served = { api: Api; logger: ReturnType<ApiModules[2]['serverLogger']> };

/** The API over `db`, with the server's logger. */
function makeApi(config: Config, db: Database, [{ createApi }, , { serverLogger }]: ApiModules): Served {
  const logger = serverLogger(config.logLevel);
  return { api: createApi({ db, queryTimeoutMs: config.queryTimeoutMs, corsOrigin: config.corsOrigin, logger }), logger };
}

async function listenApi(config: Config, { api, logger }: Served, [, { listen }]: ApiModules): Promise<http.Server> {
  const server = await listen(api, config.port, config.host, logger);
  onShutdown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`GraphQL (with GraphiQL) at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`);
  return server;
}

/** How long a server that has no request yet waits before its background work starts (firstAnswered). */
const FIRST_REQUEST_WAIT_MS = 1000;

/** Settles once `server` has answered its first request (its response finished or the client went away), or after
 *  `waitMs` when no request came by then; a request that comes in time is waited for however long it takes. The
 *  background work of a start (the first clicks' plans, the corpus check) goes after it: begun at listening, it
 *  shared the two cores with the first request, which on a machine at load 15-20 answered 20-43 s after listening. */
export function firstAnswered(server: http.Server, waitMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, waitMs);
    server.once('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      clearTimeout(timer);
      res.once('close', () => resolve());
    });
  });
}

/** Asks the home page's question (web/queries/home.graphql: the store's figures and its documents) once,
 *  in process, while the schema is checked: the page a browser opens first then finds its Cypher planned
 *  and the code on its path (yoga, the resolvers; Neo4j's planner, fresh in a new JVM) warmed, where
 *  its first request planned cold after listening. A failure here is a real request's to report. */
async function warmHome({ api }: Served): Promise<void> {
  const { gqlRunner } = await import('../web/gql.ts');
  await gqlRunner((request) => Promise.resolve(api.fetch(request)), null)('home').catch(() => {});
}

/** How long after its first answer (firstAnswered) a loaded store serves before the corpus check starts: the
 *  first requests (a browser opening GraphiQL, a first query planned cold) then do not share two cores with the
 *  check's module loading and hashing, which took them about 0.7 s longer. */
const CHECK_GRACE_MS = 2000;

const untilSignal = () => new Promise<never>(() => {});

/** After the first answer (firstAnswered), the statements of the explorer's first clicks (api/warm-up.ts) are
 *  asked once in the background, one at a time, so a first search or company page finds its plan made; stopped at
 *  shutdown, a failure logged and ignored. */
function warmClicks(db: Database, after: Promise<void>): void {
  let stopped = false;
  const unregister = onShutdown(async () => {
    stopped = true;
  });
  void after.then(() => {
    if (stopped) return unregister();
    import('../api/warm-up.ts')
      .then(async ({ warmUp }) => {
        const t = performance.now();
        const done = await warmUp(db, () => stopped, log);
        if (!stopped) log(`the first clicks' ${done} statements planned in ${seconds(performance.now() - t)}`);
      })
      .catch((err: Error) => log(`warming the first clicks failed: ${err.message}`))
      .finally(unregister);
  });
}

async function serve(config: Config, db: Database, served: Served, modules: ApiModules): Promise<never> {
  const server = await listenApi(config, served, modules);
  warmClicks(db, firstAnswered(server, FIRST_REQUEST_WAIT_MS));
  return untilSignal();
}

/** Opens the configured Neo4j, closed again at shutdown. `spawned` settles once the embedded JVM is
 *  spawned (at once for an external server): this process's modules load after it, since their loading
 *  held the spawn up behind it (the API's modules took 0.6-2 s of wall before the JVM started). An open
 *  that fails first never settles it; its own rejection is the caller's. */
function openDatabase(config: Config): { opened: Promise<Database>; spawned: Promise<void> } {
  let spawn!: () => void;
  const spawned = new Promise<void>((resolve) => {
    spawn = resolve;
  });
  const opened = open(config, spawn).then((db) => {
    onShutdown(() => db.close());
    return db;
  });
  return { opened, spawned };
}

export async function runServe(config: Config): Promise<number> {
  const { opened, spawned } = openDatabase(config);
  const withSchema = opened.then(async (db) => {
    await ensureSchema(db);
    return db;
  });
  const [db, modules] = await Promise.all([withSchema, spawned.then(apiModules)]);
  return serve(config, db, makeApi(config, db, modules), modules);
}

/** The corpus folder to ingest: the configured one, or a fresh fetch when asked; else says how. */
async function findCorpus(config: Config, fetch: boolean): Promise<string | undefined> {
  // A folder with a manifest or of loose files, or one file: anything there is the corpus.
  const found = fs.statSync(config.corpus, { throwIfNoEntry: false });
  if (found?.isFile() || (found?.isDirectory() && fs.readdirSync(config.corpus).length > 0)) return config.corpus;
  const { fetchCorpus, MANIFEST, readFetchManifest } = await import('./corpus.ts');
  if (fetch) {
    log(`no corpus at ${config.corpus}: fetching it from its public sources`);
    const r = await fetchCorpus({ to: config.corpusFetchDir, baseUrl: config.corpusBaseUrl, log });
    log(`${r.fetched.length} fetched, ${r.kept.length} already there, ${r.failed.length} not fetched`);
    return r.dir;
  }
  const { documents } = readFetchManifest(MANIFEST);
  log(`no corpus found at ${config.corpus}: the graph will hold the catalog only.`);
  log(`  get the ${documents.length} documents from their public sources with \`npx lawgraph corpus fetch\` ` +
    `(into ${config.corpusFetchDir}), then start again; or \`npm start -- --fetch-corpus\` ` +
    '(LAWGRAPH_FETCH_CORPUS=1) to fetch first; or set LAWGRAPH_CORPUS to a folder with a manifest.json.');
  return undefined;
}

export async function runUp(config: Config, opts: { force: boolean; fetchCorpus: boolean }): Promise<number> {
  const corpus = await findCorpus(config, opts.fetchCorpus);
  const t0 = performance.now();
  const { opened, spawned } = openDatabase(config);
  // The derivation stamp is read beside the schema check: both are cold queries of a fresh JVM.
  const stamp = Promise.all([opened, spawned.then(() => import('../graph/derive.ts'))]).then(([db, { storedStamp }]) => storedStamp(db));
  const loaded = spawned.then(apiModules);
  const served = Promise.all([opened, loaded]).then(([db, modules]) => makeApi(config, db, modules));
  const [db, , stored, modules, api] = await Promise.all([opened, opened.then(ensureSchema), stamp, loaded, served, served.then(warmHome)]);
  const t1 = performance.now();
  const ingest = async () => {
    // The pipeline's modules (the extractor: about a second of CPU) load only now, off the path to listening.
    const { ingestWithProgress } = await import('./load.ts');
    if (corpus) log(`ingesting the corpus at ${corpus}`);
    // Without a corpus the catalog is still loaded and derived, so the API answers what it can.
    return ingestWithProgress(db, corpus ? [corpus] : [], opts.force);
  };
  const neo4j = `Neo4j and schema, with this process's modules loading meanwhile, ${seconds(t1 - t0)}`;
  // A store a load has finished in (derivations stamped) answers at once, as it is; the corpus is
  // checked meanwhile, and a changed document replaces its old version when its load commits.
  // A new store, or --force, is loaded first.
  if (!opts.force && stored !== undefined) {
    const server = await listenApi(config, api, modules);
    const answered = firstAnswered(server, FIRST_REQUEST_WAIT_MS);
    warmClicks(db, answered);
    log(`serving ${seconds(process.uptime() * 1000)} after start (${neo4j}); checking the corpus for changes ${seconds(CHECK_GRACE_MS)} after the first answer`);
    const check = () => {
      const t2 = performance.now();
      ingest().then(
        (r) => log(`corpus checked in ${seconds(performance.now() - t2)}: ${checked(r)}`),
        (err) => {
          // The store is gone (ingestPaths throws on a lost server, not on a bad document): stop.
          log(`checking the corpus failed: ${(err as Error).message}`);
          process.kill(process.pid, 'SIGTERM');
        },
      );
    };
    let grace: NodeJS.Timeout | undefined;
    void answered.then(() => {
      grace = setTimeout(check, CHECK_GRACE_MS);
    });
    onShutdown(async () => clearTimeout(grace));
    return untilSignal();
  }
  await ingest();
  log(`ready ${seconds(process.uptime() * 1000)} after start (${neo4j}; the corpus ${seconds(performance.now() - t1)})`);
  return serve(config, db, api, modules);
}
