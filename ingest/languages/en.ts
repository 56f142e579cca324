// English: sentences by the ICU rules (Intl.Segmenter, which keeps "No. 765/2008" and "Article 6(1)"
// inside one sentence), repaired where ICU breaks after an abbreviation followed by a capital ("U.S.
// Department", "e.g. Huawei") or inside a bracket the sentence opened ("(50 U.S.C. 1701 et seq.) (IEEPA)");
// clauses end at , ; :. Vocabulary forms match whole words.
import path from 'node:path';
import { z } from 'zod';
import { loadData } from '../data.ts';
import type { Language } from './index.ts';

/** en-abbreviations.yaml: tokens that end with a period but not a sentence, and the words after which a
 *  Roman numeral with a period is a number (joined into a regular expression, so words only). */
const abbreviationsSchema = z.strictObject({
  abbreviations: z.array(z.string().regex(/^\S+\.$/, { error: 'must be one token ending with a period' })).min(1),
  mayEndSentence: z.array(z.string().regex(/^\S+\.$/, { error: 'must be one token ending with a period' })),
  opensSentence: z.array(z.string().regex(/^\p{L}+$/u, { error: 'must be a word (letters only)' })).min(1),
  numberedBy: z.array(z.string().regex(/^\p{L}+$/u, { error: 'must be a word (letters only)' })).min(1),
});
const data = loadData(path.join(import.meta.dirname, 'en-abbreviations.yaml'), abbreviationsSchema);
const ABBREVIATIONS: Set<string> = new Set(data.abbreviations);
// Read in any case: legal forms are written in capitals too ("SHENZHEN ALPHA CO., LTD. (Chinese: ...)").
const MAY_END: Set<string> = new Set(data.mayEndSentence.map((w) => w.toLowerCase()));
const OPENERS: Set<string> = new Set(data.opensSentence);
// "U.S.", "U.K.", "p.m." — "etc." style words come from the list.
const GROUP = /(?:^|[\s([“"‘'-])(?:\p{L}\.){2,}$/u;
// Single initials ("John C. Smith", "Pub. L.").
const INITIAL = /(?:^|[\s([“"‘'])\p{Lu}\.$/u;
// "Annex I." and "Appendix C." are numbers at a sentence end, not initials.
const NUMBERED = new RegExp(`\\b(?:${data.numberedBy.join('|')})\\s+(?:[IVXLC]+|[A-Z])\\.$`);
/** The first word of a piece, bare of opening quotes and brackets and of a trailing comma. */
const FIRST_WORD = /^[\s([“"‘']*(\p{L}+)(?=[\s,]|$)/u;

/** `next` opens with a word that opens a sentence ("The", "It", "However"). */
function opensSentence(next: string): boolean {
  const w = FIRST_WORD.exec(next)?.[1];
  return w !== undefined && OPENERS.has(w);
}

// An acronym as the subject of a clause: a word of two or more capitals, then a word in lower case ("OFAC is
// designating", "BIS added").
const ACRONYM_SUBJECT = /^[\s“"‘']*\p{Lu}{2,}\s+\p{Ll}/u;

/** The text ends with an abbreviation, after which ICU's sentence break is no break; or with a bracket opened
 *  inside it whose last word ends with a period ("... Act (50 U.S.C. 1701 et seq.) (IEEPA) and ...", "(5 U.S.C.
 *  601 et seq.) BIS has ..."): a sentence does not end inside a bracket it opened. A bracket that holds the whole
 *  piece is a parenthetical sentence, which ends where it closes ("(See 5 U.S.C. 601 et seq.) The ..."). An
 *  abbreviation that may end a sentence ("U.S.", "etc.", "Inc.") ends it when `next` opens with a word that opens
 *  one ("... imported into the U.S. The rule ..."). */
export function endsWithAbbreviation(s: string, next = ''): boolean {
  const t = s.trimEnd();
  if (t.endsWith(')')) return /[.?!]\)$/.test(t) && /\S/.test(t.slice(0, Math.max(0, openingBracket(t))));
  if (!t.endsWith('.')) return false;
  // The last word is read from the end, not by patterns anchored at the end, which V8 tries at every
  // position of the text (a merged sentence is checked again at each break ICU proposes after it).
  const from = lastWordStart(t);
  // GROUP and INITIAL see the last word and the space before it: what they match holds no space.
  const last = from > 0 ? t.slice(from - 1) : t;
  if (GROUP.test(last)) return !opensSentence(next);
  if (INITIAL.test(last)) return !NUMBERED.test(t);
  const word = t.slice(from).replace(/^[([“"‘']+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  if (!MAY_END.has(word.toLowerCase())) return false;
  if (opensSentence(next)) return false;
  // After a legal form not in capitals, an acronym followed by a word in lower case opens a sentence ("... is owned
  // by Alpha Co., Ltd. OFAC is designating ..."); after a dotted group it does not ("the U.S. FCC rule"), nor after
  // a form in capitals, where the next capitals word is more of the name.
  return !(word !== word.toUpperCase() && ACRONYM_SUBJECT.test(next));
}

const SPACE = /\s/;

/** Where the last run of non-space characters of `t` starts (0 when `t` holds no space). */
function lastWordStart(t: string): number {
  let i = t.length;
  while (i > 0 && !SPACE.test(t[i - 1] as string)) i--;
  return i;
}

/** Where the bracket that closes `t` opens (-1 when none does). */
function openingBracket(t: string): number {
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// ICU breaks a sentence only after a terminator run (STerm/ATerm, then closing punctuation and
// spaces) or at a paragraph separator. A line whose only terminators end it is one sentence, and
// needs no segmenter (most list items and one-sentence paragraphs).
const ONE_SENTENCE = /^[^\p{Sentence_Terminal}.\u2024\ufe52\uff0e\r\u0085\u2028\u2029]*(?:[\p{Sentence_Terminal}.\u2024\ufe52\uff0e]+[\p{Pe}\p{Pf}"'\]]*[ \t\u00a0]*)?$/u;

/** Opening brackets and quotes at a segment's end: ICU counts them as closing punctuation after a terminator with no
 *  space between ("...两用物项。《出口管制法》规定..." in an English text's Chinese passage), but they open the next sentence. */
const TRAILING_OPENERS = /[\p{Ps}\p{Pi}]+$/u;

function sentencesOfLine(line: string): [number, number][] {
  if (ONE_SENTENCE.test(line)) return [[0, line.length]];
  const out: [number, number][] = [];
  for (const s of segmenter.segment(line)) {
    const end = s.index + s.segment.length;
    const prev = out.at(-1);
    if (prev && endsWithAbbreviation(line.slice(prev[0], prev[1]), s.segment)) prev[1] = end;
    else out.push([s.index, end]);
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const openers = TRAILING_OPENERS.exec(line.slice(out[k][0], out[k][1]));
    if (openers && openers[0].length < out[k][1] - out[k][0]) {
      out[k][1] -= openers[0].length;
      out[k + 1][0] -= openers[0].length;
    }
  }
  return out;
}

const isClauseEnd = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;
const FUNCTION_WORDS = /\b(?:the|of|and|to|in|shall|or|for|is|by|with|that)\b/gi;

export const english: Language = {
  code: 'en',
  name: 'English',
  sentencesOfLine,
  isClauseEnd,
  wordBoundaries: true,
  detect(text) {
    const sample = text.slice(0, 20_000);
    const letters = sample.match(LETTER)?.length ?? 0;
    if (!letters) return 0;
    const latin = (sample.match(LATIN)?.length ?? 0) / letters;
    const words = sample.split(/\s+/).length;
    // Latin script alone could be French or German; English function words make it English.
    const fn = Math.min(1, ((sample.match(FUNCTION_WORDS)?.length ?? 0) / Math.max(1, words)) * 5);
    return latin * fn;
  },
};
