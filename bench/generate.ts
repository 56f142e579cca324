// Synthetic corpus generator: seeded and deterministic, writes statutes and reports in the corpus
// formats (Chinese Markdown 第X条, EUR-Lex Markdown, Markdown and text reports naming catalog
// companies and laws) plus a manifest.json, at a multiple of the reference corpus's bytes.
// CLI: node bench/generate.ts --scale 10 --out /tmp/corpus [--seed 7]
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../config.ts';
import type { ManifestEntry } from '../ingest/model.ts';
import { toChineseNumber as chineseNumber, toRomanNumber as romanNumber } from '../ingest/text/numerals.ts';
import { enSentence, enTitle, enTopic, reportSentence, zhChapter, zhParagraph, zhTitle } from './phrases.ts';
import { type Rng, rng } from './prng.ts';

/** Share of the bytes per generated format, and the rough size of one document. */
export const FORMATS = [
  { format: 'cn-markdown', share: 0.35, docBytes: 30_000 },
  { format: 'eurlex-markdown', share: 0.45, docBytes: 120_000 },
  { format: 'report-markdown', share: 0.12, docBytes: 20_000 },
  { format: 'report-text', share: 0.08, docBytes: 10_000 },
] as const;

export type GeneratedFormat = (typeof FORMATS)[number]['format'];

export interface GeneratedCorpus {
  dir: string;
  bytes: number;
  documents: number;
  /** Manifest entries with their generated format family. */
  entries: (ManifestEntry & { family: GeneratedFormat })[];
}

export function referenceBytes(corpusDir: string): number {
  const m = JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')) as { total_bytes?: number; documents: { bytes?: number }[] };
  return m.total_bytes ?? m.documents.reduce((s, d) => s + (d.bytes ?? 0), 0);
}

/** Catalog names reports talk about (read from the catalog so recognition finds them). */
function catalogNames(file: string): string[] {
  const data = parseYaml(fs.readFileSync(path.join(repoRoot, 'ingest', 'catalog', file), 'utf8')) as Record<string, unknown>;
  const list = Object.values(data).find(Array.isArray) as { name?: string }[] | undefined;
  return (list ?? []).map((e) => e.name).filter((n): n is string => typeof n === 'string');
}

function cnStatute(r: Rng, n: number, target: number): string {
  const lines = [`# ${zhTitle(r, n)}`, '', `20${r.int(10, 24)}年${r.int(1, 12)}月${r.int(1, 28)}日 全国人民代表大会常务委员会第${chineseNumber(r.int(1, 30))}次会议通过`, '', '<!-- INFO END -->', ''];
  let size = 0;
  let article = 0;
  for (let chapter = 1; size < target; chapter++) {
    lines.push(`## 第${chineseNumber(chapter)}章 ${zhChapter(r)}`, '');
    for (let k = r.int(4, 12); k > 0 && size < target; k--) {
      article++;
      const paras = Array.from({ length: r.int(1, 3) }, () => zhParagraph(r));
      if (article > 3 && r.chance(0.1)) paras[0] += `违反本法第${chineseNumber(r.int(1, article - 1))}条规定的，由有关主管部门责令改正。`;
      lines.push(`第${chineseNumber(article)}条 ${paras[0]}`, '');
      for (const p of paras.slice(1)) lines.push(p, '');
      size += Buffer.byteLength(paras.join(''));
    }
  }
  lines.push(`第${chineseNumber(article + 1)}条 本法自公布之日起施行。`, '');
  return lines.join('\n');
}

/**
 * Footnotes as EUR-Lex Markdown writes them: a call-out at the end of a sentence, OJ "[(3)](#ntr3-…)" (odd documents)
 * or consolidated "( [3](#E0003) )" (even ones), now and then a starred one (a note to an amending act, "\*1"), and
 * the notes after the signature. The adapter drops call-outs with the space before them and stops at the notes, so the
 * statutes' text is the same with them as without; drawn from a stream of their own, so the rest of the text is too.
 */
function euNotes(r: Rng, n: number): { callOut: (text: string) => string; notes: () => string[] } {
  const consolidated = n % 2 === 0;
  const doc = `L_2099${String(n).padStart(3, '0')}EN.01000101`;
  const called: string[] = [];
  const count = { plain: 0, starred: 0 };
  return {
    callOut(text) {
      if (!r.chance(0.15)) return text;
      const mark = r.chance(0.1) ? `\\*${++count.starred}` : `${++count.plain}`;
      const e = `E${String(called.length + 1).padStart(4, '0')}`;
      called.push(mark);
      const link = consolidated ? `( [${mark}](#${e}) )` : `[(${mark})](#ntr${mark.replace('\\', '')}-${doc}-${e})`;
      return text.replace(/\.$/, ` ${link}.`);
    },
    notes() {
      const lines = called.length ? ['* * *', ''] : [];
      called.forEach((mark, i) => {
        const e = `E${String(i + 1).padStart(4, '0')}`;
        const back = consolidated ? (mark.startsWith('\\') ? `( [${mark}](#src.${e}) )` : `( [](#src.${e}))`) : `[(${mark})](#ntc${mark.replace('\\', '')}-${doc}-${e})`;
        lines.push(`${back}  OJ L ${i + 1}, 1.3.2099, p. ${n}.`, '');
      });
      return lines;
    },
  };
}

