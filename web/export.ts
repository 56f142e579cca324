// What is on screen, as files: CSV and JSON for lists, GraphML for graphs (Gephi, yEd), plain text.
import type { Download } from './view.ts';

export interface Table {
  columns: string[];
  rows: (string | number | null | undefined)[][];
}

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends; a BOM so spreadsheets read UTF-8. */
export function csv(table: Table): Download {
  const field = (v: unknown) => `"${String(v ?? '').replaceAll('"', '""')}"`;
  const lines = [table.columns, ...table.rows].map((r) => r.map(field).join(','));
  return { type: 'text/csv; charset=utf-8', body: `\uFEFF${lines.join('\r\n')}\r\n` };
}

export function json(data: unknown): Download {
  return { type: 'application/json; charset=utf-8', body: `${JSON.stringify(data, null, 2)}\n` };
}

export function text(body: string): Download {
  return { type: 'text/plain; charset=utf-8', body };
}

export interface GraphData {
  nodes: { id: string; label: string; kind: string }[];
  edges: { source: string; target: string; type: string; quote: string; source_ref: string }[];
}

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export function graphml(graph: GraphData): Download {
  const keys = [
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '<key id="quote" for="edge" attr.name="quote" attr.type="string"/>',
    '<key id="source" for="edge" attr.name="source" attr.type="string"/>',
  ];
  const nodes = graph.nodes.map(
    (n) => `<node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="kind">${xml(n.kind)}</data></node>`,
  );
  const edges = graph.edges.map(
    (e, i) =>
      `<edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${xml(e.type)}</data>` +
      `<data key="quote">${xml(e.quote)}</data><data key="source">${xml(e.source_ref)}</data></edge>`,
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys,
    '<graph id="lawgraph" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
  ];
  return { type: 'application/graphml+xml; charset=utf-8', body: `${body.join('\n')}\n` };
}
