// Gold annotation units: the numbered sentences an annotator refers to (`unit: 3`), independent of the
// extractor's own splitter so the gold never depends on the rules it scores. A unit ends after 。；;！？!?
// (Chinese) or after a sentence-final period, semicolon or colon followed by a space or line end
// (English); units are numbered from 1 across the whole provision text (paragraphs in order).
// Run `node test/gold/units.ts <documentId> [locator...]` to print a statute's provisions with numbered units.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config.ts';
import type { ManifestEntry, Provision } from '../../ingest/model.ts';
import { parseStatute } from '../../ingest/statutes/index.ts';

export interface Unit {
  n: number;
  start: number;
  end: number;
  text: string;
}

const ZH_END = /[。；;！？!?]/u;

export function goldUnits(text: string, language: string): Unit[] {
  const out: Unit[] = [];
  let from = 0;
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    // A bare paragraph number or point label ("1.", "(a)") is structure, not a unit.
    if (e > s && !/^(\d+\.|\([a-z0-9]+\)|（[一二三四五六七八九十]+）)$/u.test(text.slice(s, e))) out.push({ n: out.length + 1, start: s, end: e, text: text.slice(s, e) });
    from = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') push(i + 1);
    else if (language === 'zh' ? ZH_END.test(c) : /[.;:]/.test(c) && (i + 1 === text.length || /\s/.test(text[i + 1] as string)) && !/\b(No|Art|para|pt|e\.g|i\.e|U\.S|Pub|L|Stat|Sec)\.$/.test(text.slice(Math.max(0, i - 4), i + 1))) push(i + 1);
  }
  push(text.length);
  return out;
}

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
