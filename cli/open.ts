// The command line's log line and the configured Neo4j, opened: small on purpose, so `up` and
// `serve` start Neo4j before they load the API and the pipeline (some seconds of modules).
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../graph/database.ts';

export const log = (line: string) => console.error(`lawgraph: ${line}`);

/** Opens the configured Neo4j (starting the embedded one, whose memory is stated first); `onSpawn`
 *  runs once its JVM is spawned (at once for an external server). */
export async function open(config: Config, onSpawn?: () => void): Promise<Database> {
  if (!config.neo4j.uri) log(config.neo4j.memoryNote);
  return openDatabase(config, { log, onSpawn });
}
