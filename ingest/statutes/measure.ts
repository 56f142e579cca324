// Times parsing of every statute in the corpus manifest (run: npx node ingest/statutes/measure.ts).
// Prints one line per document and the total; not a test, so timings never fail a build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import type { ManifestEntry, SourceFile } from '../model.ts';
import { isStatuteEntry, parseStatute } from './index.ts';

const corpus = loadConfig().corpus;
const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
const files: SourceFile[] = manifest.documents.filter(isStatuteEntry).map((entry) => {
  const buf = fs.readFileSync(path.join(corpus, entry.file));
  return { path: entry.file, entry, text: buf.toString('utf8'), sha256: createHash('sha256').update(buf).digest('hex') };
});

const rounds = Number(process.argv[2] ?? 5);
let best = Infinity;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  for (const f of files) {
    const t = performance.now();
    const parsed = parseStatute(f);
    if (r === 0) {
      const counts: Record<string, number> = {};
      for (const p of parsed.provisions) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
      console.log(`${f.entry.id.padEnd(42)} ${(performance.now() - t).toFixed(1).padStart(7)} ms  ${JSON.stringify(counts)}`);
    }
  }
  const ms = performance.now() - t0;
  best = Math.min(best, ms);
  console.log(`round ${r + 1}: ${files.length} statutes, ${ms.toFixed(1)} ms`);
}
console.log(`best of ${rounds}: ${best.toFixed(1)} ms for ${files.length} statute documents (file reading excluded)`);
