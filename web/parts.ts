// Pieces every page uses: evidence with its quote and source, relation lists, headings of kinds.
import { relationshipType } from '../ingest/kinds.ts';
import { html, sourceLink, type Html } from './html.ts';
import { documentAnchor, nodeLink } from './links.ts';
import { hasHan } from '../ingest/text/scripts.ts';

export interface Evidence {
  documentId: string;
  locator: string;
  quote: string;
  url?: string | null;
  method?: string;
  confidence?: number;
  /** The document's title, when the query asked for it. */
  documentTitle?: string | null;
}

export interface NodeRef {
  __typename?: string;
  id: string;
  displayName?: string | null;
}

export interface Relation {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  node: NodeRef;
  evidence?: Evidence[];
}

/** The language of a quote, so screen readers and fonts treat Chinese as Chinese. */
export function langOf(text: string): string {
  return hasHan(text) ? 'zh' : 'en';
}

export function quote(text: string | null | undefined): Html {
  return text ? html`<blockquote class="quote" lang="${langOf(text)}">${text}</blockquote>` : html``;
}

/** Where a fact comes from: a document passage (linked) or a catalog source url. */
export function sourceOf(e: Evidence): Html {
  if (e.documentId === 'catalog') return html`<span class="src">catalog, ${sourceLink(e.url)}</span>`;
  // The document by its title when the answer has it (a reader cites "中华人民共和国国家情报法 (National Intelligence
  // Law, …) art_7", not "cn-national-intelligence-law art_7"), then the locator as the graph keys it.
  const doc = e.documentTitle ? html`<span lang="${langOf(e.documentTitle)}">${e.documentTitle}</span>` : e.documentId;
  return html`<span class="src"><a href="${documentAnchor(e.documentId, e.locator)}">${doc}${e.locator ? ` ${e.locator}` : ''}</a>${e.url ? html`, ${sourceLink(e.url)}` : ''}</span>`;
}

export function evidenceList(list: Evidence[] | null | undefined): Html {
  if (!list?.length) return html``;
  return html`<ul class="evidence">${list.map((e) => html`<li>${quote(e.quote)}${sourceOf(e)}${e.method ? html` <span class="method">(${e.method})</span>` : ''}</li>`)}</ul>`;
}

/** "DJI — is headquartered in → China", read from the listing node's side. */
export function relationVerb(r: Pick<Relation, 'type' | 'direction'>): string {
  const verb = relationshipType(r.type)?.verb ?? r.type.toLowerCase().replaceAll('_', ' ');
  return r.direction === 'OUTGOING' ? verb : `← ${verb}`;
}

export function relationTable(relations: Relation[], caption: string): Html {
  if (relations.length === 0) return html``;
  const rows = relations.map(
    (r) => html`<tr><td>${relationVerb(r)}</td><td>${nodeLink(r.node)} <span class="kind">${r.node.__typename ?? ''}</span></td><td>${evidenceList(r.evidence)}</td></tr>`,
  );
  return html`<table class="relations"><caption>${caption}</caption>
<thead><tr><th scope="col">Relation</th><th scope="col">Other end</th><th scope="col">Evidence</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** Human words for a GraphQL enum or label: DUTY_TO_STATE -> "duty to state", ActorClass -> "actor class". */
export function humanize(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replaceAll('_', ' ')
    .toLowerCase();
}

export function dateRange(from?: string | null, to?: string | null): string {
  if (from && to) return `in force ${from} to ${to}`;
  if (from) return `in force since ${from}`;
  return '';
}
