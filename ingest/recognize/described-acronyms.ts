// A body a text names by a lower-case description with its acronym in brackets after it: "the computer emergency
// response team for the Union's institutions, bodies and agencies (CERT-EU)". No capitalised name precedes the
// brackets, so definitions.ts (which binds a bracketed acronym to the mention before it) finds nothing to bind it to;
// the description itself is the definition. The acronym names a public body when
//   - the description is headed by a body noun (grammar/names.yaml heads: Authority, subunit, collective and
//     conditional heads, in lower case: "team", "agency", "network", "centre"), which may take one "for|of|on"
//     complement before the brackets;
//   - the letters of the acronym's first hyphenated part are the initials of the words that end with that head
//     ("CERT": computer emergency response team), so the brackets define the phrase and nothing else in it;
//   - no name the catalog knows, no term the document defines and no mention covers it.
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import type { Matcher } from './matcher.ts';

const BRACKETED = /\(\s*(\p{Lu}[\p{Lu}\p{N}]*\p{Lu}(?:-[\p{L}\p{N}]+)*)\s*\)/gu;
/** A complement of the head up to the brackets: "for the Union's institutions, bodies and agencies". */
const COMPLEMENT = /^(?:\s+(?:for|of|on)\s+[^();:.]{1,100}?)?\s*$/u;

let bodyNouns: Set<string> | undefined;
/** The body heads of grammar/names.yaml in lower case. */
function nouns(): Set<string> {
  if (!bodyNouns) {
    const g = grammar();
    bodyNouns = new Set(
      [...g.heads]
        .filter(([, kind]) => kind === 'Authority' || kind === 'subunit' || kind === 'conditional')
        .map(([w]) => w)
        .concat([...g.collectiveHeads])
        .map((w) => w.toLowerCase()),
    );
  }
  return bodyNouns;
}

/** The acronym's find when `before` (the sentence up to the brackets) ends with a description it spells. */
function described(before: string, acronym: string): boolean {
  const letters = acronym.split('-')[0].toLowerCase();
  const words = [...before.matchAll(/[\p{L}'’-]+/gu)];
  for (let h = words.length - 1; h >= letters.length - 1; h--) {
    const head = words[h];
    if (!nouns().has(head[0])) continue;
    if (!COMPLEMENT.test(before.slice(head.index + head[0].length))) return false;
    const run = words.slice(h - letters.length + 1, h + 1);
    // One run of lower-case words, nothing but spaces between them.
    const joined = before.slice(run[0].index, head.index + head[0].length);
    return /^[\p{Ll}\s-]+$/u.test(joined) && joined.split(/\s+/).length === letters.length && run.map((w) => w[0][0]).join('') === letters;
  }
  return false;
}

/** The bodies described in lower case and defined by a bracketed acronym, one find each (the first). */
export function describedAcronyms(sentences: { text: string; locator: string; mentions: Named[] }[], matcher: Matcher, defined: Set<string>): { found: Found; definition: Omit<Definition, 'id'> }[] {
  const out = new Map<string, { found: Found; definition: Omit<Definition, 'id'> }>();
  for (const { text, locator, mentions } of sentences) {
    for (const m of text.matchAll(BRACKETED)) {
      const acronym = m[1];
      const start = m.index + m[0].indexOf(acronym);
      const end = start + acronym.length;
      if (out.has(acronym) || defined.has(acronym) || matcher.namesWhole(acronym)) continue;
      if (mentions.some((x) => x.start <= start && end <= x.end)) continue;
      if (!described(text.slice(Math.max(0, m.index - 200), m.index), acronym)) continue;
      out.set(acronym, { definition: { term: acronym, locator, acronym: true }, found: { start, end, surface: acronym, label: 'Authority', name: acronym, rule: 'body:described-acronym', score: 0.6 } });
    }
  }
  return [...out.values()];
}
