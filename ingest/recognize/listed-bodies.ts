// A body named by one word the grammar cannot read (no head, no catalog entry), written between two bodies in a list:
// "the Harbour Agency, Portwatch, the Norland Data Board". A list joins like with like, so the word is a body too, as
// a coordinated bare head is (index.ts coordinatedBareHeads). Only an unknown capitalised word (no lexicon tag: no
// common noun, place or first name), and only with a body on both sides: one neighbour is too little evidence.
import type { Found } from './found.ts';
import { isCountryWord } from './countries.ts';
import { tagsOf } from './lexicon.ts';
import type { Mention } from './matcher.ts';

const WORD = /\p{Lu}\p{Ll}{3,}/gu;
const BEFORE = /^,\s+$/;
const AFTER = /^,?\s+(?:(?:and|or)\s+)?(?:the\s+)?$/;

export function findListedBodies(text: string, mentions: Mention[]): Found[] {
  const bodies = mentions.filter((m) => m.label === 'Authority');
  const out: Found[] = [];
  for (const w of text.matchAll(WORD)) {
    const [start, end] = [w.index, w.index + w[0].length];
    // A whole word, in no mention already.
    if (/[\p{L}\p{N}'’-]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}'’-]/u.test(text[end] ?? '')) continue;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    if (tagsOf(w[0].toLowerCase()).length > 0 || isCountryWord(w[0])) continue;
    const left = bodies.some((m) => m.end <= start && BEFORE.test(text.slice(m.end, start)));
    const right = bodies.some((m) => m.start >= end && AFTER.test(text.slice(end, m.start)));
    if (left && right) out.push({ start, end, surface: w[0], label: 'Authority', name: w[0], rule: 'body:listed', score: 0.5 });
  }
  return out;
}
