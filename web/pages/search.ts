// `/search?q=`: hits in English or Chinese, in the API's rank order (exact names first, then by
// score), grouped by kind; a group comes where its best hit ranks.
import { csv, json } from '../export.ts';
import { html } from '../html.ts';
import { nodeHref, withQuery } from '../links.ts';
import { humanize, langOf } from '../parts.ts';
import type { PageRequest, View } from '../view.ts';

interface Hit {
  id: string;
  kind: string;
  label: string;
  snippet: string | null;
  score: number;
  exact: boolean;
}

function hitItem(h: Hit) {
  return html`<li><a href="${nodeHref(h.id, h.kind)}" lang="${langOf(h.label)}">${h.label}</a>${h.exact ? html` <span class="badge">exact name</span>` : ''}
<span class="score" title="relevance score">${h.score.toFixed(2)}</span>
${h.snippet ? html`<p class="snippet" lang="${langOf(h.snippet)}">${h.snippet}</p>` : ''}</li>`;
}

export async function searchPage({ query, gql }: PageRequest): Promise<View> {
  const q = (query.get('q') ?? '').trim();
  if (!q) return { title: 'Search', main: html`<h1>Search</h1><p>Type a name, a term or a phrase, in English or Chinese (公司, 情报工作, network operator …).</p>` };
  const after = query.get('after');
  const data = await gql('search', { q, after });
  const hits: Hit[] = data.search.edges.map((e: { node: Hit }) => e.node);
  const groups = Map.groupBy(hits, (h) => h.kind);
  const { hasNextPage, endCursor } = data.search.pageInfo;
  return {
    title: `Search: ${q}`,
    query: q,
    main: html`<h1>Results for “<span lang="${langOf(q)}">${q}</span>”</h1>
${hits.length === 0 ? html`<p>No matches. Try another spelling, the Chinese name, or fewer words.</p>` : html`<p class="muted">${hits.length} hits${after ? ' on this page' : ''}, grouped by kind.</p>`}
${[...groups].map(
  ([kind, list]) => html`<section class="hits" aria-labelledby="k-${kind}"><h2 id="k-${kind}">${humanize(kind)} <span class="count">${list.length}</span></h2><ol>${list.map(hitItem)}</ol></section>`,
)}
${hasNextPage ? html`<p><a rel="next" href="${withQuery('/search', { q, after: endCursor })}">More results</a></p>` : ''}`,
    exports: {
      csv: () => csv({ columns: ['rank', 'kind', 'id', 'label', 'score', 'exact', 'snippet'], rows: hits.map((h, i) => [i + 1, h.kind, h.id, h.label, h.score, String(h.exact), h.snippet]) }),
      json: () => json({ query: q, hits }),
    },
  };
}
