// `/paths?from=&to=`: the shortest chains of sourced facts between two things, drawn as a graph
// (web/client/graph.ts, bundled at install) and listed hop by hop with each hop's quote.
import { graphml, json, type GraphData } from '../export.ts';
import { html, raw, type Html } from '../html.ts';
import { nodeHref, nodeLink } from '../links.ts';
import { evidenceList, type Evidence, type NodeRef, relationVerb } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

interface Hop {
  from: { id: string };
  to: { id: string };
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  evidence: Evidence[];
}

interface Path {
  length: number;
  nodes: (NodeRef & { __typename: string })[];
  hops: Hop[];
}

export const MAX_HOPS = 6;

function form(from: string, to: string, maxHops: number): Html {
  const hops = Array.from({ length: MAX_HOPS }, (_, i) => i + 1).map((n) => html`<option value="${n}" ${n === maxHops ? 'selected' : ''}>${n}</option>`);
  return html`<form class="paths-form" method="get" action="/paths">
<label for="from">From</label> <input id="from" name="from" value="${from}" required placeholder="BYD">
<label for="to">to</label> <input id="to" name="to" value="${to}" required placeholder="European Union">
<label for="maxHops">at most</label> <select id="maxHops" name="maxHops">${hops}</select> hops
<button type="submit">Find connections</button></form>`;
}

/** All paths as one graph: each node once, each hop an edge in the direction of its relationship. */
export function graphOf(paths: Path[]): GraphData & { hrefs: Record<string, string> } {
  const nodes = new Map<string, GraphData['nodes'][number]>();
  const hrefs: Record<string, string> = {};
  const edges: GraphData['edges'] = [];
  for (const p of paths) {
    for (const n of p.nodes) {
      nodes.set(n.id, { id: n.id, label: n.displayName ?? n.id, kind: n.__typename });
      hrefs[n.id] = nodeHref(n.id, n.__typename);
    }
    for (const h of p.hops) {
      const [source, target] = h.direction === 'OUTGOING' ? [h.from.id, h.to.id] : [h.to.id, h.from.id];
      if (edges.some((e) => e.source === source && e.target === target && e.type === h.type)) continue;
      const e = h.evidence[0];
      edges.push({ source, target, type: h.type, quote: e?.quote || e?.url || '', source_ref: e ? `${e.documentId} ${e.locator}`.trim() : '' });
    }
  }
  return { nodes: [...nodes.values()], edges, hrefs };
}

/** JSON inside a script element: `<`, `>` and `&` escaped so the markup cannot end early. */
function jsonScript(id: string, data: unknown): Html {
  const text = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return html`<script type="application/json" id="${id}">${raw(text)}</script>`;
}

function pathHtml(p: Path, i: number): Html {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  return html`<li><h3>Path ${i + 1}: ${p.length} hop${p.length === 1 ? '' : 's'}</h3><ol class="hops">${p.hops.map(
    (h) => html`<li>${nodeLink(byId.get(h.from.id) ?? h.from)} <span class="verb">${relationVerb(h)}</span> ${nodeLink(byId.get(h.to.id) ?? h.to)}${evidenceList(h.evidence)}</li>`,
  )}</ol></li>`;
}

export async function pathsPage({ query, gql }: PageRequest): Promise<View> {
  const from = (query.get('from') ?? '').trim();
  const to = (query.get('to') ?? '').trim();
  const asked = Number(query.get('maxHops') ?? 4);
  const maxHops = Number.isInteger(asked) && asked >= 1 && asked <= MAX_HOPS ? asked : 4;
  if (!from || !to) return { title: 'Connections', main: html`<h1>How are two things connected?</h1>${form(from, to, maxHops)}` };
  const paths: Path[] = (await gql('paths', { from, to, maxHops })).paths;
  const graph = graphOf(paths);
  const ends = paths[0] ? [paths[0].nodes[0]!, paths[0].nodes.at(-1)!] : null;
  return {
    title: `${from} → ${to}`,
    main: html`<h1>How is ${ends ? nodeLink(ends[0]) : from} connected to ${ends ? nodeLink(ends[1]) : to}?</h1>
${form(from, to, maxHops)}
${paths.length === 0 ? html`<p>No chain of at most ${maxHops} hops joins them. Allow more hops, or try a related name.</p>` : html`<p>${paths.length} shortest chain${paths.length === 1 ? '' : 's'} of sourced facts. Read the hops before the conclusion: a chain through a broad hub says little.</p>
<figure class="graph"><div id="graph" role="img" aria-label="The chains drawn as a graph; the same chains are listed below."></div>
<figcaption>Nodes link to their pages; arrows point the way each relationship reads.</figcaption></figure>
${jsonScript('graph-data', graph)}
<ol class="paths">${paths.map(pathHtml)}</ol>`}`,
    scripts: paths.length ? ['/assets/graph.js'] : [],
    exports: {
      graphml: () => graphml(graph),
      json: () => json({ from, to, maxHops, paths }),
    },
  };
}
