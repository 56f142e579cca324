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

const ZH_END = /[。；;！？!?]/u;
// Paragraph numbers and point letters are structure, not part of a sentence ("1.   ", "(a)", "（一）").
const LEADING_LABEL = /^(\d+\.\s+|\([a-z0-9]+\)\s+|（[一二三四五六七八九十]+）)/u;

function trimmed(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  const label = LEADING_LABEL.exec(text.slice(s, e));
  if (label) s += label[0].length;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function lines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string, lang: Lang): Span[] {
  const out: Span[] = [];
  for (const [ls, le] of lines(text)) {
    if (lang === 'zh') {
      let from = ls;
      for (let i = ls; i < le; i++) {
        if (ZH_END.test(text[i] ?? '')) {
          const s = trimmed(text, from, i + 1);
          if (s) out.push(s);
          from = i + 1;
        }
      }
      const s = trimmed(text, from, le);
      if (s) out.push(s);
    } else {
      for (const seg of segmenter.segment(text.slice(ls, le))) {
        const s = trimmed(text, ls + seg.index, ls + seg.index + seg.segment.length);
        if (s) out.push(s);
      }
    }
  }
  return out;
}

const EN_CLAUSE = /[,;:]/u;

/** Clause boundaries inside a sentence: [start, end) offsets relative to the sentence. */
export function splitClauses(sentence: string, lang: Lang): [number, number][] {
  // 、 joins list items, not clauses: only ， and ： separate Chinese clauses.
  const sep = lang === 'zh' ? /[，,：:]/u : EN_CLAUSE;
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (sep.test(sentence[i] ?? '')) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < sentence.length) out.push([from, sentence.length]);
  return out;
}
