// Chinese: sentences end at 。；！？ (and the ASCII ; ! ? that LawRefBook sometimes prints); clauses at
// ，：(、 joins list items, not clauses). Vocabulary forms match anywhere: there are no word boundaries.
import type { Language } from './index.ts';
import { HAN } from '../text/scripts.ts';

// 。；;！？!? by char code: tested per character, so no regex per character.
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
const isClauseEnd = (c: number): boolean => c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a;

function sentencesOfLine(line: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (isSentenceEnd(line.charCodeAt(i))) {
      out.push([from, i + 1]);
      from = i + 1;
    }
  }
  out.push([from, line.length]);
  return out;
}

const HAN_CHARS = new RegExp(HAN, 'gu');
const LETTER = /\p{L}/gu;

export const chinese: Language = {
  code: 'zh',
  name: 'Chinese',
  sentencesOfLine,
  isClauseEnd,
  wordBoundaries: false,
  detect(text) {
    const sample = text.slice(0, 20_000);
    const letters = sample.match(LETTER)?.length ?? 0;
    return letters ? (sample.match(HAN_CHARS)?.length ?? 0) / letters : 0;
  },
};
