// `/document/<id>`: a document's text with the recognised norms and names highlighted, each
// linking to its node. Statutes come as provisions; reports as passages (paged through, bounded).
import { csv, json } from '../export.ts';
import { notFound, type Gql } from '../gql.ts';
import { highlight, linkTerms, normRegions, type Term } from '../highlight.ts';
import { html, type Html } from '../html.ts';
import { nodeHref, nodeLink } from '../links.ts';
import { humanize, langOf } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

/** At most this many pages of 100 passages are read for one report. */
export const MAX_PASSAGE_PAGES = 20;

interface Named {
  __typename?: string;
  id: string;
  displayName?: string;
  name?: string;
  nameZh?: string | null;
  aliases?: string[];
  acronyms?: string[];
  shortName?: string | null;
}

interface Provision {
  id: string;
  number: string;
  locator: string;
  chapter: string | null;
  heading: string | null;
  text: string;
  norms: { id: string; modality: string; actionLabel: string | null; quote: string; bearers: Named[]; authorities: Named[]; dataCategories: Named[] }[];
}

interface Passage {
  id: string;
  locator: string;
  section: string | null;
  text: string;
  relations: { type: string; node: Named }[];
}

/** Every name a node goes by, as terms to find in a text. */
export function termsOf(nodes: Named[]): Term[] {
  return nodes.flatMap((n) => {
    const names = [n.name, n.nameZh, n.shortName, n.displayName, ...(n.aliases ?? []), ...(n.acronyms ?? [])].filter((s): s is string => !!s);
    return [...new Set(names)].map((text) => ({ text, href: nodeHref(n.id, n.__typename), title: n.displayName ?? n.name ?? n.id }));
  });
}

function provisionHtml(p: Provision): Html {
  const parties = p.norms.flatMap((n) => [...n.bearers, ...n.authorities, ...n.dataCategories]);
  const regions = normRegions(
    p.text,
    p.norms.map((n) => ({ quote: n.quote, href: `/provision/${p.id}#${n.id}`, label: humanize(n.modality) })),
  );
  return html`<section class="provision" id="${p.locator}"><h3><a href="${nodeHref(p.id, 'Provision')}">${p.number}</a>${p.heading ? html` ${p.heading}` : ''}</h3>
<p class="article-text">${highlight(p.text, regions, termsOf(parties))}</p></section>`;
}

function statuteBody(provisions: Provision[]): Html {
  let chapter: string | null = null;
  return html`${provisions.map((p) => {
    const head = p.chapter && p.chapter !== chapter ? html`<h2>${p.chapter}</h2>` : '';
    chapter = p.chapter ?? chapter;
    return html`${head}${provisionHtml(p)}`;
  })}`;
}

/** Locators in reading order: sec_2.p_10.s_1 after sec_2.p_9.s_3 (the API pages by id). */
function readingOrder(a: Passage, b: Passage): number {
  return a.locator.localeCompare(b.locator, 'en', { numeric: true });
}

async function passagesOf(gql: Gql, id: string): Promise<Passage[]> {
  const out: Passage[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PASSAGE_PAGES; page++) {
    const data: { neighbors: { edges: { node: Passage }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql('passages', { id, after });
    out.push(...data.neighbors.edges.map((e) => e.node));
    if (!data.neighbors.pageInfo.hasNextPage) break;
    after = data.neighbors.pageInfo.endCursor;
  }
  return out.sort(readingOrder);
}

function passageHtml(p: Passage): Html {
  const named = p.relations.map((r) => r.node);
  const cites = p.relations.filter((r) => r.type === 'CITES');
  return html`<span class="passage" id="${p.locator}">${linkTerms(p.text, termsOf(named))}${cites.map((c) => html` <sup class="cite-ref">[${nodeLink(c.node)}]</sup>`)}</span> `;
}

function reportBody(passages: Passage[]): Html {
  const sections = Map.groupBy(passages, (p) => p.section ?? '');
  return html`${[...sections].map(([section, list]) => html`<section>${section ? html`<h2>${section}</h2>` : ''}<p class="report-text">${list.map(passageHtml)}</p></section>`)}`;
}

export async function documentPage({ params, gql }: PageRequest): Promise<View> {
  const data = await gql('document', { id: params[0] });
  const d = data.document;
  if (!d) throw notFound(params[0]!, 'document');
  const provisions: Provision[] = d.provisions;
  const passages = provisions.length ? [] : await passagesOf(gql, d.id);
  const meta = [d.kind, d.language, d.jurisdiction, d.publisher, d.authors?.join(', '), d.date].filter(Boolean).join(' · ');
  return {
    title: d.title,
    lang: 'en',
    main: html`<h1 lang="${langOf(d.title)}">${d.title}</h1>
<p class="muted">${meta} · <code>${d.documentId}</code>${d.complete === false ? html` · the corpus holds part of it: ${d.completeParts ?? ''}` : ''}</p>
<p class="legend">${provisions.length ? html`<mark class="norm">Marked sentences</mark> express norms (the link after each says which); ` : ''}<a class="entity" href="#main">linked names</a> are things the graph recognised.</p>
<div class="document-text" lang="${d.language ?? langOf(d.title)}">${provisions.length ? statuteBody(provisions) : reportBody(passages)}</div>`,
    exports: {
      json: () => json({ ...d, passages: passages.length ? passages : undefined }),
      csv: () =>
        provisions.length
          ? csv({ columns: ['id', 'number', 'chapter', 'norms', 'text'], rows: provisions.map((p) => [p.id, p.number, p.chapter, p.norms.length, p.text]) })
          : csv({ columns: ['id', 'section', 'mentions', 'text'], rows: passages.map((p) => [p.id, p.section, p.relations.map((r) => r.node.displayName).join('; '), p.text]) }),
    },
  };
}
