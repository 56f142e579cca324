// `lawgraph extract`: parse and extract without a database; print APOC-style JSON lines.
import fs from 'node:fs';
import type { Config } from '../config.ts';
import { extractPaths, ingestReport, loadCatalog } from '../ingest/run.ts';
import { UsageError } from './usage.ts';

export async function runExtract(config: Config, paths: string[], opts: { format: string; report?: string }): Promise<number> {
  if (opts.format !== 'jsonl') throw new UsageError(`--format must be jsonl, got "${opts.format}"`);
  const catalog = loadCatalog();
  const summaries: Record<string, unknown>[] = [];
  const out = process.stdout;
  const { failed } = await extractPaths(paths.length ? paths : [config.corpus], catalog, {
    async onDocument(doc) {
      summaries.push({ documentId: doc.documentId, ...doc.summary });
      // One document at a time, written as produced: memory stays bounded by the largest document.
      let chunk = '';
      for (const r of doc.records) chunk += `${JSON.stringify(r)}\n`;
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
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
