// `lawgraph export`: the loaded graph, whole or the neighbourhood of some nodes, streamed from named
// queries (queries/export-*.cypher) to a format writer. Records are written as they arrive, so
// memory does not grow with the graph; only a neighbourhood's node ids are held, to scope the reads.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { NAMED_LABELS, SUGGESTED_TYPES } from '../ingest/kinds.ts';
import { query } from '../queries/index.ts';
import type { Database } from './database.ts';
import { apocWriter } from './export-apoc.ts';
import { csvWriter } from './export-csv.ts';
import { ftmWriter } from './export-ftm.ts';
import { graphmlWriter } from './export-graphml.ts';

export const FORMATS = ['graphml', 'csv', 'ftm', 'apoc'] as const;
export type ExportFormat = (typeof FORMATS)[number];
export const MAX_DEPTH = 3;

/** The loader's bookkeeping and index helpers: not facts, never exported. */
const EXCLUDED = ['supportNodes', 'supportRels', 'nameKey', 'searchText', 'evidence', 'reverseId'];

export interface Evidence {
  documentId?: string;
  locator?: string;
  quote?: string;
  method?: string;
  confidence?: number;
  url?: string;
}

export interface ExportNode {
  id: string;
  labels: string[];
  props: Map<string, unknown>;
}

export interface ExportRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  startLabels: string[];
  endLabels: string[];
  startName: string;
  endName: string;
  props: Map<string, unknown>;
  evidence: Evidence[];
}

/** A property column's type, from the values Neo4j holds (lists and maps travel as JSON text). */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'datetime' | 'json';

/** Text out, with backpressure: a slow disk or pipe pauses the reads. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface WriterContext {
  db: Database;
  ids: string[] | null;
  nodeTypes: Map<string, ColumnType>;
  relationshipTypes: Map<string, ColumnType>;
  /** A sink for the named output (csv: a file in the --out folder; others: the one output). */
  open(name: string): Sink;
}

export interface FormatWriter {
  /** Whether the headers need the property types first (one more pass over the scope). */
  typed: boolean;
  begin(ctx: WriterContext): Promise<void>;
  node(node: ExportNode): Promise<void>;
  relationship(rel: ExportRelationship): Promise<void>;
  end(): Promise<void>;
}

const WRITERS: Record<ExportFormat, () => FormatWriter> = {
  graphml: graphmlWriter,
  csv: csvWriter,
  ftm: ftmWriter,
  apoc: apocWriter,
};

export function streamSink(stream: NodeJS.WritableStream, closeAtEnd: boolean): Sink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (closeAtEnd) await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    },
  };
}

export async function* read(db: Database, name: string, params: Record<string, unknown>): AsyncGenerator<Record<string, unknown>> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: 'READ', bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    for await (const record of session.run(query(name), params)) yield record.toObject();
  } finally {
    await session.close();
  }
}

/** Node ids for `--node` references: an id, or a name, alias or title naming exactly one node. */
export async function resolveNodes(db: Database, refs: string[]): Promise<string[]> {
  const ids: string[] = [];
  for await (const row of read(db, 'resolve-refs', { refs, labels: NAMED_LABELS, idLabels: null })) {
    const candidates = row.candidates as { id: string; nodeLabel: string; name?: string; title?: string }[];
    if (candidates.length === 0) throw new Error(`no node with the id or name "${row.ref}"`);
    if (candidates.length > 1) {
      const list = candidates.map((c) => `${c.id} (${c.nodeLabel} ${c.name ?? c.title ?? ''})`).join(', ');
      throw new Error(`"${row.ref}" names several nodes; pass one of these ids: ${list}`);
    }
    ids.push(candidates[0]!.id);
  }
  return ids;
}

export async function neighbourhood(db: Database, seeds: string[], depth: number): Promise<string[]> {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new Error(`depth must be 0..${MAX_DEPTH}, got ${depth}`);
  const ids: string[] = [];
  for await (const row of read(db, 'export-neighbourhood', { seeds, depth, unwalked: SUGGESTED_TYPES })) ids.push(row.id as string);
  return ids;
}

