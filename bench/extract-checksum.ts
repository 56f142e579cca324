// `node bench/extract-checksum.ts [--scale 1] [--dump DIR] [--docs]`: a guard for work on extraction
// speed. Extracts the reference corpus (the config's) and the synthetic corpus of the bench at the
// given scale, and prints one sha256 per corpus and overall of every document's full output (its
// records and its summary: nodes, relationships, properties, norms, entities, relations, as emitted,
// in order; the extractor fingerprint, a hash of the code, left out). A change that keeps the hashes
// changed no output. --docs prints each document's hash; --dump writes each document's output as JSON
// so two runs can be diffed. Each corpus's statutes and reports are also summed apart (`statutes` and
// `reports` lines), so work on one side can be guarded while the other side changes for reasons of its own.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { collectItems, readDocument } from '../ingest/corpus.ts';
import { extractFile } from '../ingest/extract.ts';
import { isStatute, isStatuteEntry } from '../ingest/statutes/index.ts';
import { loadCatalog } from '../ingest/run.ts';
import { generateCorpus, referenceBytes } from './generate.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    dump: { type: 'string' },
    docs: { type: 'boolean', default: false },
  },
});
const config = loadConfig(process.env);
const catalog = loadCatalog();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-checksum-'));
// Said first because helpers have compared a per-corpus line instead of the overall one.
console.error('extract-checksum: compare the last line (ending "all"); the lines above only locate a change.');
try {
  const synthetic = path.join(tmp, `corpus-${values.scale}x`);
  generateCorpus(synthetic, Number(values.scale), referenceBytes(config.corpus));
  const total = createHash('sha256');
  for (const [label, dir] of [
    ['reference', config.corpus],
    [`synthetic ${values.scale}x`, synthetic],
  ] as const) {
    const hash = createHash('sha256');
    const byKind = { statutes: createHash('sha256'), reports: createHash('sha256') };
    const counts = { statutes: 0, reports: 0 };
    let documents = 0;
    let records = 0;
    for (const item of collectItems([dir])) {
      let out: string;
      // By its declared kind until it is read (a file that cannot be read counts there), then as extraction routes it.
      let kind: keyof typeof byKind = isStatuteEntry(item.entry) ? 'statutes' : 'reports';
      try {
        const source = await readDocument(item);
        kind = isStatute(source) ? 'statutes' : 'reports';
        const { extractor: _, ...doc } = extractFile(source, catalog);
        out = JSON.stringify(doc);
        records += doc.records.length;
      } catch (err) {
        out = JSON.stringify({ failed: item.entry.id, reason: (err as Error).message });
      }
      documents++;
      const docHash = createHash('sha256').update(out).digest('hex');
      hash.update(item.entry.id).update('\0').update(out).update('\0');
      byKind[kind].update(item.entry.id).update('\0').update(out).update('\0');
      counts[kind]++;
      if (values.docs) console.log(`  ${docHash.slice(0, 16)} ${label} ${item.entry.id}`);
      if (values.dump) {
        const d = path.join(values.dump, label.replace(/\W+/g, '-'));
        fs.mkdirSync(d, { recursive: true });
        fs.writeFileSync(path.join(d, `${item.entry.id}.json`), out);
      }
    }
    const digest = hash.digest('hex');
    total.update(digest);
    console.log(`${digest} ${label}: ${documents} documents, ${records} records`);
    for (const k of ['statutes', 'reports'] as const) console.log(`  ${byKind[k].digest('hex')} ${label} ${k}: ${counts[k]} documents`);
  }
  console.log(`${total.digest('hex')} all`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
