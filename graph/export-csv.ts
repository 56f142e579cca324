// `lawgraph export --format csv`: nodes.csv and relationships.csv with neo4j-admin import headers
// (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `order:double`), which
// LOAD CSV and spreadsheets read too. Lists (and the evidence) are JSON text: verbatim quotes contain
// every delimiter an array column could use. Quoted fields may span lines (--multiline-fields=true).
import type { ColumnType, ExportNode, ExportRelationship, FormatWriter, Sink } from './export.ts';
import { valueText } from './export.ts';

const HEADER_TYPE: Record<ColumnType, string> = { string: '', json: '', long: ':long', double: ':double', boolean: ':boolean', datetime: ':datetime' };

export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** JSON without backslash-quote escapes (\u0022, \u005c parse to the same value): LOAD CSV's default
 *  legacy quote escaping reads \" as an escaped quote, which would end a quoted field early. */
export function csvJson(json: string): string {
  return json.replace(/\\(["\\])/g, (_m, c: string) => (c === '"' ? '\\u0022' : '\\u005c'));
}

const row = (cells: string[]) => `${cells.map(csvCell).join(',')}\n`;
const header = (columns: [string, ColumnType][]) => columns.map(([key, type]) => key + HEADER_TYPE[type]);
const values = (props: Map<string, unknown>, columns: [string, ColumnType][]) =>
  columns.map(([key, type]) => (type === 'json' ? csvJson(valueText(props.get(key), type)) : valueText(props.get(key), type)));

export function csvWriter(): FormatWriter {
  let nodes: Sink;
  let relationships: Sink;
  let nodeColumns: [string, ColumnType][];
  let relationshipColumns: [string, ColumnType][];
  return {
    typed: true,
    async begin(ctx) {
      nodeColumns = [...ctx.nodeTypes].filter(([key]) => key !== 'id'); // the id is the :ID column
      relationshipColumns = [...ctx.relationshipTypes];
      nodes = ctx.open('nodes.csv');
      relationships = ctx.open('relationships.csv');
      await nodes.write(row(['id:ID', ':LABEL', ...header(nodeColumns)]));
      await relationships.write(row([':START_ID', ':END_ID', ':TYPE', 'evidence', ...header(relationshipColumns)]));
    },
    node(n: ExportNode) {
      return nodes.write(row([n.id, n.labels.join(';'), ...values(n.props, nodeColumns)]));
    },
    relationship(r: ExportRelationship) {
      return relationships.write(row([r.start, r.end, r.type, csvJson(JSON.stringify(r.evidence)), ...values(r.props, relationshipColumns)]));
    },
    async end() {
      await nodes.close();
      await relationships.close();
    },
  };
}
