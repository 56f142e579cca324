// Pages for what could not be shown: an unknown address, a name that fits nothing (with the
// nearest candidates), a name that fits several things (the API's candidates), a bad input.
import type { Candidate, Gql, QueryFailed } from '../gql.ts';
import { html, type Html } from '../html.ts';
import { nodeHref, pathSegment } from '../links.ts';
import type { View } from '../view.ts';

/** A candidate's link keeps the reader on the page they asked for (company, paths ...). */
function candidateHref(c: Candidate, url: URL, ref: string): string {
  const section = url.pathname.split('/')[1];
  if (section === 'paths') {
    const u = new URL(url);
    for (const key of ['from', 'to']) if (u.searchParams.get(key) === ref) u.searchParams.set(key, c.id);
    return u.pathname + u.search;
  }
  if (section === 'company' && c.kind === 'Company') return `/company/${pathSegment(c.id)}`;
  if (section === 'law' && c.kind === 'Law') return `/law/${pathSegment(c.id)}`;
  return nodeHref(c.id, c.kind);
}

function candidateList(candidates: Candidate[], url: URL, ref: string): Html {
  if (candidates.length === 0) return html`<p>The graph holds nothing close to it. Try the search box with another spelling, in English or Chinese.</p>`;
  return html`<ul class="candidates">${candidates.map(
    (c) => html`<li><a href="${candidateHref(c, url, ref)}">${c.name}</a> <span class="kind">${c.kind}</span> <code>${c.id}</code></li>`,
  )}</ul>`;
}

/** Near matches for a name that fits nothing exactly, from full-text search. */
async function nearest(gql: Gql, ref: string): Promise<Candidate[]> {
  try {
    const data = await gql('candidates', { q: ref.slice(0, 256) });
    return data.search.edges.map((e: { node: { id: string; kind: string; label: string } }) => ({ id: e.node.id, kind: e.node.kind, name: e.node.label }));
  } catch {
    return [];
  }
}

export async function failurePage(err: QueryFailed | null, url: URL, gql?: Gql): Promise<View> {
  if (!err) {
    return { title: 'No such page', status: 404, main: html`<h1>No such page</h1><p>Nothing lives at <code>${url.pathname}</code>. Start from the <a href="/">home page</a> or search.</p>` };
  }
  const ext = err.errors[0]?.extensions ?? {};
  const ref = String(ext.ref ?? '');
  switch (err.code) {
    case 'NOT_FOUND': {
      const candidates = gql ? await nearest(gql, ref) : [];
      return {
        title: `Not found: ${ref}`,
        status: 404,
        query: ref,
        main: html`<h1>Nothing is named “${ref}”</h1><p>${err.errors[0]!.message}</p><h2>Did you mean</h2>${candidateList(candidates, url, ref)}`,
      };
    }
    case 'AMBIGUOUS':
      return {
        title: `Several things are named ${ref}`,
        status: 300,
        query: ref,
        main: html`<h1>“${ref}” fits several things</h1><p>Pick the one you mean:</p>${candidateList(ext.candidates ?? [], url, ref)}`,
      };
    case 'BAD_USER_INPUT':
      return { title: 'Cannot ask that', status: 400, main: html`<h1>Cannot ask that</h1><p>${err.message}</p>` };
    case 'QUERY_TIMEOUT':
    case 'DATABASE_UNAVAILABLE':
      return { title: 'Try again', status: 503, main: html`<h1>The graph did not answer in time</h1><p>${err.message}</p>` };
    default: {
      const id = err.errors[0]?.extensions?.requestId;
      return { title: 'Error', status: 500, main: html`<h1>Something went wrong</h1><p>${err.errors[0]?.message}${id ? html` Request id: <code>${String(id)}</code>.` : ''}</p>` };
    }
  }
}
