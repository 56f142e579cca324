// `lawgraph extract`: parse and extract without a database; print APOC-style JSON lines.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import { extractPaths, ingestReport, loadCatalog } from '../ingest/run.ts';
import { UsageError } from './usage.ts';

/** Characters of JSON lines written at once. */
const CHUNK = 1 << 16;

export async function runExtract(config: Config, paths: string[], opts: { format: string; report?: string }): Promise<number> {
  if (opts.format !== 'jsonl') throw new UsageError(`--format must be jsonl, got "${opts.format}"`);
  const catalog = loadCatalog();
  // The summaries feed the ingest report alone: without --report none is kept (they hold every relation and locator of
  // each document, so a run over many documents would keep them all to the end for nothing).
  const summaries: Record<string, unknown>[] = [];
  const out = process.stdout;
  const write = async (chunk: string): Promise<void> => {
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  };
  const { failed } = await extractPaths(paths.length ? paths : [config.corpus], catalog, {
    async onDocument(doc) {
      if (opts.report) summaries.push({ documentId: doc.documentId, ...doc.summary });
      // One document at a time, written as produced, in pieces of about CHUNK characters: a document's JSON lines are
      // some 20 times its text (a 4.27 MB report gives 85 MB), and one string of them all, flattened and copied into a
      // buffer to be written, was a third of the run's peak memory (docs/benchmarks.md).
      let chunk = '';
      for (const r of doc.records) {
        chunk += `${JSON.stringify(r)}\n`;
        if (chunk.length >= CHUNK) {
          await write(chunk);
          chunk = '';
        }
      }
      if (chunk) await write(chunk);
    },
    onFailure(f) {
      console.error(`lawgraph extract: ${f.file}: ${f.reason}`);
    },
  });
  if (opts.report) {
    fs.writeFileSync(opts.report, `${JSON.stringify(ingestReport(catalog, summaries, failed), null, 2)}\n`);
  }
  return failed.length ? 2 : 0;
}
