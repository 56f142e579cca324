// Sentence and clause splitting with offsets into the provision text, so every quote can be found
// again verbatim. Chinese statutes end sentences with 。 and separate coordinate sentences with ；
// (LawRefBook sometimes prints ASCII ; and :). English uses the ICU sentence rules (Intl.Segmenter),
// which keep "No. 765/2008" and "Article 6(1)" inside one sentence.
import type { Lang } from '../vocab/index.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

// 。；;！？!? end a Chinese sentence (char codes: tested per character, so no regex per character).
const isZhEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
// Paragraph numbers and point letters are structure, not part of a sentence ("1.   ", "(a)", "（一）").
const LABEL = '(\\d+\\.\\s+|\\([a-z0-9]+\\)\\s+|（[一二三四五六七八九十]+）)';
const LEADING_LABEL = new RegExp(LABEL, 'uy');
const LABEL_AT_START = new RegExp(`^${LABEL}`, 'u');

/** The characters of `/\s/u`, by code. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  LEADING_LABEL.lastIndex = s;
  const label = LEADING_LABEL.exec(text);
  if (label && s + label[0].length <= e) s += label[0].length;
  else if (label) {
    // The label's trailing spaces ran past the span: match it on the span alone.
    const inSpan = LABEL_AT_START.exec(text.slice(s, e));
    if (inSpan) s += inSpan[0].length;
  }
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function lines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// ICU breaks a sentence only after a terminator run (STerm/ATerm, then closing punctuation and
// spaces) or at a paragraph separator. A line whose only terminators end it is one sentence, and
// needs no segmenter (most list items and one-sentence paragraphs).
const ONE_SENTENCE = /^[^\p{Sentence_Terminal}.\u2024\ufe52\uff0e\r\u0085\u2028\u2029]*(?:[\p{Sentence_Terminal}.\u2024\ufe52\uff0e]+[\p{Pe}\p{Pf}"'\]]*[ \t\u00a0]*)?$/u;

export function splitSentences(text: string, lang: Lang): Span[] {
  const out: Span[] = [];
  for (const [ls, le] of lines(text)) {
    if (lang === 'zh') {
      let from = ls;
      for (let i = ls; i < le; i++) {
        if (isZhEnd(text.charCodeAt(i))) {
          const s = trimmed(text, from, i + 1);
          if (s) out.push(s);
          from = i + 1;
        }
      }
      const s = trimmed(text, from, le);
      if (s) out.push(s);
    } else {
      const line = text.slice(ls, le);
      if (ONE_SENTENCE.test(line)) {
        const s = trimmed(text, ls, le);
        if (s) out.push(s);
        continue;
      }
      for (const seg of segmenter.segment(line)) {
        const s = trimmed(text, ls + seg.index, ls + seg.index + seg.segment.length);
        if (s) out.push(s);
      }
    }
  }
  return out;
}

// Clause separators by char code: zh ，,：: (、 joins list items, not clauses); en , ; :
const isZhClauseEnd = (c: number): boolean => c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a;
const isEnClauseEnd = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a;

/** Clause boundaries inside a sentence: [start, end) offsets relative to the sentence. */
export function splitClauses(sentence: string, lang: Lang): [number, number][] {
  const sep = lang === 'zh' ? isZhClauseEnd : isEnClauseEnd;
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (sep(sentence.charCodeAt(i))) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < sentence.length) out.push([from, sentence.length]);
  return out;
}