function euStatute(r: Rng, n: number, target: number, notes: Rng): string {
  const nbsp = '\u00a0';
  const { callOut, notes: noteLines } = euNotes(notes, n);
  const day = r.int(1, 28);
  const lines = [enTitle(r, n), '', `of ${day} March 2099`, '', `on ${enTopic(r)}`, '', 'THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,', '', 'Whereas:', ''];
  let size = 0;
  for (let i = 1; i <= r.int(10, 30); i++) {
    const text = Array.from({ length: r.int(2, 4) }, () => enSentence(r)).join(' ');
    lines.push(' ', '', `(${i})`, '', callOut(text), '');
    size += text.length;
  }
  lines.push('HAVE ADOPTED THIS REGULATION:', '');
  let article = 0;
  for (let chapter = 1; size < target; chapter++) {
    lines.push(`CHAPTER${nbsp}${romanNumber(chapter)}`, '', enTopic(r).toUpperCase(), '');
    for (let k = r.int(3, 10); k > 0 && size < target; k--) {
      article++;
      lines.push(`Article${nbsp}${article}`, '', enTopic(r)[0]!.toUpperCase() + enTopic(r).slice(1), '');
      for (let para = 1; para <= r.int(1, 4); para++) {
        const text = Array.from({ length: r.int(1, 3) }, () => enSentence(r)).join(' ');
        lines.push(`${para}.${nbsp}${nbsp}${nbsp}${callOut(text)}`, '');
        size += text.length;
        if (r.chance(0.2)) {
          for (const pt of ['a', 'b', 'c'].slice(0, r.int(1, 3))) {
            const t = enSentence(r);
            lines.push(' ', '', `(${pt})`, '', t, '');
            size += t.length;
          }
        }
      }
    }
  }
  lines.push(`Done at Brussels, ${day} March 2099.`, '', ...noteLines());
  return lines.join('\n');
}

function report(r: Rng, n: number, target: number, markdown: boolean, companies: string[], laws: string[]): string {
  const title = `Synthetic report ${n} on connected devices and data access`;
  const lines = [markdown ? `# ${title}` : title, ''];
  let size = 0;
  for (let s = 1; size < target; s++) {
    if (markdown) lines.push(`## Section ${s}`, '');
    for (let p = r.int(2, 5); p > 0 && size < target; p--) {
      const text = Array.from({ length: r.int(3, 6) }, () => reportSentence(r, companies, laws)).join(' ');
      lines.push(text, '');
      size += text.length;
    }
  }
  return lines.join('\n');
}

/** Writes a corpus of about `scale` x `baseBytes` into `dir` (created, must be outside the repo). */
export function generateCorpus(dir: string, scale: number, baseBytes: number, seed = 7): GeneratedCorpus {
  if (path.resolve(dir).startsWith(repoRoot + path.sep) && !path.resolve(dir).startsWith(path.join(repoRoot, 'data') + path.sep)) {
    throw new Error(`refusing to write a synthetic corpus into the repository (${dir})`);
  }
  const companies = catalogNames('companies.yaml');
  const laws = catalogNames('laws.yaml');
  const entries: GeneratedCorpus['entries'] = [];
  let bytes = 0;
  for (const f of FORMATS) {
    fs.mkdirSync(path.join(dir, f.format), { recursive: true });
    const budget = scale * baseBytes * f.share;
    const count = Math.max(1, Math.round(budget / f.docBytes));
    const r = rng(seed * 1000 + FORMATS.indexOf(f));
    for (let i = 1; i <= count; i++) {
      // Markup and line overhead come on top of the text counted while writing.
      const target = Math.round((budget / count) * 0.9);
      let text: string;
      let entry: Omit<ManifestEntry, 'file' | 'sha256' | 'bytes'>;
      if (f.format === 'cn-markdown') {
        text = cnStatute(r, i, target);
        entry = { id: `syn-cn-${i}`, title: `合成法律 ${i}`, jurisdiction: 'cn', kind: 'statute', language: 'zh', format: 'markdown' };
      } else if (f.format === 'eurlex-markdown') {
        text = euStatute(r, i, target, rng(seed * 1000 + 100 + i));
        entry = { id: `syn-eu-${i}`, title: `Synthetic regulation ${i}`, jurisdiction: 'eu', kind: 'regulation', language: 'en', format: 'markdown (converted from EUR-Lex)' };
      } else {
        const md = f.format === 'report-markdown';
        text = report(r, i, target, md, companies, laws);
        entry = { id: `syn-report-${md ? 'md' : 'txt'}-${i}`, title: `Synthetic report ${i}`, jurisdiction: 'nl', kind: 'report', language: 'en', format: md ? 'markdown' : 'text' };
      }
      const file = `${f.format}/${entry.id}.${f.format === 'report-text' ? 'txt' : 'md'}`;
      const buf = Buffer.from(text, 'utf8');
      fs.writeFileSync(path.join(dir, file), buf);
      const sha256 = createHash('sha256').update(buf).digest('hex');
      entries.push({ ...entry, file, sha256, bytes: buf.length, family: f.format });
      bytes += buf.length;
    }
  }
  const manifest = { total_bytes: bytes, documents: entries.map(({ family: _f, ...e }) => e), missing: [] };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return { dir, bytes, documents: entries.length, entries };
}

if (import.meta.main) {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, out: { type: 'string' }, seed: { type: 'string', default: '7' } } });
  if (!values.out) throw new Error('usage: node bench/generate.ts --scale 10 --out <dir> [--seed 7]');
  const base = referenceBytes(path.resolve(process.env.LAWGRAPH_CORPUS ?? path.join(repoRoot, '..', 'shared', 'corpus')));
  const c = generateCorpus(values.out, Number(values.scale), base, Number(values.seed));
  console.log(`${c.documents} documents, ${(c.bytes / 1e6).toFixed(1)} MB in ${c.dir}`);
}