const SCALAR: Record<string, ColumnType> = { STRING: 'string', INTEGER: 'long', FLOAT: 'double', BOOLEAN: 'boolean' };

/** One column type for the types a key takes: numbers widen to double, other mixes become JSON. */
export function columnType(valueTypes: string[]): ColumnType {
  const kinds = new Set(
    valueTypes.map((t) => {
      const base = t.replace(/ NOT NULL$/, '');
      if (base.startsWith('LIST') || base.startsWith('MAP')) return 'json';
      if (/DATETIME|^DATE$|TIME$/.test(base)) return 'datetime';
      return SCALAR[base] ?? 'json';
    }),
  );
  if (kinds.size === 1) return [...kinds][0]!;
  if ([...kinds].every((k) => k === 'long' || k === 'double')) return 'double';
  return 'json';
}

async function columnTypes(db: Database, name: string, ids: string[] | null): Promise<Map<string, ColumnType>> {
  const types = new Map<string, ColumnType>();
  for await (const row of read(db, name, { ids, excluded: EXCLUDED })) types.set(row.key as string, columnType(row.types as string[]));
  return types;
}

/** The evidence of a relationship: its list (JSON strings), or a derived link's single support. */
function evidenceOf(row: Record<string, unknown>): Evidence[] {
  if (Array.isArray(row.evidence)) return row.evidence.map((e) => JSON.parse(e as string) as Evidence);
  const support = Object.fromEntries(Object.entries(row.support as object).filter(([, v]) => v !== null)) as Evidence;
  return support.quote || support.method ? [support] : [];
}

const pairs = (row: Record<string, unknown>) => new Map(row.props as [string, unknown][]);

export interface ExportOptions {
  format: ExportFormat;
  /** Node ids to export around; undefined exports the whole graph. */
  seeds?: string[];
  depth: number;
  /** File (or folder, for csv); undefined writes to stdout (not csv). */
  out?: string;
}

function sinkFactory(opts: ExportOptions): (name: string) => Sink {
  if (opts.format === 'csv') {
    if (!opts.out) throw new Error('csv writes two files: give a folder with --out');
    fs.mkdirSync(opts.out, { recursive: true });
    return (name) => streamSink(fs.createWriteStream(path.join(opts.out!, name)), true);
  }
  if (opts.out) {
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    return () => streamSink(fs.createWriteStream(opts.out!), true);
  }
  return () => streamSink(process.stdout, false);
}

export async function exportGraph(db: Database, opts: ExportOptions): Promise<{ nodes: number; relationships: number }> {
  const writer = WRITERS[opts.format]();
  const ids = opts.seeds ? await neighbourhood(db, opts.seeds, opts.depth) : null;
  const typed = writer.typed;
  await writer.begin({
    db,
    ids,
    nodeTypes: typed ? await columnTypes(db, 'export-node-properties', ids) : new Map(),
    relationshipTypes: typed ? await columnTypes(db, 'export-relationship-properties', ids) : new Map(),
    open: sinkFactory(opts),
  });
  let nodes = 0;
  let relationships = 0;
  for await (const row of read(db, 'export-nodes', { ids, excluded: EXCLUDED })) {
    await writer.node({ id: row.id as string, labels: row.labels as string[], props: pairs(row) });
    nodes++;
  }
  for await (const row of read(db, 'export-relationships', { ids, excluded: EXCLUDED })) {
    const { id, type, start, end, startLabels, endLabels, startName, endName } = row as Record<string, never>;
    await writer.relationship({ id, type, start, end, startLabels, endLabels, startName, endName, props: pairs(row), evidence: evidenceOf(row) });
    relationships++;
  }
  await writer.end();
  return { nodes, relationships };
}

/** A property value as text: JSON for json columns, temporal values in their ISO form. */
export function valueText(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  return type === 'json' ? JSON.stringify(value, plain) : String(value);
}

/** JSON.stringify replacer: the driver's temporal values print as their ISO text. */
export function plain(_key: string, value: unknown): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) && value.constructor !== Object ? String(value) : value;
}
