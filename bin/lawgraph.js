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
const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
process.exitCode = code;
// Exit even if a socket to a dead server is still pending in the driver (never for `serve`,
// whose main() does not return).
setTimeout(() => process.exit(code), 3000).unref();
