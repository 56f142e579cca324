// A document's shorter name for a thing it names in full: "radio modules" after "drone radio modules", "telematics units"
// beside "telematics control units". A technology or product phrase the grammar found (not a catalog entry), of two words
// or more, whose words are, in order, words of exactly one longer thing phrase of the same document with the same head
// (singular or plural alike; the words left out no adjective), names that thing, when the document keeps that one on its
// own support: its mentions become the longer one's. A bare head ("modules") names a
// class, no short name; a phrase two longer ones could shorten ("control units" beside "telematics control units" and
// "engine control units") names neither and is reported.
import type { Ambiguity } from './entities.ts';
import { singular, suffixTag, tagsOf } from './lexicon.ts';

const THINGS = new Set(['Technology', 'Product']);

interface Named {
  id: string;
  label: string;
  surface: string;
}

/** Words of a phrase, lower case, its head singular. */
function wordsOf(phrase: string): string[] {
  const w = phrase.toLowerCase().split(/\s+/);
  w[w.length - 1] = singular(w[w.length - 1]);
  return w;
}

/** An adjective or a participle by the lexicon or its ending ("reliable", "factory-fitted"), no noun ("drone", "video"). */
function describes(word: string): boolean {
  const w = word.split('-').pop() ?? word;
  const tags = tagsOf(w);
  return tags.length ? tags.some((t) => DESCRIBING.has(t)) : DESCRIBING.has(suffixTag(w) ?? '');
}
const DESCRIBING = new Set(['Adjective', 'Comparative', 'Superlative', 'PastTense', 'Participle']);

/** `short` is `long` with words left out, the same head kept, none of them an adjective: "reliable 5G networks" describes
 *  5G networks, it names no kind of them. */
function shortens(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const w of long) {
    if (w === short[k]) k++;
    else if (describes(w)) return false;
  }
  return k === short.length;
}

/** Recognised id -> the id of the one longer thing phrase it shortens. `recognised`: ids the grammar found (the only ones
 *  re-pointed); `supported`: ids that may take them (a catalog entry, or a phrase the document keeps on its own support).
 *  Ambiguous short names go to `ambiguities`. */
export function shortThingNames(mentions: Named[], recognised: (id: string) => boolean, supported: (id: string) => boolean, ambiguities: Ambiguity[], locator = ''): Map<string, string> {
  const phrases = new Map<string, { label: string; words: string[][] }>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const p = phrases.get(m.id) ?? { label: m.label, words: [] };
    const w = wordsOf(m.surface);
    if (!p.words.some((x) => x.join(' ') === w.join(' '))) p.words.push(w);
    phrases.set(m.id, p);
  }
  const out = new Map<string, string>();
  for (const [id, p] of phrases) {
    if (!recognised(id)) continue;
    const shorts = p.words.filter((w) => w.length >= 2);
    if (shorts.length === 0 || shorts.length < p.words.length) continue;
    const longer = [...phrases].filter(([other, q]) => other !== id && shorts.every((s) => q.words.some((l) => shortens(s, l)))).map(([other]) => other);
    if (longer.length === 1 && supported(longer[0])) out.set(id, longer[0]);
    else if (longer.length > 1) ambiguities.push({ surface: shorts[0].join(' '), locator, candidates: longer, why: 'a shorter name of more than one thing in this document' });
  }
  // No chains: a short name's target is itself no short name of another ("units" rules aside).
  for (const [id, to] of out) if (out.has(to)) out.delete(id);
  return out;
}
