// The one sentence and clause splitter, with offsets into the given text so every quote can be found
// again verbatim. The language module (ingest/languages) says where its sentences and clauses end;
// this module walks the lines, trims, and (for statutes) drops the paragraph numbers and point
// letters that are structure, not part of a sentence ("1.   ", "(a)", "（一）").
import type { Language } from '../languages/index.ts';
import { isSpace } from './clean.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

const LABEL = '(\\d+\\.\\s+|\\([a-z0-9]+\\)\\s+|（[一二三四五六七八九十]+）)';
const LEADING_LABEL = new RegExp(LABEL, 'uy');
const LABEL_AT_START = new RegExp(`^${LABEL}`, 'u');

function trimmed(text: string, start: number, end: number, dropLabel: boolean): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (dropLabel) {
    LEADING_LABEL.lastIndex = s;
    const label = LEADING_LABEL.exec(text);
    if (label && s + label[0].length <= e) s += label[0].length;
    else if (label) {
      // The label's trailing spaces ran past the span: match it on the span alone.
      const inSpan = LABEL_AT_START.exec(text.slice(s, e));
      if (inSpan) s += inSpan[0].length;
    }
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

/** [start, end) of each non-empty line. */
export function lines(text: string): [number, number][] {
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

export interface SplitOptions {
  /** Drop a leading paragraph number or point letter from each sentence (statute provisions). */
  dropLabels?: boolean;
}

/** Per language and label option, the splits of texts: keyed by the text itself (whose hash the string
 *  keeps), never by a key string built from it (a copy of the whole provision per call). */
const memo = new Map<string, Map<string, Span[]>>();
const MEMO_LIMIT = 20_000;

/** The sentences of `text` in `language`, trimmed, with offsets into `text`; a line break always ends one.
 *  Results are remembered (bounded): definitions, norms and sanctions read the same provisions. */
export function splitSentences(text: string, language: Language, options: SplitOptions = {}): Span[] {
  const kind = `${language.code}${options.dropLabels ? 1 : 0}`;
  let splits = memo.get(kind);
  if (!splits) {
    splits = new Map();
    memo.set(kind, splits);
  }
  const hit = splits.get(text);
  if (hit) return hit;
  const out = split(text, language, options);
  if (splits.size >= MEMO_LIMIT) splits.clear();
  splits.set(text, out);
  return out;
}

function split(text: string, language: Language, options: SplitOptions): Span[] {
  const out: Span[] = [];
  const dropLabel = options.dropLabels ?? false;
  for (const [ls, le] of lines(text)) {
    for (const [s, e] of language.sentencesOfLine(text.slice(ls, le))) {
      const span = trimmed(text, ls + s, ls + e, dropLabel);
      if (span) out.push(span);
    }
  }
  return out;
}

/** Per language, the code units its isClauseEnd takes, as one class of a regular expression (no 'u' flag: it reads
 *  code units, as isClauseEnd does), found by asking it once about every unit: a scan for them runs in the regular
 *  expression engine instead of one call per character. */
const clauseEnds = new WeakMap<Language, RegExp>();

function clauseEndsOf(language: Language): RegExp {
  let re = clauseEnds.get(language);
  if (!re) {
    let units = '';
    for (let c = 0; c < 0x10000; c++) if (language.isClauseEnd(c)) units += `\\u${c.toString(16).padStart(4, '0')}`;
    re = new RegExp(units ? `[${units}]` : '(?!)', 'g');
    clauseEnds.set(language, re);
  }
  return re;
}

/** Clause boundaries inside a sentence: [start, end) offsets relative to the sentence. */
export function splitClauses(sentence: string, language: Language): [number, number][] {
  const out: [number, number][] = [];
  const ends = clauseEndsOf(language);
  let from = 0;
  ends.lastIndex = 0;
  for (let m = ends.exec(sentence); m; m = ends.exec(sentence)) {
    out.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (from < sentence.length) out.push([from, sentence.length]);
  return out;
}
