// `/`: what the graph holds, the search box (in the header), the example questions of
// docs/queries.md as explorer links, and the documents.
import fs from 'node:fs';
import { html } from '../html.ts';
import { pathSegment, withQuery } from '../links.ts';
import { humanize } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

/** The explorer page that answers each example of docs/queries.md, by its operation name. */
const ANSWERS: Record<string, string> = {
  DjiExposure: '/company/DJI',
  BydToEurope: withQuery('/paths', { from: 'BYD', to: 'European Union' }),
  NetworkOperatorNorms: '/entity/actor:network-operator',
  CounterEspionage2023: withQuery('/law/law:cn:counter-espionage-law', {
    from: 'lawv:cn-counter-espionage-law-2014',
    to: 'lawv:cn-counter-espionage-law-2023',
  }),
  Search: withQuery('/search', { q: '情报工作' }),
};

export interface Example {
  question: string;
  operation: string | null;
  href: string;
}

/** The questions are the headings of docs/queries.md; each names its query operation below it. */
export function examples(markdown: string): Example[] {
  const out: Example[] = [];
  for (const section of markdown.split(/^## /m).slice(1)) {
    const question = section.split('\n', 1)[0]!.trim();
    const operation = /^query (\w+)/m.exec(section)?.[1] ?? null;
    out.push({ question, operation, href: (operation && ANSWERS[operation]) || '/graphql' });
  }
  return out;
}

const QUERIES_DOC = new URL('../../docs/queries.md', import.meta.url);

interface Doc {
  documentId: string;
  title: string;
  kind: string;
  language: string | null;
}

export async function homePage({ gql }: PageRequest): Promise<View> {
  const data = await gql('home');
  const s = data.stats;
  const questions = examples(fs.readFileSync(QUERIES_DOC, 'utf8'));
  const byKind = Map.groupBy(data.documents as Doc[], (d) => d.kind);
  const counts = (s.nodeCounts as { key: string; count: number }[]).filter((c) => c.key !== 'Claim');
  return {
    title: 'Laws, companies and technologies',
    main: html`<h1>Which laws could compel a company to hand over data?</h1>
<p class="lede">lawgraph holds ${s.documents} documents (statutes, regulations and reports), read into ${s.nodes.toLocaleString('en')} nodes and ${s.relationships.toLocaleString('en')} relationships. Every fact links to a verbatim quote or a cited public source.</p>
<section aria-labelledby="questions"><h2 id="questions">Questions to start from</h2>
<ul class="questions">${questions.map((q) => html`<li><a href="${q.href}">${q.question}</a></li>`)}</ul></section>
<section aria-labelledby="holds"><h2 id="holds">What the graph holds</h2>
<ul class="counts">${counts.map((c) => html`<li><strong>${c.count}</strong> ${humanize(c.key)}</li>`)}</ul>
${s.lastLoadedAt ? html`<p class="muted">Last loaded ${s.lastLoadedAt}.</p>` : ''}</section>
<section aria-labelledby="documents"><h2 id="documents">Documents</h2>
${[...byKind].map(
  ([kind, docs]) => html`<h3>${humanize(kind)}</h3><ul class="documents">${docs.map(
    (d) => html`<li><a href="/document/${pathSegment(d.documentId)}" lang="${d.language ?? 'en'}">${d.title}</a></li>`,
  )}</ul>`,
)}</section>`,
  };
}
