// Scripts, styles and icons, all served by lawgraph itself (no CDN). The explorer's own files are in
// web/static; the graph view is bundled at install time into web/dist (web/build.ts); GraphiQL's
// assets come from the installed @graphql-yoga/render-graphiql package.
import fs from 'node:fs/promises';
import { gzipText, shouldGzip } from './compress.ts';

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

/** Every asset by its address: nothing else is read from disk, so no path can walk out. */
const FILES: Record<string, URL> = {
  '/assets/explorer.css': new URL('./static/explorer.css', import.meta.url),
  '/assets/favicon.svg': new URL('./static/favicon.svg', import.meta.url),
  '/assets/copy.js': new URL('./static/copy.js', import.meta.url),
  '/assets/graphiql-env.js': new URL('./static/graphiql-env.js', import.meta.url),
  '/assets/graphiql-start.js': new URL('./static/graphiql-start.js', import.meta.url),
  '/assets/graph.js': new URL('./dist/graph.js', import.meta.url),
};

type GraphiqlAssets = typeof import('@graphql-yoga/render-graphiql/graphiql');

/** GraphiQL's bundle (5 MB of strings) is loaded on first use only. */
const GRAPHIQL: Record<string, [keyof GraphiqlAssets, string]> = {
  '/assets/graphiql/graphiql.js': ['js', 'js'],
  '/assets/graphiql/graphiql.css': ['css', 'css'],
  '/assets/graphiql/editor.worker.js': ['editorWorkerService', 'js'],
  '/assets/graphiql/json.worker.js': ['jsonWorker', 'js'],
  '/assets/graphiql/graphql.worker.js': ['graphqlWorker', 'js'],
};

const cache = new Map<string, string>();
/** Assets gzipped once (GraphiQL's bundle is 5 MB of text). */
const gzipped = new Map<string, Uint8Array<ArrayBuffer>>();

function extension(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

async function body(pathname: string): Promise<string | null> {
  const file = FILES[pathname];
  if (file) {
    try {
      return await fs.readFile(file, 'utf8');
    } catch {
      if (pathname === '/assets/graph.js') console.error('lawgraph explorer: web/dist/graph.js is missing; `npm install` builds it (web/build.ts)');
      return null;
    }
  }
  const part = GRAPHIQL[pathname];
  if (!part) return null;
  const assets = (await import('@graphql-yoga/render-graphiql/graphiql')) as GraphiqlAssets;
  return assets[part[0]];
}

export async function serveAsset(pathname: string, acceptEncoding: string | null = null): Promise<Response | null> {
  if (!pathname.startsWith('/assets/')) return null;
  let text = cache.get(pathname);
  if (text === undefined) {
    const read = await body(pathname);
    if (read === null) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain' } });
    text = read;
    cache.set(pathname, text);
  }
  const headers = {
    'content-type': TYPES[extension(pathname)] ?? 'application/octet-stream',
    'cache-control': 'public, max-age=300',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
  };
  if (!shouldGzip(text, acceptEncoding)) return new Response(text, { headers });
  let bytes = gzipped.get(pathname);
  if (!bytes) {
    bytes = await gzipText(text);
    gzipped.set(pathname, bytes);
  }
  return new Response(bytes, { headers: { ...headers, 'content-encoding': 'gzip' } });
}
