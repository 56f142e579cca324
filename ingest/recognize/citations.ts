// Law citations in a sentence: "Article 7 of the National Intelligence Law", "Cybersecurity Law Art. 37",
// "Section 1709 of ...", 《数据安全法》第三十六条. A citation is an article designator next to a law mention
// (found by the matcher); a designator with no law beside it is returned unmatched for the ingest report.
import { expandRange } from '../text/articles.ts';
import { parseChineseNumber } from '../text/numerals.ts';
import type { Mention } from './matcher.ts';

export interface Citation {
  lawId?: string;
  /** Article/section number in locator form: "7", "10_1" (第十条之一). Undefined for a citation of the whole law. */
  article?: string;
  surface: string;
  start: number;
  end: number;
}

const EN_DESIGNATOR = String.raw`(?:Articles?|Arts?\.|Sections?|Secs?\.|§§?)`;
// "37(2)", and the point after a paragraph: "21(2)(d)", "3(3)(e)", "5(1)(ii)".
const NUM = String.raw`\d+[a-z]?(?:\s*\((?:\d+|[a-z]{1,4})\))*`;
const NUM_LIST = String.raw`${NUM}(?:\s*(?:,|and|or|to|-|–)\s*${NUM})*`;
// "Article 7 of the", "Articles 7 and 14 of China's"
const BEFORE = new RegExp(String.raw`${EN_DESIGNATOR}\s*(${NUM_LIST})\s+(?:of|under|in)\s+(?:the\s+)?(?:(?:PRC|China's|Chinese|EU|U\.S\.|US)\s+)?["“]?$`, 'i');
// "Cybersecurity Law Art. 37", "NIL, Article 7", "(Article 7)", "the NIL, whose Article 7"
const AFTER_EN = new RegExp(String.raw`^["”]?\s*[,(]?\s*(?:(?:whose|its)\s+)?${EN_DESIGNATOR}\s*(${NUM_LIST})`, 'i');
const ZH_NUM = '[零〇一二三四五六七八九十百千两\\d]+';
const AFTER_ZH = new RegExp(`^》?\\s*((?:第${ZH_NUM}条(?:之${ZH_NUM})?[、，和及与]?)+)`);
const ZH_ARTICLE = new RegExp(`第(${ZH_NUM})条(?:之(${ZH_NUM}))?`, 'g');
const ORPHAN = new RegExp(String.raw`${EN_DESIGNATOR}\s*${NUM}|第${ZH_NUM}条|(?:Public\s+Law|Pub\.\s*L\.)\s*(?:No\.\s*)?\d+-\d+`, 'gi');
/** A law mention written as an identifier ("Public Law 106-398", "Regulation (EU) 2016/679") cites the law. */
const IDENTIFIER = /\d{2,}[-/]\d+|\d{4,}/;

export function findCitations(text: string, mentions: Mention[]): { citations: Citation[]; unmatched: Citation[] } {
  const citations: Citation[] = [];
  const used: [number, number][] = [];
  for (const m of mentions) {
    if (m.label !== 'Law') continue;
    const before = BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
    const afterText = text.slice(m.end, m.end + 60);
    const afterEn = AFTER_EN.exec(afterText);
    const afterZh = AFTER_ZH.exec(afterText);
    if (before) {
      const start = m.start - before[0].length;
      for (const a of numbers(before[1])) citations.push({ lawId: m.id, article: a, surface: text.slice(start, m.end), start, end: m.end });
      used.push([start, m.end]);
    } else if (afterEn || afterZh) {
      const end = m.end + (afterEn ?? afterZh)![0].length;
      const arts = afterEn ? numbers(afterEn[1]) : zhNumbers(afterZh![1]);
      for (const a of arts) citations.push({ lawId: m.id, article: a, surface: text.slice(m.start, end), start: m.start, end });
      used.push([m.start, end]);
    } else if (IDENTIFIER.test(m.surface)) {
      citations.push({ lawId: m.id, surface: m.surface, start: m.start, end: m.end });
    }
    used.push([m.start, m.end]);
  }
  const unmatched: Citation[] = [];
  for (const o of text.matchAll(ORPHAN)) {
    const start = o.index;
    const end = start + o[0].length;
    if (used.some(([s, e]) => start < e && s < end)) continue;
    unmatched.push({ surface: o[0], start, end });
  }
  return { citations, unmatched };
}

/** "7", "7 and 14", "7-9", "37(2)" -> ["7"], ["7","14"], ["7","8","9"], ["37"] */
function numbers(list: string): string[] {
  const out: string[] = [];
  const parts = list.split(/\s*(,|and|or|to|-|–)\s*/).filter(Boolean);
  let prev: number | undefined;
  let range = false;
  for (const p of parts) {
    if (/^(?:to|-|–)$/.test(p)) {
      range = true;
      continue;
    }
    if (/^(?:,|and|or)$/.test(p)) continue;
    const n = /^(\d+)([a-z]?)/.exec(p);
    if (!n) continue;
    const v = Number(n[1]);
    if (range && prev !== undefined) for (const k of expandRange(prev, v).slice(1, -1)) out.push(String(k));
    out.push(n[1] + n[2]);
    prev = v;
    range = false;
  }
  return out;
}

function zhNumbers(s: string): string[] {
  return [...s.matchAll(ZH_ARTICLE)].map((m) => (m[2] ? `${parseChineseNumber(m[1])}_${parseChineseNumber(m[2])}` : String(parseChineseNumber(m[1]))));
}
