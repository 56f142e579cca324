// Cross-references inside one provision's text, with offsets relative to that text.
//   Chinese: 本法第二十一条, 第二十一条第二款, 第十条之一, 第X条至第Y条 (each article), 第X条、第Y条,
//            前款 / 前两款 (the previous paragraph(s) of this article), 本条第一款, 第二款, 前条.
//   English: Article 6(1)(a), Articles 12 to 22, Articles 15 and 16, referred to in Article 28,
//            paragraph 1 (of this Article | of Article 13), points (a) and (b) (of paragraph 1 | of Article 6(1)).
// References to OTHER acts are RETURNED, marked `external: true` with the cited act in `act`
// ("《中华人民共和国刑法》", "Regulation (EU) 2018/1725", "TFEU"); their targetLocator is the locator
// inside that act, so consumers linking within this document must skip them.
import type { Provision } from '../model.ts';
import { articleLocator, expandRange } from '../text/articles.ts';
import { NUMERAL_CHARS, parseChineseNumber } from '../text/numerals.ts';
import { hasUnifiedIdeograph } from '../text/scripts.ts';

export interface CrossReference {
  /** `art_21`, `art_21__para_2`, `art_6__para_1__pt_a` (in this document unless `external`). */
  targetLocator: string;
  /** The matched words, verbatim. */
  text: string;
  start: number;
  end: number;
  external?: boolean;
  /** The other act, as cited, when `external`. */
  act?: string;
}

type Source = Pick<Provision, 'locator' | 'text' | 'paragraphs'>;

interface Match {
  start: number;
  end: number;
  targets: string[];
  act?: string;
}

export function findCrossReferences(provision: Source, language?: string): CrossReference[] {
  const zh = language ? language.startsWith('zh') : hasUnifiedIdeograph(provision.text);
  const matches = zh ? chinese(provision) : english(provision);
  const out: CrossReference[] = [];
  for (const m of dropOverlaps(matches)) {
    for (const targetLocator of m.targets) {
      const ref: CrossReference = { targetLocator, text: provision.text.slice(m.start, m.end), start: m.start, end: m.end };
      if (m.act) {
        ref.external = true;
        ref.act = m.act;
      }
      out.push(ref);
    }
  }
  return out;
}

// Longest match wins where patterns overlap ("point (a) of Article 6(1)" contains "Article 6(1)").
function dropOverlaps(ms: Match[]): Match[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

/** The paragraph (`<locator>__para_N`) containing an offset, as N. */
function paragraphAt(p: Source, offset: number): number | undefined {
  const prefix = `${p.locator}__para_`;
  const para = p.paragraphs.find((s) => s.locator.startsWith(prefix) && !s.locator.slice(prefix.length).includes('__') && s.start <= offset && offset <= s.end);
  return para ? Number(para.number.replace(/\D+$/, '')) || undefined : undefined;
}

// ---------------------------------------------------------------- Chinese

const N = `[${NUMERAL_CHARS}]+`;
const CN_REF = new RegExp(
  `(《[^》]+》)?(本法|本条例|本规定|本办法|本决定)?第(${N})条(?:之([一二三四五六七八九十]+))?(?:第(${N})款)?(?:第(${N})项)?(?:至第(${N})条)?`,
  'g',
);
const CN_PARA = new RegExp(`(本条)?第(${N})款|前([两二三四])?款|前条`, 'g');
const CN_JOIN = /^(、|和|及|以及|或者|或|，|,)$/;

function chinese(p: Source): Match[] {
  const out: Match[] = [];
  const own = /^art_(\d+)/.exec(p.locator);
  let prev: Match | undefined;
  for (const m of p.text.matchAll(CN_REF)) {
    const start = m.index;
    const end = start + m[0].length;
    let act = m[1] && !/^《?本/.test(m[1]) ? m[1] : undefined;
    // "《刑法》第十二条、第十六条": the second article belongs to the same act.
    if (!m[1] && !m[2] && prev && CN_JOIN.test(p.text.slice(prev.end, start))) act = prev.act;
    const from = parseChineseNumber(m[3]);
    const insert = m[4] ? parseChineseNumber(m[4]) : 0;
    let targets: string[];
    if (m[7]) {
      const to = parseChineseNumber(m[7]);
      targets = expandRange(from, to).map((n) => `art_${n}`);
    } else {
      const base = articleLocator(from, insert).locator;
      targets = [m[5] ? `${base}__para_${parseChineseNumber(m[5])}` : base];
    }
    const match: Match = { start, end, targets, act };
    out.push(match);
    prev = match;
  }
  for (const m of p.text.matchAll(CN_PARA)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === '前条') {
      if (own && Number(own[1]) > 1) out.push({ start, end, targets: [`art_${Number(own[1]) - 1}`] });
      continue;
    }
    if (m[2]) {
      // 第二款 right after 第X条 is part of that reference (dropped as an overlap); alone it means this article.
      if (/条$/.test(p.text.slice(0, start))) continue;
      out.push({ start, end, targets: [`${p.locator}__para_${parseChineseNumber(m[2])}`] });
      continue;
    }
    const here = paragraphAt(p, start);
    if (!here) continue;
    const count = m[3] ? parseChineseNumber(m[3] === '两' ? '二' : m[3]) : 1;
    const targets: string[] = [];
    for (let k = Math.max(1, here - count); k < here; k++) targets.push(`${p.locator}__para_${k}`);
    if (targets.length) out.push({ start, end, targets });
  }
  return out;
}

