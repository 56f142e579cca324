// Acronyms a document uses for a name it writes in full without ever defining them: a policy brief that names
// the "Office of Information and Communications Technology and Services" in one place may call it "OICTS" in
// another, with no "(OICTS)" anywhere. An acronym is taken only when it is spelled exactly by the initials of
// the capitalised words of a name the document writes (connectors such as "of" and "and" skipped: "Bureau of
// Industry and Security" -> "BIS"), stands in the text as a word of its own, is no name the catalog knows, and
// fits one entity only (two that fit bind neither: bindTerms).
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import type { Matcher } from './matcher.ts';

const LABELS = new Set(['Authority', 'Organization', 'StandardBody', 'Company', 'Law']);
const MIN_LETTERS = 2;

/** Definitions of the undefined acronyms the sentences use for names they write in full. */
export function undefinedAcronyms(sentences: { text: string; locator: string; mentions: Named[] }[], matcher: Matcher): Definition[] {
  const words = new Set(sentences.flatMap((s) => s.text.match(/(?<![\p{L}\p{N}-])\p{Lu}{2,8}(?![\p{L}\p{N}-])/gu) ?? []));
  const out: Definition[] = [];
  const seen = new Set<string>();
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (!LABELS.has(m.label)) continue;
      // A name in capitals spells its acronym as its title case does ("FEDERAL PROPERTY AND LOGISTICS ADMINISTRATION": FPLA).
      const acronym = initials(/\p{Ll}/u.test(m.surface) ? m.surface : titleCase(m.surface));
      if (!acronym || !words.has(acronym) || seen.has(`${acronym}|${m.id}`) || matcher.namesWhole(acronym)) continue;
      seen.add(`${acronym}|${m.id}`);
      out.push({ term: acronym, id: m.id, locator, acronym: true });
    }
  }
  return out;
}

/** "Customs and Border Protection collects the duties ... our team at CBP": a name run no mention covers, of three
 *  capitalised words or more with a public body's head among them (grammar/names.yaml heads; a head that ends the name or
 *  opens its "of" part makes it a body already), whose initials spell an acronym the document writes as a word of its
 *  own, is that body. Per sentence, the finds. */
export function spelledBodies(sentences: { text: string; runs: [number, number][]; mentions: { start: number; end: number }[] }[]): Found[][] {
  const words = new Set(sentences.flatMap((s) => s.text.match(/(?<![\p{L}\p{N}-])\p{Lu}{2,8}(?![\p{L}\p{N}-])/gu) ?? []));
  if (words.size === 0) return sentences.map(() => []);
  const heads = grammar().heads;
  return sentences.map(({ text, runs, mentions }) =>
    runs.flatMap(([a, b]): Found[] => {
      if (mentions.some((m) => m.start < b && a < m.end)) return [];
      const surface = text.slice(a, b);
      // A letterhead's name wholly in capitals ("FEDERAL PROPERTY AND LOGISTICS ADMINISTRATION" over a text that writes
      // "FPLA") is read in title case, its connectors in lower case.
      const name = /\p{Ll}/u.test(surface) ? surface : titleCase(surface);
      const capitals = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const acronym = initials(name);
      if (capitals.length < 3 || !acronym || !words.has(acronym) || !capitals.some((w) => heads.get(w) === 'Authority')) return [];
      return [{ start: a, end: b, surface, label: 'Authority', name, rule: 'body:spelled', score: 0.6 }];
    }),
  );
}

/** The initials of a name's capitalised words ("Office of Information and Communications Technology and
 *  Services" -> "OICTS"), none for a name of fewer than two of them. */
export function initials(name: string): string | undefined {
  const capitals = name
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    // An abbreviated legal form ("Co.,", "Ltd.") spells nothing; a written one does ("... Manufacturing Company": TSMC).
    .filter((w) => /^\p{Lu}/u.test(w) && !w.includes('.'));
  return capitals.length >= MIN_LETTERS && capitals.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? capitals.map((w) => w[0]).join('') : undefined;
}

/** A name written in capitals in title case, its connectors (grammar/names.yaml) in lower case after its first word:
 *  "FEDERAL PROPERTY AND LOGISTICS ADMINISTRATION" -> "Federal Property and Logistics Administration". */
function titleCase(name: string): string {
  const connectors = grammar().connectors;
  return name
    .split(/(\s+)/)
    .map((w, k) => {
      const lower = w.toLowerCase();
      if (k > 0 && connectors.has(lower)) return lower;
      return w.replace(/\p{L}+/gu, (x) => x.charAt(0) + x.slice(1).toLowerCase());
    })
    .join('');
}
