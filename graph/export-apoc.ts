// `lawgraph export --format apoc`: APOC's JSON export shape, one element per line (what
// apoc.import.json reads, and what `lawgraph extract` prints). Evidence is a JSON string property.
import type { ExportNode, ExportRelationship, FormatWriter, Sink } from './export.ts';
import { plain } from './export.ts';

const line = (value: object) => `${JSON.stringify(value, plain)}\n`;

export function apocWriter(): FormatWriter {
  let out: Sink;
  return {
    typed: false,
    async begin(ctx) {
      out = ctx.open('graph.jsonl');
    },
    node(n: ExportNode) {
      return out.write(line({ type: 'node', id: n.id, labels: n.labels, properties: Object.fromEntries(n.props) }));
    },
    relationship(r: ExportRelationship) {
      return out.write(
        line({
          type: 'relationship',
          id: r.id,
          label: r.type,
          start: { id: r.start, labels: r.startLabels },
          end: { id: r.end, labels: r.endLabels },
          properties: { ...Object.fromEntries(r.props), evidence: JSON.stringify(r.evidence) },
        }),
      );
    },
    end: () => out.close(),
  };
}
