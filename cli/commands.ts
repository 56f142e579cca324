// The commands of `lawgraph`, as data: main.ts parses and routes, usage.ts prints help from this.
// Each command's module is imported when it runs, so --help and --version answer at once.
import type { Config } from '../config.ts';
import { UsageError, type Command, type OptionSpec, type OptionValues } from './usage.ts';

const ANY = Number.POSITIVE_INFINITY;
const report: OptionSpec = {
  type: 'string',
  value: '<file>',
  help: 'write the ingest report as JSON (per document what was found and not understood)',
};
const port: OptionSpec = { type: 'string', value: '<n>', help: 'port for GraphQL (default PORT or 4000; 0 picks a free one)' };

const str = (o: OptionValues, name: string) => o[name] as string | undefined;
const flag = (o: OptionValues, name: string) => o[name] === true;

/** `--port` overrides PORT for serve and up. */
function withPort(config: Config, o: OptionValues): Config {
  const raw = str(o, 'port');
  if (raw === undefined) return config;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a port number, got "${raw}"`);
  return { ...config, port: n };
}

export const COMMANDS: Command[] = [
  {
    name: 'extract',
    args: '<file|dir>...',
    summary: 'Parse and extract without a database; print the graph as APOC JSON lines.',
    details: 'A folder with manifest.json takes ids and metadata from the manifest; other files are\nread by their extension.',
    options: { format: { type: 'string', value: 'jsonl', help: 'output format (only jsonl)' }, report },
    positionals: { min: 1, max: ANY },
    run: async (config, args, o) => (await import('./extract.ts')).runExtract(config, args, { format: str(o, 'format') ?? 'jsonl', report: str(o, 'report') }),
  },
  {
    name: 'load',
    args: '[file|dir]...',
    summary: 'Extract and load into Neo4j (default: the corpus), then derive.',
    details: 'Shows progress: documents done of the total, rows per second, time left.',
    options: { force: { type: 'boolean', help: 'reload documents whose sha256 did not change' }, report },
    positionals: { min: 0, max: ANY },
    run: async (config, args, o) => (await import('./load.ts')).runLoad(config, args, { force: flag(o, 'force'), report: str(o, 'report') }),
  },
  {
    name: 'remove',
    args: '<documentId>...',
    summary: 'Remove documents and every fact only they supported.',
    details: 'Exit code 2 if one of them is not in the graph.',
    options: {},
    positionals: { min: 1, max: ANY },
    run: async (config, args) => (await import('./load.ts')).runRemove(config, args),
  },
  {
    name: 'stats',
    args: '',
    summary: 'Node and relationship counts by kind, documents, last load time (JSON).',
    options: {},
    positionals: { min: 0, max: 0 },
    run: async (config) => (await import('./load.ts')).runStats(config),
  },
  {
    name: 'export',
    args: '',
    summary: 'Export the loaded graph, whole or around given nodes, for other tools.',
    details: `Formats: graphml (Gephi, yEd), csv (nodes.csv and relationships.csv with neo4j-admin import
headers, into the --out folder), ftm (FollowTheMoney entities as JSON lines: companies, people,
organisations and their links), apoc (APOC JSON lines). Every relationship keeps its evidence (a
JSON list in the property "evidence"). Without --out, graphml, ftm and apoc go to stdout.`,
    options: {
      format: { type: 'string', value: '<graphml|csv|ftm|apoc>', help: 'the output format (required)' },
      node: { type: 'string', multiple: true, value: '<id|name>', help: 'export the neighbourhood of this node (repeat for more)' },
      depth: { type: 'string', value: '<0-3>', help: 'hops around the --node nodes (default 1)' },
      out: { type: 'string', value: '<path>', help: 'output file (a folder for csv)' },
    },
    positionals: { min: 0, max: 0 },
    run: async (config, _args, o) =>
      (await import('./export.ts')).runExport(config, { format: str(o, 'format'), nodes: (o.node as string[] | undefined) ?? [], depth: str(o, 'depth'), out: str(o, 'out') }),
  },
  {
    name: 'corpus fetch',
    args: '',
    summary: "Download the corpus from each document's recorded public source.",
    details: `Reads corpus/manifest.json (ids, sources, sha256), downloads each file from the repository and
commit it came from, verifies its sha256, skips files already verified, and writes manifest.json
beside them, so \`lawgraph load <dir>\` reads the folder. Names every document it could not get.`,
    options: {
      to: { type: 'string', value: '<dir>', help: 'where to put the corpus (default LAWGRAPH_CORPUS, else ./data/corpus)' },
      manifest: { type: 'string', value: '<file>', help: 'another list of documents in the same shape (default corpus/manifest.json)' },
    },
    positionals: { min: 0, max: 0 },
    run: async (config, _args, o) => (await import('./corpus.ts')).runCorpusFetch(config, { to: str(o, 'to'), manifest: str(o, 'manifest') }),
  },
  {
    name: 'serve',
    args: '',
    summary: 'Serve GraphQL and GraphiQL on http://HOST:PORT/graphql.',
    options: { port },
    positionals: { min: 0, max: 0 },
    run: async (config, _args, o) => (await import('./serve.ts')).runServe(withPort(config, o)),
  },
  {
    name: 'up',
    args: '',
    summary: 'Neo4j, schema, corpus ingest, GraphQL: what `npm start` runs.',
    details: 'Starts Neo4j when NEO4J_URI is unset. Without a corpus it says how to get one.',
    options: {
      port,
      force: { type: 'boolean', help: 'reload documents whose sha256 did not change' },
      'fetch-corpus': { type: 'boolean', help: 'fetch the corpus first if none is found (also LAWGRAPH_FETCH_CORPUS=1)' },
    },
    positionals: { min: 0, max: 0 },
    run: async (config, _args, o) => (await import('./serve.ts')).runUp(withPort(config, o), { force: flag(o, 'force'), fetchCorpus: flag(o, 'fetch-corpus') || config.fetchCorpus }),
  },
];
