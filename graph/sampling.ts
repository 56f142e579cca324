// Index statistics after writes. The embedded launcher turns Neo4j's background sampling off: every 10 s it
// rescans each index changed by more than db.index_sampling.update_percentage (5%) since its last sample, and a
// first load changes every index that much at each commit, so a load paid for rescans its next commit made
// stale. A writer asks for the rescan once its writes are done instead: db.resampleOutdatedIndexes schedules
// it for the outdated indexes (same 5% rule) and returns; the planner reads the samples when they are made.
// A server at NEO4J_URI samples on its own configuration (db.index_sampling.*), and is asked only when that
// configuration has background sampling off, as the embedded launcher's has (tests and other clients reach it by
// its URI).
import type { Database } from './database.ts';

const askedToSample = new WeakMap<Database, Promise<boolean>>();

/** Whether this store leaves sampling to its writers: the embedded one always; a server when it says so. */
function writersSample(db: Database): Promise<boolean> {
  let asked = askedToSample.get(db);
  if (!asked) {
    asked = db.embedded
      ? Promise.resolve(true)
      : db.driver
          .executeQuery("CALL dbms.listConfig('db.index_sampling.background_enabled') YIELD name, value RETURN name, value", {}, { database: db.name, routing: 'READ' })
          .then(({ records }) => records.some((r) => r.get('name') === 'db.index_sampling.background_enabled' && String(r.get('value')) === 'false'))
          .catch(() => false); // not allowed to read the configuration: the server samples as its operator set it
    askedToSample.set(db, asked);
  }
  return asked;
}

export async function resampleOutdatedIndexes(db: Database): Promise<void> {
  if (await writersSample(db)) await db.driver.executeQuery('CALL db.resampleOutdatedIndexes()', {}, { database: db.name });
}
