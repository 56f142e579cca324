// `lawgraph export --format graphml`: GraphML for Gephi, yEd and graph libraries. Nodes carry
// `label` (a display name), `labels` (:Kind:Node, as APOC writes it) and their properties; edges
// carry `label` (the relationship type), `evidence` (a JSON list) and their properties.
import type { ColumnType, ExportNode, ExportRelationship, FormatWriter, Sink } from './export.ts';
import { valueText } from './export.ts';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', json: 'string', datetime: 'string', long: 'long', double: 'double', boolean: 'boolean' };

/** XML text: the five escapes, and characters XML 1.0 cannot hold replaced by U+FFFD. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const key = (id: string, target: 'node' | 'edge', name: string, type: string) =>
  `  <key id="${xmlText(id)}" for="${target}" attr.name="${xmlText(name)}" attr.type="${type}"/>\n`;
const data = (id: string, text: string) => (text === '' ? '' : `<data key="${xmlText(id)}">${xmlText(text)}</data>`);

function propsData(prefix: string, props: Map<string, unknown>, columns: Map<string, ColumnType>): string {
  let out = '';
  for (const [name, type] of columns) out += data(`${prefix}${name}`, valueText(props.get(name), type));
  return out;
}

export function graphmlWriter(): FormatWriter {
  let out: Sink;
  let nodeColumns: Map<string, ColumnType>;
  let edgeColumns: Map<string, ColumnType>;
  return {
    typed: true,
    async begin(ctx) {
      nodeColumns = ctx.nodeTypes;
      edgeColumns = ctx.relationshipTypes;
      out = ctx.open('graph.graphml');
      let head = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
      head += key('n:label', 'node', 'label', 'string') + key('n:labels', 'node', 'labels', 'string');
      for (const [name, type] of nodeColumns) head += key(`n.${name}`, 'node', name, GRAPHML_TYPE[type]);
      head += key('e:label', 'edge', 'label', 'string') + key('e:evidence', 'edge', 'evidence', 'string');
      for (const [name, type] of edgeColumns) head += key(`e.${name}`, 'edge', name, GRAPHML_TYPE[type]);
      await out.write(`${head}  <graph id="lawgraph" edgedefault="directed">\n`);
    },
    node(n: ExportNode) {
      const display = String(n.props.get('name') ?? n.props.get('title') ?? n.id);
      const labels = `:${n.labels.join(':')}`;
      return out.write(`    <node id="${xmlText(n.id)}">${data('n:label', display)}${data('n:labels', labels)}${propsData('n.', n.props, nodeColumns)}</node>\n`);
    },
    relationship(r: ExportRelationship) {
      const attrs = `id="${xmlText(r.id)}" source="${xmlText(r.start)}" target="${xmlText(r.end)}"`;
      const body = data('e:label', r.type) + data('e:evidence', JSON.stringify(r.evidence)) + propsData('e.', r.props, edgeColumns);
      return out.write(`    <edge ${attrs}>${body}</edge>\n`);
    },
    async end() {
      await out.write('  </graph>\n</graphml>\n');
      await out.close();
    },
  };
}
