// Unknown organisation-like names: capitalised phrases that end in an organisation word ("... Association",
// "... Technology Co., Ltd.") or open with one ("Ministry of ..."). They are proposals for the catalog with a
// low confidence, listed in the ingest report; nothing is merged into a catalog entity.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Mention } from './matcher.ts';

export interface Candidate {
  name: string;
  /** Offsets in the sentence (absent for acronym-defined candidates). */
  start?: number;
  end?: number;
  /** Mentions inside the name that the name replaces ("EU" in "EU China Semiconductor Observatory"). */
  swallows?: Mention[];
  /** Acronym defined for it in the text, if any: "Belt and Road Initiative (BRI)". */
  acronym?: string;
  locator: string;
  confidence: number;
}

interface Vocab {
  suffixes: string[];
  heads: string[];
  connectors: string[];
}

const vocab = parse(fs.readFileSync(path.join(import.meta.dirname, 'candidates.yaml'), 'utf8')) as Vocab;
const SUFFIX = new Set(vocab.suffixes);
const HEAD = new Set(vocab.heads);
const CONNECTOR = new Set(vocab.connectors);
// A token of a name: capitalised word (with inner dots, hyphens, apostrophes, "&"), or a connector.
const TOKEN = /[\p{Lu}][\p{L}\p{N}.&'’-]*|[\p{Ll}&]+|,/gu;

export const CANDIDATE_CONFIDENCE = 0.3;

export function findCandidates(text: string, locator: string, known: Mention[]): Candidate[] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ t: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].t)) {
      i++;
      continue;
    }
    // Grow a run of capitalised words and connectors, contiguous in the text (one space apart).
    let j = i;
    while (j + 1 < tokens.length && adjacent(text, tokens[j], tokens[j + 1]) && fits(tokens[j + 1].t, tokens, j + 1)) j++;
    while (j > i && !isCap(tokens[j].t)) j--; // a name ends on a capitalised word
    const run = tokens.slice(i, j + 1);
    const name = pick(run.map((r) => r.t));
    if (name) {
      const start = run[name.from].start;
      // A sentence-final period is not part of the name ("... Sciences."), a corporate "Ltd." is.
      const last = run[name.to].t;
      const end = run[name.to].end - (last.endsWith('.') && !SUFFIX.has(last) ? 1 : 0);
      const c = judge(start, end, known);
      if (c) out.push({ name: text.slice(start, end), start, end, swallows: c, locator, confidence: CANDIDATE_CONFIDENCE });
    }
    i = j + 1;
  }
  return out;
}

// Place and technology names often sit inside an organisation's name ("China Academy of ..."): the longer
// unknown name replaces them. Names built from known organisations are left to those organisations.
const MODIFIER_LABELS = new Set(['Jurisdiction', 'Technology', 'Product', 'DataCategory']);

/** Mentions the candidate swallows, or undefined when known mentions already account for the span. */
function judge(start: number, end: number, known: Mention[]): Mention[] | undefined {
  const inside: Mention[] = [];
  for (const k of known) {
    if (k.end <= start || k.start >= end) continue;
    if (k.start < start || k.end > end) return undefined; // crosses or covers the candidate
    if (k.start === start && k.end === end) return undefined;
    if (!MODIFIER_LABELS.has(k.label)) return undefined;
    inside.push(k);
  }
  return inside;
}

function isCap(t: string): boolean {
  return /^\p{Lu}/u.test(t);
}

function fits(t: string, tokens: { t: string }[], k: number): boolean {
  if (isCap(t)) return true;
  if (CONNECTOR.has(t)) return true;
  if (t === 'the') return tokens[k - 1]?.t === 'of';
  // ", Ltd." after "Co." : keep the comma only between corporate suffixes
  return t === ',' && tokens[k - 1]?.t === 'Co.' && /^(Ltd\.?|Inc\.?)$/.test(tokens[k + 1]?.t ?? '');
}

function adjacent(text: string, a: { end: number }, b: { start: number; t: string }): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || (gap === '' && b.t === ',');
}

/** The organisation-like part of a run of capitalised words, as token indexes. */
function pick(words: string[]): { from: number; to: number } | undefined {
  const strip = (w: string): string => w.replace(/[’']s$/, '').replace(/\.$/, (d) => (SUFFIX.has(w) ? d : ''));
  // Capitalised words right before `at` belong to the name ("Valdmark Ministry", not "Officials of the ...").
  const start = (at: number): number => {
    let from = at;
    while (from > 0 && (isCap(words[from - 1]) || (words[from - 1] === ',' && from > 1)) && words[from - 1] !== 'The') from--;
    return words[from] === ',' ? from + 1 : from;
  };
  for (let to = words.length - 1; to >= 1; to--) {
    if (!SUFFIX.has(strip(words[to]))) continue;
    const from = start(to);
    // "Valdmark Ministry of Energy Transition": a head word followed by "of" takes the rest of the run.
    const end = HEAD.has(strip(words[to])) && words[to + 1] === 'of' && to + 2 < words.length ? words.length - 1 : to;
    if (end - from >= 1) return { from, to: end };
  }
  // Opening with a head word + "of": "Ministry of Water Resources"
  for (let at = 0; at + 2 < words.length; at++) {
    if (HEAD.has(words[at]) && words[at + 1] === 'of' && isCap(words[at + 2])) return { from: start(at), to: words.length - 1 };
  }
  return undefined;
}
