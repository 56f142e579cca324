// `/entity/<id>`: any node, its own facts and its relations, each with the evidence behind it.
import { NODE_KINDS } from '../../ingest/kinds.ts';
import { csv, json } from '../export.ts';
import { notFound } from '../gql.ts';
import { html, sourceLink, type Html } from '../html.ts';
import { nodeHref, nodeLink, pathSegment } from '../links.ts';
import { evidenceList, humanize, langOf, type NodeRef, quote, type Relation, relationTable, relationVerb, sourceOf } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

/** Fields shown elsewhere on the page, not in the facts list. */
const NOT_FACTS = new Set(['__typename', 'id', 'displayName', 'relations', 'premises', 'quote', 'text']);
/** The kinds with suggested relations (ingest/kinds.ts: entities). */
const ENTITY_KINDS = new Set(NODE_KINDS.filter((k) => k.entity).map((k) => k.label));

export interface Suggested {
  predicate: string;
  confidence: number;
  direction: 'OUTGOING' | 'INCOMING';
  node: NodeRef;
  quote: string;
  locator: string;
  documentId: string;
}

/** The learned model's suggestions (docs/relation-model.md): collapsed, dimmed, each with its probability and the
 *  sentence it read, apart from the relations and never among them. */
export function suggestedLinks(list: Suggested[] | undefined): Html {
  if (!list?.length) return html``;
  const items = list.map(
    (x) =>
      html`<li>suggested: ${relationVerb({ type: x.predicate, direction: x.direction })} ${nodeLink(x.node)} <span class="kind">${x.node.__typename ?? ''}</span> <span class="confidence">(model probability ${x.confidence.toFixed(2)})</span>${quote(x.quote)}${sourceOf({ documentId: x.documentId, locator: x.locator, quote: x.quote })}</li>`,
  );
  return html`<details class="suggested"><summary>Suggested links (machine reading, unchecked) (${list.length})</summary>
<p class="muted">A learned model read these in report sentences where the rules read no relation. They are not facts: check each quote.</p>
<ul class="suggested-links">${items}</ul></details>`;
}

function factValue(key: string, value: unknown): Html {
  if (Array.isArray(value)) return html`${value.map((v, i) => html`${i ? ', ' : ''}<span lang="${langOf(String(v))}">${String(v)}</span>`)}`;
  if (value && typeof value === 'object' && 'id' in value) return nodeLink(value as { id: string; displayName?: string });
  if (key === 'url') return sourceLink(value);
  if (key === 'wikidata') return sourceLink(`https://www.wikidata.org/wiki/${value}`, value);
  return html`<span lang="${langOf(String(value))}">${String(value)}</span>`;
}

// biome-ignore lint/suspicious/noExplicitAny: any node type, read defensively
function facts(node: Record<string, any>): Html {
  const rows = Object.entries(node).filter(([k, v]) => !NOT_FACTS.has(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));
  if (rows.length === 0) return html``;
  return html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${humanize(k)}</dt><dd>${factValue(k, v)}</dd>`)}</dl>`;
}

// biome-ignore lint/suspicious/noExplicitAny: any node type, read defensively
function ownPages(node: Record<string, any>): Html {
  const links: Html[] = [];
  if (node.__typename === 'Company') links.push(html`<a href="/company/${pathSegment(node.id)}">Which laws could compel ${node.name}?</a>`);
  if (nodeHref(node.id, node.__typename) !== `/entity/${pathSegment(node.id)}`) links.push(html`<a href="${nodeHref(node.id, node.__typename)}">Its own page</a>`);
  if (node.__typename !== 'Claim') links.push(html`<a href="/paths?from=${encodeURIComponent(node.id)}">How it connects to …</a>`);
  return html`<ul class="actions">${links.map((l) => html`<li>${l}</li>`)}</ul>`;
}

export async function entityPage({ params, gql }: PageRequest): Promise<View> {
  const data = await gql('entity', { id: params[0] });
  const node = data.node;
  if (!node) throw notFound(params[0]!, 'node');
  const relations: Relation[] = node.relations;
  const suggested: Suggested[] = ENTITY_KINDS.has(node.__typename) ? (await gql('suggested', { id: node.id })).suggestedRelations : [];
  const byType = Map.groupBy(relations, (r) => relationVerb(r));
  return {
    title: node.displayName,
    main: html`<h1><span lang="${langOf(node.displayName)}">${node.displayName}</span> <span class="kind">${humanize(node.__typename)}</span></h1>
<p class="muted"><code>${node.id}</code></p>
${ownPages(node)}
${facts(node)}
${node.text ? html`<h2>Text</h2>${quote(node.text)}` : ''}
${node.quote ? html`<h2>The sentence that says so</h2>${quote(node.quote)}` : ''}
${node.premises?.length ? html`<h2>Premises</h2><ol class="premises">${node.premises.map((p: { statement: string; evidence: [] }) => html`<li>${p.statement}${evidenceList(p.evidence)}</li>`)}</ol>` : ''}
<h2>Relations</h2>
${relations.length === 0 ? html`<p>No relations.</p>` : [...byType].map(([verb, list]) => relationTable(list, `${verb} (${list.length})`))}
${suggestedLinks(suggested)}`,
    exports: {
      json: () => json(node),
      csv: () =>
        csv({
          columns: ['relation', 'direction', 'other id', 'other name', 'kind', 'document', 'locator', 'quote', 'url'],
          rows: relations.flatMap((r) =>
            (r.evidence?.length ? r.evidence : [null]).map((e) => [r.type, r.direction, r.node.id, r.node.displayName, r.node.__typename, e?.documentId, e?.locator, e?.quote, e?.url]),
          ),
        }),
    },
  };
}
