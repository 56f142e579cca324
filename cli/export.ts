// `lawgraph export`: checks the call, resolves --node references, streams the export.
import type { Config } from '../config.ts';
import { exportGraph, FORMATS, MAX_DEPTH, resolveNodes, type ExportFormat } from '../graph/export.ts';
import { log, withDatabase } from './load.ts';
import { UsageError } from './usage.ts';

export interface ExportArgs {
  format?: string;
  nodes: string[];
  depth?: string;
  out?: string;
}

function checkArgs(args: ExportArgs): { format: ExportFormat; depth: number } {
  if (!args.format) throw new UsageError(`--format is required (${FORMATS.join(', ')})`);
  if (!(FORMATS as readonly string[]).includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${args.format}"`);
  if (args.format === 'csv' && !args.out) throw new UsageError('--format csv writes nodes.csv and relationships.csv: give a folder with --out');
  const depth = Number(args.depth ?? 1);
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new UsageError(`--depth must be 0..${MAX_DEPTH}, got "${args.depth}"`);
  if (args.depth !== undefined && args.nodes.length === 0) throw new UsageError('--depth needs --node (without --node the whole graph is exported)');
  return { format: args.format as ExportFormat, depth };
}

export async function runExport(config: Config, args: ExportArgs): Promise<number> {
  const { format, depth } = checkArgs(args);
  return withDatabase(config, async (db) => {
    const seeds = args.nodes.length ? await resolveNodes(db, args.nodes) : undefined;
    let n: Awaited<ReturnType<typeof exportGraph>>;
    try {
      n = await exportGraph(db, { format, seeds, depth, out: args.out });
    } catch (err) {
      if ((err as { code?: string }).code === 'EPIPE') return 0; // the reader (e.g. `head`) has had enough
      throw err;
    }
    const scope = seeds ? `the ${depth}-hop neighbourhood of ${seeds.join(', ')}` : 'the whole graph';
    log(`exported ${scope} as ${format}: ${n.nodes} nodes, ${n.relationships} relationships${args.out ? ` to ${args.out}` : ''}`);
    return 0;
  });
}
