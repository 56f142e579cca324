// Sentence splitting: Intl.Segmenter plus a repair pass for abbreviations, which ICU treats as sentence ends
// whenever the next word is capitalised ("U.S. Department", "e.g. Huawei").
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS: Set<string> = new Set(
  (parse(fs.readFileSync(path.join(import.meta.dirname, 'abbreviations.yaml'), 'utf8')) as { abbreviations: string[] })
    .abbreviations,
);
// "U.S.", "U.K.", "p.m." and single initials ("C.") — "etc." style words come from the list.
const DOTTED = /(?:^|[\s([“"‘'-])(?:\p{L}\.){2,}$|(?:^|[\s([“"‘'])\p{Lu}\.$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function endsWithAbbreviation(s: string): boolean {
  const t = s.trimEnd();
  if (DOTTED.test(t)) return true;
  const last = t.slice(t.search(/\S+$/));
  return ABBREVIATIONS.has(last.replace(/^[([“"‘']+/, ''));
}

/** Sentences of `text`, trimmed, with offsets into `text`. */
export function splitSentences(text: string): Span[] {
  const raw: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(text)) {
    const start = s.index;
    const end = s.index + s.segment.length;
    const prev = raw[raw.length - 1];
    if (prev && endsWithAbbreviation(text.slice(prev.start, prev.end))) prev.end = end;
    else raw.push({ start, end });
  }
  const out: Span[] = [];
  for (const r of raw) {
    let { start, end } = r;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}
