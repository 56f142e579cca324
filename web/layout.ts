// The page shell: skip link, header with the search box, main content, export links, footer.
import { html, type Html } from './html.ts';
import type { Format, View } from './view.ts';

const FORMAT_NAMES: Record<Format, string> = { csv: 'CSV', json: 'JSON', graphml: 'GraphML', txt: 'Citations (text)' };

function exportLinks(view: View, url: URL): Html {
  const formats = Object.keys(view.exports ?? {}) as Format[];
  if (formats.length === 0) return html``;
  const links = formats.map((f) => {
    const u = new URL(url);
    u.searchParams.set('format', f);
    return html`<li><a href="${u.pathname + u.search}" download>${FORMAT_NAMES[f]}</a></li>`;
  });
  return html`<nav class="exports" aria-label="Export what is on this page"><h2>Export</h2><ul>${links}</ul></nav>`;
}

export function layout(view: View, url: URL): string {
  const scripts = (view.scripts ?? []).map((s) => html`<script src="${s}" defer></script>`);
  return `<!doctype html>\n${html`<html lang="${view.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title} · lawgraph</title>
<link rel="stylesheet" href="/assets/explorer.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <a class="brand" href="/">lawgraph</a>
  <form class="search" role="search" action="/search" method="get">
    <label for="q" class="visually-hidden">Search the graph</label>
    <input id="q" name="q" type="search" value="${view.query ?? ''}" placeholder="DJI, 情报工作, network operator …" maxlength="256">
    <button type="submit">Search</button>
  </form>
  <nav aria-label="Site"><a href="/graphql">GraphiQL</a></nav>
</header>
<main id="main" tabindex="-1">
${view.incomplete?.length ? html`<p class="incomplete" role="status">Part of this page could not be read (${view.incomplete.join('; ')}): what is shown is incomplete, and what is missing is marked. Reload to try again.</p>` : ''}
${view.main}
${exportLinks(view, url)}
</main>
<footer class="site"><p>Every fact links to its source: a verbatim quote from a document of the corpus, or a public source cited by the team's catalog.</p></footer>
</body>
</html>`}\n`;
}
