// `lawgraph <command>`: the command line. Each command is a small module; this file only routes.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { runExtract } from './extract.ts';
import { runLoad, runRemove, runStats } from './load.ts';
import { runServe, runUp } from './serve.ts';

const HELP = `lawgraph: a knowledge graph of laws, companies and technologies

Usage: lawgraph <command> [options]

Commands:
  extract <file|dir>...  Parse and extract without a database; print the graph as JSON lines
                         (APOC JSON export shape). A folder with manifest.json takes ids and
                         metadata from the manifest. Options: --format jsonl (default),
                         --report <file> (write the ingest report as JSON: per document
                         what was found and not understood, per catalog aliases never seen).
  load [file|dir]...     Extract and load into Neo4j (default: the corpus). --force reloads
                         documents whose sha256 did not change; --report <file> as above.
  remove <documentId>    Remove a document and every fact only it supported.
  stats                  Node and relationship counts by kind, documents, last load time.
  serve                  Serve GraphQL (and GraphiQL) on http://HOST:PORT/graphql.
  up                     Everything: Neo4j (started if NEO4J_URI is unset), schema, load the
                         corpus, serve GraphQL. What \`npm start\` runs.

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT (4000), HOST (127.0.0.1),
LAWGRAPH_CORPUS (../shared/corpus), LAWGRAPH_DATA (./data), LAWGRAPH_CORS_ORIGIN.
Exit codes: 0 ok, 1 error, 2 some documents failed (the others were processed).`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      report: { type: 'string' },
      force: { type: 'boolean', default: false },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig(values.port ? { ...process.env, PORT: values.port } : process.env);
  try {
    switch (command) {
      case 'extract':
        return await runExtract(config, positionals, { format: values.format!, report: values.report });
      case 'load':
        return await runLoad(config, positionals, { force: values.force!, report: values.report });
      case 'remove':
        return await runRemove(config, positionals);
      case 'stats':
        return await runStats(config);
      case 'serve':
        return await runServe(config);
      case 'up':
        return await runUp(config, { force: values.force! });
      default:
        console.error(`unknown command "${command}"\n\n${HELP}`);
        return 1;
    }
  } catch (err) {
    console.error(`lawgraph ${command}: ${(err as Error).message}`);
    return 1;
  }
}
