// Bundles the explorer's graph view (sigma.js, graphology, ForceAtlas2) into web/dist/graph.js.
// Run by `npm install` (the package's `prepare` script); nothing is fetched when a page is served.
import { build } from 'esbuild';

export async function buildExplorer(): Promise<void> {
  await build({
    entryPoints: [new URL('./client/graph.ts', import.meta.url).pathname],
    outfile: new URL('./dist/graph.js', import.meta.url).pathname,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

if (import.meta.main) await buildExplorer();
