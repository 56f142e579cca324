// Names in apposition to a partitive are members of the set it takes up:
//   company:partitive  "OPSS opened investigations into eleven businesses. It issued stop notices to two of them,
//                      Brightpeak Home and Ostrava Smart Living, ...", "Two lidar suppliers ..., and Jingyu Photonics,
//                      the larger of them, ...": the set is the counted one named last before the partitive, in its
//                      sentence or the one before it in the paragraph; where its noun is a company noun
//                      (grammar/names.yaml company-nouns), the names are companies.
// Read per sentence with the sentence before it (index.ts), so outside the sentence's memoised draft.
import { COORDINATION, coordinated } from './companies.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { tagsOf } from './lexicon.ts';
import { nameRuns, spanText, type Token } from './names.ts';

/** "two of them", "the larger of these", "both of those": the quantifier in group 1. */
const PARTITIVE = /\b((?:the\s+)?\p{L}+|\d+)\s+of\s+(?:them|these|those)\b/gu;
const QUANTIFIERS = new Set(['both', 'several', 'some', 'all', 'each', 'most', 'many', 'either', 'neither']);

export function findPartitiveCompanies(text: string, before: string): Found[] {
  if (!/\bof\s+(?:them|these|those)\b/.test(text)) return [];
  const out: Found[] = [];
  const runs = nameRuns(text);
  const add = (run: Token[]): void => {
    for (const part of coordinated(run)) {
      const name = spanText(text, part);
      out.push({ start: part[0].start, end: part[part.length - 1].end, surface: name, label: 'Company', name, rule: 'company:partitive', score: 0.6 });
    }
  };
  const joined = (a: Token[], b: Token[]): boolean => COORDINATION.test(text.slice(a[a.length - 1].end, b[0].start));
  for (const m of text.matchAll(PARTITIVE)) {
    if (!quantifier(m[1]) || !companySet(`${before} ${text.slice(0, m.index)}`)) continue;
    const end = m.index + m[0].length;
    // "two of them, A and B": the names right after it, and those coordinated with them.
    let k = runs.findIndex((r) => /^,\s+$/.test(text.slice(end, r[0].start)));
    if (k >= 0) for (add(runs[k]); k + 1 < runs.length && joined(runs[k], runs[k + 1]); k++) add(runs[k + 1]);
    // "A, the larger of them,": the name right before it, and those coordinated with it.
    k = runs.findIndex((r) => /^,\s+$/.test(text.slice(r[r.length - 1].end, m.index)));
    if (k >= 0) for (add(runs[k]); k > 0 && joined(runs[k - 1], runs[k]); k--) add(runs[k - 1]);
  }
  return out;
}

/** A number, a quantifier, or "the" and a word ("the larger", "the first"). */
function quantifier(q: string): boolean {
  return /^the\s/.test(q) || /^\d+$/.test(q) || QUANTIFIERS.has(q.toLowerCase()) || tagsOf(q).includes('Cardinal');
}

/** The last counted set in `text` ("eleven businesses", "Two Chinese lidar suppliers": a number, up to three words, a
 *  plural, none of them closing a clause) is one of companies. */
function companySet(text: string): boolean {
  const words = text.split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!(/^\d{1,3}$/.test(words[i]) || tagsOf(words[i]).includes('Cardinal'))) continue;
    const head = countedNoun(words.slice(i + 1, i + 5));
    if (head !== undefined) return grammar().companyNouns.includes(head);
  }
  return false;
}

/** The plural the words after a number end on, before any punctuation ("Chinese lidar suppliers"); none after "of". */
function countedNoun(words: string[]): string | undefined {
  if (words[0] === 'of') return undefined;
  for (const w of words) {
    const word = w.replace(/[^\p{L}\p{N}-]+$/u, '');
    if (/^\p{Ll}[\p{L}-]*[^s]s$/u.test(word)) return word;
    if (word !== w) return undefined;
  }
  return undefined;
}