// ---------------------------------------------------------------- English

// An act named right after a reference: "of Regulation (EU) 2018/1725", "of Directive 2002/58/EC", "TFEU".
// A point or subparagraph may sit between the article and the act: "Article 2, point (57), of Directive …".
const EN_ACT = /^(?:(?:,\s+points?\s+\(\w+\)(?:(?:,|\s+and|\s+or)\s*\(\w+\))*|,?\s+(?:first|second|third|fourth|fifth)\s+subparagraph)?,?\s+(?:of|to|in)\s+(?:(this|that)\s+(?:Regulation|Directive|Decision)\b|((?:Commission\s+|Council\s+)?(?:Implementing\s+|Delegated\s+)?(?:Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\s+)?\d+\/\d+(?:\/(?:EU|EC|EEC))?)|the\s+(Charter\b|Treaty on (?:the Functioning of )?the European Union)|(TFEU|TEU)\b)|\s+(TFEU|TEU)\b)/;
const LIST_SEP = String.raw`\s*(?:,|\band\b|\bor\b|\bto\b)\s*`;
const ART_ITEM = String.raw`\d+[a-z]?(?:\(\d+[a-z]?\))*(?:\([a-z]\))?`;
// "Article 6, point (10)" (the EU style for definitions) is a point of that article.
const EN_ARTICLE = new RegExp(
  String.raw`\bArticles?[\s\u00a0]+(${ART_ITEM}(?:(?:${LIST_SEP})${ART_ITEM})*)(?:,\s+points?\s+(\(\w+\)(?:(?:,|\s+and|\s+or|\s+to)\s*\(\w+\))*))?`,
  'g',
);
const EN_PARAGRAPH = new RegExp(
  String.raw`\bparagraphs?[\s\u00a0]+(\d+[a-z]?(?:(?:${LIST_SEP})\d+[a-z]?)*)(?:\s+of\s+(?:this\s+Article|Article[\s\u00a0]+(\d+[a-z]?)))?`,
  'g',
);
const EN_POINT = new RegExp(
  String.raw`\bpoints?[\s\u00a0]+(\(\w+\)(?:(?:${LIST_SEP})\(\w+\))*)(?:\s+of\s+(?:paragraph[\s\u00a0]+(\d+[a-z]?)(?:\s+of\s+(?:this\s+Article|Article[\s\u00a0]+(\d+[a-z]?)))?|Article[\s\u00a0]+(\d+[a-z]?)(?:\((\d+[a-z]?)\))?|this\s+Article))?`,
  'g',
);

