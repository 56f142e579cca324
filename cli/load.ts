// `lawgraph load`, `remove`, `stats`: the database side of the command line.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import type { Database } from '../graph/database.ts';
import { derive } from '../graph/derive.ts';
import { removeDocument } from '../graph/load.ts';
import { ingestPaths, type PipelineResult } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { readStats } from '../graph/stats.ts';
import { collectItems } from '../ingest/corpus.ts';
import { onShutdown } from './lifecycle.ts';
import { log, open } from './open.ts';
import { createProgress } from './progress.ts';

export { log, open };

/** load, remove and stats end with the JVM they start: unless LAWGRAPH_NEO4J_JIT says otherwise, it runs the
 *  client compiler alone (graph/embedded.ts JIT_FLAGS), which spends about half the CPU on a first load;
 *  its slower answers do not matter to a JVM that serves none. */
export const oneShot = (config: Config): Config => ({ ...config, neo4j: { ...config.neo4j, jit: config.neo4j.jit ?? 'quick' } });

export async function withDatabase<T>(config: Config, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await open(config);
  const release = onShutdown(() => db.close());
  try {
    await ensureSchema(db);
    return await fn(db);
  } finally {
    release();
    await db.close();
  }
}

/** The documents a run will read, with their sizes, for the progress display. */
function documentSizes(paths: string[]): Map<string, number> {
  try {
    return new Map(collectItems(paths).map((i) => [i.entry.id, fs.statSync(i.path, { throwIfNoEntry: false })?.size ?? 0]));
  } catch {
    return new Map(); // the pipeline names the bad path itself
  }
}

/** Extract, load and derive with a progress display; prints the summary and the failures. */
export async function ingestWithProgress(db: Database, paths: string[], force: boolean, extractUnchanged = false): Promise<PipelineResult> {
  const progress = createProgress({ sizes: documentSizes(paths) });
  const line = (l: string) => progress.log(`lawgraph: ${l}`);
  let r: PipelineResult;
  try {
    r = await ingestPaths(db, paths, { force, extractUnchanged, log: line, onDocument: (d) => progress.document(d) });
  } finally {
    progress.finish();
  }
  const loaded = r.results.filter((x) => x.status === 'loaded').length;
  log(`${loaded} loaded, ${r.results.length - loaded} unchanged, ${r.failed.length} failed in ${(r.ms / 1000).toFixed(1)} s`);
  for (const f of r.failed) log(`failed: ${f.file}: ${f.reason}`);
  return r;
}

export async function runLoad(config: Config, paths: string[], opts: { force: boolean; report?: string }): Promise<number> {
  return withDatabase(oneShot(config), async (db) => {
    // The ingest report needs every document's findings: unchanged documents are extracted too.
    const r = await ingestWithProgress(db, paths.length ? paths : [config.corpus], opts.force, !!opts.report);
    if (opts.report) fs.writeFileSync(opts.report, `${JSON.stringify(r.report, null, 2)}\n`);
    return r.failed.length ? 2 : 0;
  });
}

export async function runRemove(config: Config, ids: string[]): Promise<number> {
  return withDatabase(oneShot(config), async (db) => {
    let missing = 0;
    for (const id of ids) {
      if (await removeDocument(db, id)) log(`removed ${id}`);
      else {
        console.error(`lawgraph remove: no document "${id}" in the graph`);
        missing++;
      }
    }
    // Derived facts (exposure claims, version order) are re-derived: none may outlive its premises.
    if (missing < ids.length) for (const r of (await derive(db)).rules) log(`derived ${r.rule}: ${r.created} created (${r.ms.toFixed(0)} ms)`);
    return missing ? 2 : 0;
  });
}

export async function runStats(config: Config): Promise<number> {
  return withDatabase(oneShot(config), async (db) => {
    console.log(JSON.stringify(await readStats(db), null, 2));
    return 0;
  });
}
