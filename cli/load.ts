// `lawgraph load`, `remove`, `stats`: the database side of the command line.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../graph/database.ts';
import { removeDocument } from '../graph/load.ts';
import { ingestPaths } from '../graph/pipeline.ts';
import { ensureSchema } from '../graph/schema.ts';
import { readStats } from '../graph/stats.ts';
import { onShutdown } from './lifecycle.ts';

const log = (line: string) => console.error(`lawgraph: ${line}`);

export async function withDatabase<T>(config: Config, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, { log });
  const release = onShutdown(() => db.close());
  try {
    await ensureSchema(db);
    return await fn(db);
  } finally {
    release();
    await db.close();
  }
}

export async function runLoad(config: Config, paths: string[], opts: { force: boolean; report?: string }): Promise<number> {
  return withDatabase(config, async (db) => {
    const r = await ingestPaths(db, paths.length ? paths : [config.corpus], { force: opts.force, log });
    const loaded = r.results.filter((x) => x.status === 'loaded').length;
    log(`${loaded} loaded, ${r.results.length - loaded} unchanged, ${r.failed.length} failed in ${(r.ms / 1000).toFixed(1)} s`);
    for (const f of r.failed) console.error(`lawgraph load: ${f.file}: ${f.reason}`);
    if (opts.report) fs.writeFileSync(opts.report, `${JSON.stringify(r.report, null, 2)}\n`);
    return r.failed.length ? 2 : 0;
  });
}

export async function runRemove(config: Config, ids: string[]): Promise<number> {
  if (ids.length === 0) {
    console.error('usage: lawgraph remove <documentId>...');
    return 1;
  }
  return withDatabase(config, async (db) => {
    let missing = 0;
    for (const id of ids) {
      if (await removeDocument(db, id)) log(`removed ${id}`);
      else {
        console.error(`lawgraph remove: no document "${id}" in the graph`);
        missing++;
      }
    }
    return missing ? 2 : 0;
  });
}

export async function runStats(config: Config): Promise<number> {
  return withDatabase(config, async (db) => {
    console.log(JSON.stringify(await readStats(db), null, 2));
    return 0;
  });
}
