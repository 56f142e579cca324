// The web explorer, mounted in the API server as a yoga plugin: every path but /graphql is a page
// or an asset of lawgraph's own. Pages are read-only (GET/HEAD), rendered on the server from the
// API's answers, and sent with a strict Content-Security-Policy.
import type { Plugin } from 'graphql-yoga';
import { serveAsset } from './assets.ts';
import { encodedBody } from './compress.ts';
import { type GqlError, gqlRunner, type HandleRequest, QueryFailed } from './gql.ts';
import { GRAPHIQL_CSP } from './graphiql.ts';
import { layout } from './layout.ts';
import { failurePage } from './pages/unknown.ts';
import { route } from './routes.ts';
import type { Format, View } from './view.ts';

/** Self only: no request leaves for another host, no inline script or style. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

async function respond(request: Request, text: string, type: string, status: number, csp = PAGE_CSP): Promise<Response> {
  const { body, headers } = await encodedBody(text, request.headers.get('accept-encoding'));
  return new Response(body, { status, headers: { 'content-type': type, 'content-security-policy': csp, ...SECURITY_HEADERS, ...headers } });
}

async function renderPage(request: Request, url: URL, handle: HandleRequest): Promise<Response> {
  const requestId = request.headers.get('x-request-id');
  const found = route(url.pathname);
  if (!found) return respond(request, layout(await failurePage(null, url), url), 'text/html; charset=utf-8', 404);
  const incomplete: GqlError[] = [];
  const gql = gqlRunner(handle, requestId, incomplete);
  let view: View;
  try {
    view = await found.page({ params: found.params, query: url.searchParams, gql });
    if (incomplete.length) view = { ...view, incomplete: [...new Set(incomplete.map((e) => e.message))] };
  } catch (err) {
    if (!(err instanceof QueryFailed)) throw err;
    view = await failurePage(err, url, gql);
  }
  const format = url.searchParams.get('format') as Format | null;
  const download = format ? view.exports?.[format] : undefined;
  if (download) {
    const d = download();
    return respond(request, d.body, d.type, view.status ?? 200);
  }
  return respond(request, layout(view, url), 'text/html; charset=utf-8', view.status ?? 200);
}

export function explorerPlugin(opts: { graphqlEndpoint: string }): Plugin {
  let handle: HandleRequest | undefined;
  return {
    onYogaInit({ yoga }) {
      // The same handler /graphql requests reach after routing: parsing, limits, context, masking.
      handle = async (request) => yoga.handle(request, { waitUntil: () => {} });
    },
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === opts.graphqlEndpoint || url.pathname.startsWith(`${opts.graphqlEndpoint}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new Response('The explorer is read-only.\n', { status: 405, headers: { allow: 'GET, HEAD', ...SECURITY_HEADERS } }));
        return;
      }
      const asset = await serveAsset(url.pathname, request.headers.get('accept-encoding'));
      if (asset) {
        endResponse(asset);
        return;
      }
      try {
        endResponse(await renderPage(request, url, handle!));
      } catch (err) {
        console.error(`lawgraph explorer: ${(err as Error).stack ?? err}`);
        endResponse(await respond(request, '<!doctype html><title>Error</title><p>Something went wrong rendering this page.</p>', 'text/html; charset=utf-8', 500));
      }
    },
    onResponse({ request, response }) {
      // GraphiQL's page (served by yoga at the GraphQL endpoint) gets its own, looser-for-styles policy.
      if (request.method === 'GET' && response.headers.get('content-type')?.startsWith('text/html') && !response.headers.has('content-security-policy')) {
        response.headers.set('content-security-policy', GRAPHIQL_CSP);
        for (const [k, v] of Object.entries(SECURITY_HEADERS)) response.headers.set(k, v);
      }
    },
  };
}
