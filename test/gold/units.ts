// Prints a statute's provisions with the numbered units annotators refer to (ingest/norms/units.ts):
// `node test/gold/units.ts <documentId> [locator...]`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config.ts';
import type { ManifestEntry, Provision } from '../../ingest/model.ts';
import { goldUnits } from '../../ingest/norms/units.ts';
import { parseStatute } from '../../ingest/statutes/index.ts';

export function readStatute(documentId: string): { entry: ManifestEntry; provisions: Provision[] } {
  const corpus = loadConfig().corpus;
  const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
  const entry = manifest.documents.find((d) => d.id === documentId);
  if (!entry) throw new Error(`no manifest entry ${documentId}`);
  const file = path.join(corpus, entry.file);
  const parsed = parseStatute({ path: file, entry, text: fs.readFileSync(file, 'utf8'), sha256: '' });
  return { entry, provisions: parsed.provisions };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [id, ...locators] = process.argv.slice(2);
  if (!id) {
    console.error('usage: node test/gold/units.ts <documentId> [locator...]');
    process.exit(1);
  }
  const { entry, provisions } = readStatute(id);
  for (const p of provisions) {
    if (locators.length && !locators.includes(p.locator)) continue;
    console.log(`\n## ${p.locator} ${p.number}${p.heading ? ` ${p.heading}` : ''}${p.chapter ? `   [${p.chapter}]` : ''}`);
    for (const u of goldUnits(p.text, entry.language)) console.log(`  [${u.n}] ${u.text}`);
  }
}
