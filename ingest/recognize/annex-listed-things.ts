// "important products with digital elements as listed in Annex III": a class of things an act lists in an annex of its
// own (grammar/things.yaml annex-listing) is a class the act sets rules for; its phrase has that as its support
// (index.ts settleTentative), however often it is written.
import { grammar } from './grammar.ts';
import type { Mention } from './matcher.ts';

/** The ids of the things right before an annex that lists them. */
export function annexListedThings(sentences: { sentence: { text: string }; mentions: Mention[] }[], isThing: (m: Mention) => boolean): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) if (isThing(m) && grammar().annexListing.test(s.sentence.text.slice(m.end, m.end + 60))) out.add(m.id);
  }
  return out;
}
