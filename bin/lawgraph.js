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
// V8's compiled code of every module, cached on disk (Node's compile cache, in the OS's temp folder,
// checked against each file's content): the next start skips compiling them again. The API's modules
// cost a start 0.5 s of CPU instead of 0.8. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
// It holds for this thread alone: worker threads (graph/extract-ahead.ts's extraction workers) use it when they find
// its folder in NODE_COMPILE_CACHE, which they inherit (a worker then reaches its first document with 1.0 s of CPU
// instead of 1.45).
const compileCache = (await import('node:module')).enableCompileCache?.();
if (compileCache?.directory) process.env.NODE_COMPILE_CACHE = compileCache.directory;
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Exit even if a socket to a dead server is still pending in the driver (never for `serve`,
// whose main() does not return).
setTimeout(() => process.exit(code), 3000).unref();
