// Test-only provision splitting, independent of ingest/statutes (written concurrently): just enough
// structure (locator, chapter, text, paragraphs with offsets) to feed the norm extractor.
import * as cheerio from 'cheerio';
import type { Provision, SubProvision } from '../../../ingest/model.ts';
import { parseChineseNumber } from '../../../ingest/text/numerals.ts';
import { readCorpus } from '../../corpus.ts';

interface ManifestDoc {
  id: string;
  file: string;
  format: string;
}

const manifest = (): ManifestDoc[] => (JSON.parse(readCorpus('manifest.json')) as { documents: ManifestDoc[] }).documents;

function build(locator: string, number: string, order: number, lines: string[], chapter?: string): Provision {
  const paragraphs: SubProvision[] = [];
  let text = '';
  lines.forEach((l, i) => {
    if (text) text += '\n';
    paragraphs.push({ locator: `${locator}__para_${i + 1}`, number: String(i + 1), text: l, start: text.length, end: text.length + l.length });
    text += l;
  });
  return { locator, kind: 'article', number, order, text, paragraphs, ...(chapter ? { chapter } : {}) };
}

/** LawRefBook Markdown: `## 第X章` chapters, articles on lines starting `第X条 `. */
export function cnProvisions(text: string): Provision[] {
  const body = text.slice(text.indexOf('<!-- INFO END -->'));
  const out: Provision[] = [];
  let chapter: string | undefined;
  let cur: { locator: string; number: string; order: number; lines: string[]; chapter?: string } | undefined;
  const flush = () => {
    if (cur) out.push(build(cur.locator, cur.number, cur.order, cur.lines, cur.chapter));
    cur = undefined;
  };
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('<!--')) continue;
    const ch = /^##\s+(第.+?章.*)$/u.exec(line);
    if (ch) {
      flush();
      chapter = ch[1];
      continue;
    }
    if (line.startsWith('#')) continue;
    const art = /^第([零一二三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?\s+(.*)$/u.exec(line);
    if (art) {
      flush();
      const n = parseChineseNumber(art[1] as string);
      const sub = art[2] ? parseChineseNumber(art[2]) : undefined;
      cur = { locator: sub ? `art_${n}_${sub}` : `art_${n}`, number: line.slice(0, line.indexOf(art[3] as string)).trim(), order: sub ? n + sub / 10 : n, lines: [art[3] as string], ...(chapter ? { chapter } : {}) };
    } else if (cur) cur.lines.push(line);
  }
  flush();
  return out;
}

/** EUR-Lex XHTML: `div#art_N`, paragraphs as `p.oj-normal`; point labels "(a)" joined to their text. */
export function gdprProvisions(xhtml: string): Provision[] {
  const $ = cheerio.load(xhtml, { xml: false });
  const out: Provision[] = [];
  $('div[id^="art_"]').each((_, el) => {
    const id = $(el).attr('id') ?? '';
    const m = /^art_(\d+)$/.exec(id);
    if (!m) return;
    const lines: string[] = [];
    let label = '';
    $(el).find('p.oj-normal').each((__, p) => {
      const t = $(p).text().replace(/\s+/g, ' ').trim();
      if (/^\([a-z0-9]+\)$/.test(t)) label = `${t} `;
      else if (t) {
        lines.push(label + t);
        label = '';
      }
    });
    // Paragraphs: a numbered line opens one; points and sub-paragraphs join it.
    const merged: string[] = [];
    for (const l of lines) {
      if (merged.length === 0 || /^\d+\.\s/.test(l)) merged.push(l);
      else merged[merged.length - 1] += `\n${l}`;
    }
    const p = build(id, m[1] as string, Number(m[1]), merged.flatMap((x) => x.split('\n')));
    // Re-group paragraph records by number so penalty detection sees whole paragraphs.
    p.paragraphs = [];
    let at = 0;
    merged.forEach((x, i) => {
      p.paragraphs.push({ locator: `${id}__para_${i + 1}`, number: String(i + 1), text: x, start: at, end: at + x.length });
      at += x.length + 1;
    });
    out.push(p);
  });
  return out;
}

/** EUR-Lex-derived Markdown: an `Article N` line, a heading line, then text until the next article or chapter. */
export function euMarkdownProvisions(text: string): Provision[] {
  const out: Provision[] = [];
  let cur: { n: number; lines: string[]; heading?: string } | undefined;
  const flush = () => {
    if (cur) out.push({ ...build(`art_${cur.n}`, String(cur.n), cur.n, cur.lines), ...(cur.heading ? { heading: cur.heading } : {}) });
    cur = undefined;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const art = /^Article[\s\u00a0]+(\d+)$/u.exec(line);
    if (art) {
      flush();
      cur = { n: Number(art[1]), lines: [] };
      continue;
    }
    if (/^(CHAPTER|ANNEX|SECTION)\b/.test(line) || line.startsWith('Done at')) {
      flush();
      continue;
    }
    if (!cur) continue;
    if (cur.heading === undefined) cur.heading = line;
    else if (/^\([a-z0-9]+\)$/.test(line)) cur.lines.push(line);
    else if (cur.lines.length && /^\([a-z0-9]+\)$/.test(cur.lines.at(-1) ?? '')) cur.lines[cur.lines.length - 1] += ` ${line}`;
    else cur.lines.push(line);
  }
  flush();
  return out;
}

const cache = new Map<string, Provision[]>();

/** Provisions of a corpus document by manifest id. */
export function provisionsOf(documentId: string): Provision[] {
  const hit = cache.get(documentId);
  if (hit) return hit;
  const doc = manifest().find((d) => d.id === documentId);
  if (!doc) throw new Error(`no manifest entry ${documentId}`);
  const text = readCorpus(doc.file);
  const list = doc.format.startsWith('xhtml') ? gdprProvisions(text) : documentId.startsWith('cn-') ? cnProvisions(text) : euMarkdownProvisions(text);
  if (list.length === 0) throw new Error(`${documentId}: no provisions found`);
  cache.set(documentId, list);
  return list;
}

export function provision(documentId: string, locator: string): Provision {
  const p = provisionsOf(documentId).find((x) => x.locator === locator);
  if (!p) throw new Error(`${documentId}: no provision ${locator}`);
  return p;
}

export const languageOf = (documentId: string): 'zh' | 'en' => (documentId.startsWith('cn-') ? 'zh' : 'en');
