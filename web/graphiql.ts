// GraphiQL without the internet: yoga's own page loads its scripts from a CDN, so this renderer
// serves the same GraphiQL build (@graphql-yoga/render-graphiql, installed) from /assets/graphiql/,
// as separate files so that the page's Content-Security-Policy can stay 'self' for scripts.
import { escapeHtml } from './html.ts';

/** Monaco adds style elements and runs workers; fonts and icons are data: URLs inside the CSS. */
export const GRAPHIQL_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; " +
  "connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function renderOfflineGraphiQL(options: Record<string, unknown> = {}): string {
  const title = escapeHtml(String(options.title ?? 'GraphiQL'));
  // JSON in a data block: never executed, so the CSP allows it; `<` escaped so it cannot end early.
  const json = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/graphiql/graphiql.css">
<script src="/assets/graphiql-env.js"></script>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. The explorer at <a href="/">/</a> works without it.</noscript>
<div id="root"></div>
<script type="application/json" id="graphiql-options">${json}</script>
<script src="/assets/graphiql/graphiql.js"></script>
<script src="/assets/graphiql-start.js"></script>
</body>
</html>
`;
}
