// Times the norm stage over every statute in the corpus manifest (run: npx node ingest/norms/measure.ts [rounds]).
// Statutes are parsed once; each round then runs emitNorms (extraction, penalties, TRIGGERS and
// record emission) on a fresh Emitter per document. Throughput is reported in MB/s of provision
// text (UTF-8 bytes). Not a test, so timings never fail a build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { Emitter } from '../emit.ts';
import type { ManifestEntry, ParsedStatute } from '../model.ts';
import { isStatuteEntry, parseStatute } from '../statutes/index.ts';
import { defaultVocabulary } from '../vocab/index.ts';
import { emitNorms } from './records.ts';

const corpus = loadConfig().corpus;
const manifest = JSON.parse(fs.readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] };
const parsed: ParsedStatute[] = manifest.documents.filter(isStatuteEntry).map((entry) => {
  const buf = fs.readFileSync(path.join(corpus, entry.file));
  return parseStatute({ path: entry.file, entry, text: buf.toString('utf8'), sha256: createHash('sha256').update(buf).digest('hex') });
});
const bytes = parsed.reduce((a, s) => a + s.provisions.reduce((b, p) => b + Buffer.byteLength(p.text, 'utf8'), 0), 0);
defaultVocabulary();

function prepared(s: ParsedStatute): Emitter {
  const emit = new Emitter(s.documentId);
  for (const p of s.provisions) emit.node(`prov:${s.documentId}:${p.locator}`, ['Provision'], { locator: p.locator }, { locator: p.locator, quote: p.text });
  return emit;
}

const rounds = Number(process.argv[2] ?? 5);
let best = Number.POSITIVE_INFINITY;
let norms = 0;
for (let r = 0; r < rounds; r++) {
  const emitters = parsed.map(prepared);
  let ms = 0;
  norms = 0;
  parsed.forEach((s, i) => {
    const t = performance.now();
    const report = emitNorms(emitters[i] as Emitter, s.documentId, s.language === 'zh' ? 'zh' : 'en', s.provisions);
    const dt = performance.now() - t;
    ms += dt;
    norms += report.norms;
    if (r === 0) console.log(`${s.documentId.padEnd(42)} ${dt.toFixed(1).padStart(8)} ms  ${String(report.norms).padStart(5)} norms  ${String(report.triggers).padStart(5)} triggers`);
  });
  best = Math.min(best, ms);
  console.log(`round ${r + 1}: ${ms.toFixed(1)} ms, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}
console.log(`best of ${rounds}: ${best.toFixed(1)} ms for ${parsed.length} statutes, ${(bytes / 1e6).toFixed(2)} MB of provision text, ${norms} norms -> ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s`);