/** "12 to 15" -> 12..15; "6(1)(a), 7 and 9" -> [6(1)(a), 7, 9]. */
function expandList(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(,|\band\b|\bor\b|\bto\b)\s*/).filter((s) => s && s !== ',' && s !== 'and' && s !== 'or');
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'to' && out.length && parts[i + 1]) {
      const from = Number.parseInt(out[out.length - 1], 10);
      const to = Number.parseInt(parts[i + 1], 10);
      for (const n of expandRange(from, to).slice(1)) out.push(String(n));
      i++;
      continue;
    }
    if (parts[i] !== 'to') out.push(parts[i]);
  }
  return out;
}

// "6(1)(a)" -> art_6__para_1__pt_a
function articleItem(item: string): string {
  const m = /^(\d+[a-z]?)((?:\(\d+[a-z]?\))*)(?:\(([a-z])\))?$/.exec(item);
  if (!m) return `art_${item}`;
  let loc = `art_${m[1]}`;
  for (const p of m[2].matchAll(/\((\d+[a-z]?)\)/g)) loc += `__para_${p[1]}`;
  if (m[3]) loc += `__pt_${m[3]}`;
  return loc;
}

function actAfter(text: string, end: number): { act?: string; end: number } {
  const m = EN_ACT.exec(text.slice(end));
  if (!m) return { end };
  if (m[1] === 'this') return { end: end + m[0].length };
  if (m[1] === 'that') return { act: 'that act (named earlier in the text)', end: end + m[0].length };
  return { act: m[2] ?? m[3] ?? m[4] ?? m[5], end: end + m[0].length };
}

function english(p: Source): Match[] {
  const out: Match[] = [];
  const text = p.text;
  const own = /^art_\d+[a-z]?/.exec(p.locator)?.[0] ?? p.locator;
  for (const m of text.matchAll(EN_ARTICLE)) {
    const tail = actAfter(text, m.index + m[0].length);
    const articles = expandList(m[1]).map(articleItem);
    const targets = m[2] && articles.length === 1 ? expandLetters(m[2]).map((l) => `${articles[0]}__pt_${l}`) : articles;
    out.push({ start: m.index, end: tail.end, targets, act: tail.act });
  }
  for (const m of text.matchAll(EN_PARAGRAPH)) {
    const art = m[2] ? `art_${m[2]}` : own;
    const tail = m[2] ? actAfter(text, m.index + m[0].length) : { end: m.index + m[0].length };
    out.push({ start: m.index, end: tail.end, targets: expandList(m[1]).map((n) => `${art}__para_${n}`), act: tail.act });
  }
  for (const m of text.matchAll(EN_POINT)) {
    let base: string;
    let tail: { act?: string; end: number } = { end: m.index + m[0].length };
    if (m[4]) {
      base = `art_${m[4]}${m[5] ? `__para_${m[5]}` : ''}`;
      tail = actAfter(text, tail.end);
    } else if (m[2]) {
      base = `${m[3] ? `art_${m[3]}` : own}__para_${m[2]}`;
      if (m[3]) tail = actAfter(text, tail.end);
    } else {
      // "points (a) and (b)" alone: the points of the paragraph this text sits in.
      const here = paragraphAt({ ...p, locator: own }, m.index);
      base = here ? `${own}__para_${here}` : own;
    }
    const labels = expandLetters(m[1]);
    out.push({ start: m.index, end: tail.end, targets: labels.map((l) => `${base}__pt_${l}`), act: tail.act });
  }
  return out;
}

// "(a), (b) and (c)" -> a, b, c; "(a) to (d)" -> a..d
function expandLetters(list: string): string[] {
  const labels = [...list.matchAll(/\((\w+)\)/g)].map((x) => x[1].toLowerCase());
  if (/\bto\b/.test(list) && labels.length === 2 && /^[a-z]$/.test(labels[0]) && /^[a-z]$/.test(labels[1])) {
    const out: string[] = [];
    for (let c = labels[0].charCodeAt(0); c <= labels[1].charCodeAt(0); c++) out.push(String.fromCharCode(c));
    return out;
  }
  return labels;
}
