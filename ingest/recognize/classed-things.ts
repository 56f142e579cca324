// "products with digital elements qualifying as free and open-source software": a thing the text classes as a category
// (grammar/things.yaml class-links) names that category as a class of things the act sets rules for; the category's
// phrase has that as its support (index.ts settleTentative), however often it is written.
import { grammar } from './grammar.ts';
import type { Mention } from './matcher.ts';

let link: RegExp | undefined;

/** The ids of the things right after a class link that follows a thing in the same sentence. */
export function classedThings(sentences: { sentence: { text: string }; mentions: Mention[] }[], isThing: (m: Mention) => boolean): Set<string> {
  link ??= new RegExp(`^,?\\s+(?:${grammar().classLinks.map((l) => l.replace(/ /g, '\\s+')).join('|')})\\s+(?:an?\\s+)?$`, 'i');
  const out = new Set<string>();
  for (const s of sentences) {
    const things = s.mentions.filter(isThing).sort((a, b) => a.start - b.start);
    things.forEach((m, i) => {
      const next = things[i + 1];
      if (next && next.start >= m.end && link?.test(s.sentence.text.slice(m.end, next.start))) out.add(next.id);
    });
  }
  return out;
}
