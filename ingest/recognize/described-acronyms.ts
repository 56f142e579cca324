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
import { singular } from './lexicon.ts';
import { THING_SCORE } from './things.ts';
import { isArtifactNoun } from './wordnet-artifacts.ts';
import { isPersonNoun } from './wordnet-persons.ts';

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

// Things a text names by a lower-case phrase it defines an acronym for: "the supply of high-bandwidth memory (HBM)". The
// definition marks the phrase as a term of the document, so it names a thing of it when
//   - the acronym's letters (a plural's "s" aside) are the initials of the phrase's last words, a hyphenated word giving
//     one letter a part ("high-bandwidth memory": HBM), as definitions.ts fits acronyms to names;
//   - its head (the last word) heads things in the thing grammar (grammar/things.yaml heads, wordnet-heads.json), or is a
//     made thing or a substance by WordNet's lexicographer files (wordnet-artifacts.ts: "memory"), and is no company noun
//     (grammar/names.yaml company-nouns) nor a noun of persons (wordnet-persons.ts: "original equipment manufacturers
//     (OEMs)" names a class of companies; WordNet's main sense of "manufacturer" is a business, a group), nor a field head
//     (grammar/things.yaml field-heads: the grammar reads "X technology" as the field X, no thing of its own, and so
//     "information technology (IT)" names none).
// Typed as the thing grammar types its head (things.yaml heads: "systems" a Technology), else a Product. The acronym is
// bound to the phrase by definitions.ts (a bracketed acronym after the mention it fits), so its later uses are mentions.
// And where the brackets stand inside a longer phrase, before a thing's name the grammar reads ("advanced deep
// ultraviolet (DUV) immersion lithography systems"), the text has defined a term within that name: the thing is as
// salient (thingsAfterDefinitions), though the acronym, whose letters need not be the words' initials, is bound to nothing.
const BRACKETED_THING = /\(\s*(\p{Lu}[\p{Lu}\p{N}]*\p{Lu}s?)\s*\)/gu;
/** The lower-case words right before the brackets, closest last. */
const LOWER_WORDS = /(?:\p{Ll}[\p{Ll}-]*\p{Ll}\s+)+$/u;

/** The rule of a thing a document defines an acronym for (index.ts counts it as support, as a thing's own sentence). */
export const ACRONYM_THING = 'thing:acronym-defined';

let ruleHead: RegExp | undefined;
/** The text opens with a lower-case rule head (grammar/instruments.yaml named.thing-rules: "rule", "regulation"). */
function ruleHeadAfter(rest: string): boolean {
  ruleHead ??= new RegExp(String.raw`^\s+(?:${grammar().thingRules.join('|')})\b`, 'u');
  return ruleHead.test(rest);
}

/** The lower-case phrases defined by a bracketed acronym in one sentence that name things. */
export function acronymDefinedThings(text: string): Found[] {
  const g = grammar();
  const out: Found[] = [];
  for (const m of text.matchAll(BRACKETED_THING)) {
    const letters = m[1].replace(/s$/, '').toLowerCase();
    if (!/^\p{Ll}+$/u.test(letters)) continue;
    // "the foreign direct product (FDP) rule": a term defined inside a rule's name (instruments.ts acronymInsideRules),
    // no thing of its own.
    if (ruleHeadAfter(text.slice(m.index + m[0].length))) continue;
    const before = LOWER_WORDS.exec(text.slice(Math.max(0, m.index - 200), m.index));
    if (!before) continue;
    const offset = Math.max(0, m.index - 200) + before.index;
    const words = [...before[0].matchAll(/\S+/gu)];
    // The last words whose hyphenated parts number the acronym's letters.
    let parts = 0;
    let first = words.length;
    while (first > 0 && parts < letters.length) parts += words[--first][0].split('-').filter(Boolean).length;
    if (parts !== letters.length) continue;
    const run = words.slice(first);
    if (run.flatMap((w) => w[0].split('-').filter(Boolean)).map((p) => p[0]).join('') !== letters) continue;
    const head = run[run.length - 1][0];
    const label = g.thingHeads.get(head) ?? g.thingHeads.get(singular(head));
    if (g.fieldHeads.has(head) || g.companyNouns.includes(head) || isPersonNoun(head, singular) || (!label && !isArtifactNoun(head, singular))) continue;
    const start = offset + run[0].index;
    const end = offset + run[run.length - 1].index + head.length;
    const surface = text.slice(start, end);
    out.push({ start, end, surface, label: label ?? 'Product', name: surface, rule: ACRONYM_THING, score: THING_SCORE });
  }
  return out;
}

/** The things whose name starts right after a bracketed acronym that follows a lower-case word ("deep ultraviolet (DUV)
 *  immersion lithography systems"), as the document's defined things; others unchanged. */
export function thingsAfterDefinitions(text: string, things: Found[]): Found[] {
  return things.map((f) => (/\p{Ll}\s+\(\s*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}s?\s*\)\s+$/u.test(text.slice(Math.max(0, f.start - 60), f.start)) ? { ...f, rule: ACRONYM_THING } : f));
}
