#!/usr/bin/env node
// Entry point of the `lawgraph` command. npm scripts and npx put the pinned node@24 first on PATH;
// the code is TypeScript run by Node 24's type stripping, so refuse older runtimes clearly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `lawgraph needs Node 24 (found ${process.version}). Run it through npm so the pinned node@24 is used: ` +
      '`npm start`, `npx lawgraph …`.',
  );
  process.exit(1);
}
// V8's compile cache across runs (node:module; it keeps the stripped TypeScript too): the project's modules compile
// from the cache directory on later runs, ~170 ms less CPU to start a command, and as much for each extraction worker,
// which finds the directory in NODE_COMPILE_CACHE. NODE_COMPILE_CACHE, when set, names the directory;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const { enableCompileCache } = await import('node:module');
const cache = enableCompileCache?.();
if (cache?.directory && !process.env.NODE_DISABLE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE ??= cache.directory;
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Exit even if a socket to a dead server is still pending in the driver (never for `serve`,
// whose main() does not return).
setTimeout(() => process.exit(code), 3000).unref();
