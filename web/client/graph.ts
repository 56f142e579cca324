// The paths page's graph view (bundled at install time into web/dist/graph.js by web/build.ts):
// the chains drawn with sigma.js, laid out from their hop order and relaxed by ForceAtlas2.
// The same chains are listed in the page as text, so the drawing is an aid, not the only view.
import { MultiDirectedGraph } from 'graphology';
import * as fa2 from 'graphology-layout-forceatlas2';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerPlain, pathLine, pathLoop } from 'sigma/rendering';

interface GraphData {
  nodes: { id: string; label: string; kind: string }[];
  edges: { source: string; target: string; type: string }[];
  hrefs: Record<string, string>;
}

// A CommonJS module: TypeScript (nodenext) sees its function one `default` deeper than esbuild does.
type Layout = typeof fa2.default.default;
const forceAtlas2: Layout = (fa2.default as unknown as { default?: Layout }).default ?? (fa2.default as unknown as Layout);

const COLORS: Record<string, string> = {
  Company: '#c2410c',
  Jurisdiction: '#1d4ed8',
  Law: '#15803d',
  Provision: '#15803d',
  Passage: '#6b7280',
  Document: '#6b7280',
};

/** Columns by distance from the first node, rows within a column: a readable start for the layout. */
function place(data: GraphData): Map<string, { x: number; y: number }> {
  const neighbours = new Map<string, string[]>();
  for (const e of data.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const depth = new Map<string, number>([[data.nodes[0]!.id, 0]]);
  const queue = [data.nodes[0]!.id];
  while (queue.length) {
    const id = queue.shift()!;
    for (const n of neighbours.get(id) ?? []) if (!depth.has(n)) depth.set(n, depth.get(id)! + 1) && queue.push(n);
  }
  const rows = new Map<number, number>();
  const out = new Map<string, { x: number; y: number }>();
  for (const n of data.nodes) {
    const d = depth.get(n.id) ?? 0;
    const row = rows.get(d) ?? 0;
    rows.set(d, row + 1);
    // Alternate columns up and down a little, so that the labels of a long chain do not touch.
    out.set(n.id, { x: d * 10, y: row * 6 * (row % 2 ? 1 : -1) + (d % 2 ? 1.5 : -1.5) });
  }
  return out;
}

function build(data: GraphData): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  const at = place(data);
  for (const n of data.nodes) {
    graph.addNode(n.id, { label: n.label.length > 32 ? `${n.label.slice(0, 31)}…` : n.label, color: COLORS[n.kind] ?? '#7c3aed', size: 9, ...at.get(n.id) });
  }
  for (const e of data.edges) graph.addEdge(e.source, e.target, { label: e.type, size: 2, color: '#94a3b8' });
  forceAtlas2.assign(graph, { iterations: 60, settings: { ...forceAtlas2.inferSettings(graph), gravity: 0.5 } });
  return graph;
}

function draw(container: HTMLElement, data: GraphData): void {
  const graph = build(data);
  const renderer = new Sigma(graph, container, {
    primitives: { edges: { paths: [pathLine(), pathLoop()], extremities: [extremityArrow()], layers: [layerPlain()], defaultHead: 'arrow' } },
    settings: { itemSizesReference: 'screen', renderEdgeLabels: true, stagePadding: 60 },
    // Styles replace sigma's defaults as a whole: keep them, with every label shown.
    styles: { nodes: { ...DEFAULT_STYLES.nodes, labelVisibility: 'visible', labelPosition: 'below' }, edges: { ...DEFAULT_STYLES.edges, labelVisibility: 'visible' } },
  });
  renderer.on('clickNode', ({ node }) => {
    const href = data.hrefs[node];
    if (href) window.location.assign(href);
  });
  container.dataset.rendered = `${graph.order} nodes, ${graph.size} edges`;
}

const source = document.getElementById('graph-data');
const container = document.getElementById('graph');
if (source && container) {
  try {
    draw(container, JSON.parse(source.textContent ?? '{}') as GraphData);
  } catch (err) {
    container.textContent = 'The graph view could not be drawn here (it needs WebGL 2); the chains are listed below.';
    container.dataset.error = String(err);
  }
}
