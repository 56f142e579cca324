// A state's government named collectively (grammar/names.yaml `government`):
//   body:government   "Chinese government", "U.S. federal government", "China's government",
//                     "Government of the Netherlands", "UK Government"; "the Federal Government" in a document of one country
//                     (its manifest jurisdiction) is that country's
//   body:administration  "the Trump Administration", "the Biden-Harris Administration": an executive word (`executive`)
//                     after the surnames of a president the document names ("President Donald J. Trump"), and "the
//                     Administration" where the document names no body of that head: the government of the document's
//                     country, not a body called so (index.ts)
// The find carries the country's code and the sub-kind `government`: the document resolves it to the
// catalog's government of that country, if the catalog has one (entities.ts), else to a body of its own.
import type { CountryHit } from './countries.ts';
import { countryName, shortCountryNames } from './countries.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

interface Patterns {
  word: RegExp;
  after: RegExp;
  before: RegExp;
  prefixed: RegExp;
  short: RegExp;
  home: RegExp;
}

let cached: Patterns | undefined;

function patterns(): Patterns {
  if (cached) return cached;
  const { word, qualifiers, statuses } = grammar().government;
  const w = `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
  const q = `(?:(?:${qualifiers.join('|')})\\s+)?`;
  // A territory's status and a short form in brackets between the name and the word ("Hong Kong Special Administrative
  // Region (HKSAR) Government", "Macao SAR Government").
  const status = `(?:\\s+(?:${statuses.map((x) => x.replace(/ /g, '\\s+')).join('|')}))?(?:\\s+\\((?<short>\\p{Lu}{2,8})\\))?`;
  const prefixes = grammar().jurisdictionPrefixes.map((p) => p.replace(/\./g, '\\.').replace(/ /g, '\\s+'));
  cached = {
    word: new RegExp(word, 'i'),
    after: new RegExp(`^(?:['’]s)?${status}\\s+${q}${w}\\b`, 'u'),
    before: new RegExp(`\\b${w}\\s+of\\s+(?:the\\s+)?$`),
    prefixed: new RegExp(`(?<![\\p{L}.])(?:${prefixes.join('|')})\\s+${q}${w}\\b`, 'gu'),
    short: new RegExp(`(?<![\\p{L}.])(${[...shortCountryNames().keys()].join('|')})\\s+${q}${w}\\b`, 'gu'),
    home: new RegExp(`(?<=\\b[Tt]he\\s+)(?:${qualifiers.map((x) => `[${x[0].toUpperCase()}${x[0]}]${x.slice(1)}`).join('|')})\\s+${w}\\b`, 'gu'),
  };
  return cached;
}

/** `home`: the country of the document ("us" for a US statute), whose government "the Federal Government"
 *  names; none for a document of no one country. */
export function findGovernments(text: string, countries: CountryHit[], home?: string): Found[] {
  const p = patterns();
  if (!p.word.test(text)) return []; // most sentences: a cheap test before the patterns
  const out: Found[] = [];
  const add = (start: number, end: number, code: string): void => {
    if (out.some((f) => f.start === start)) return;
    out.push({ start, end, surface: text.slice(start, end), label: 'Authority', name: `Government of ${countryName(code.toUpperCase())}`, rule: 'body:government', score: 0.7, kind: 'government', jurisdiction: code });
  };
  for (const h of countries) {
    if (h.codes.length !== 1) continue;
    const code = h.codes[0].toLowerCase();
    const after = p.after.exec(text.slice(h.end));
    const before = p.before.exec(text.slice(Math.max(0, h.start - 40), h.start));
    if (after) add(h.start, h.end + after[0].length, code);
    else if (before) add(h.start - before[0].length, h.end, code);
  }
  for (const m of text.matchAll(p.prefixed)) add(m.index, m.index + m[0].length, 'us');
  // "the UK Government": a country's name of two capitals (the dataset's, no word of its own elsewhere) before the word.
  for (const m of text.matchAll(p.short)) add(m.index, m.index + m[0].length, (shortCountryNames().get(m[1]) as string).toLowerCase());
  if (home) for (const m of text.matchAll(p.home)) if (!out.some((f) => f.start < m.index + m[0].length && m.index < f.end)) add(m.index, m.index + m[0].length, home);
  return out;
}

/** The country hits of a sentence with the countries the catalog names there that countries.ts does not read (an
 *  abbreviation the catalog holds: "PRC"), so that "the Government of the PRC" is found as "the Government of China" is. */
export function withCatalogCountries(hits: CountryHit[], catalog: { start: number; end: number; surface: string; label: string; id: string }[]): CountryHit[] {
  const more = catalog
    .filter((m) => m.label === 'Jurisdiction' && /^jur:[a-z]{2}$/.test(m.id) && !hits.some((h) => h.start < m.end && m.start < h.end))
    .map((m) => ({ start: m.start, end: m.end, surface: m.surface, codes: [m.id.slice(4).toUpperCase()], rule: 'country:catalog', name: countryName(m.id.slice(4).toUpperCase()) }));
  return more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits;
}

/** The government of country `code` as a find over `f`'s span (a government is found, never named, by its words). */
export function governmentAt(f: Found, code: string, rule = 'body:administration'): Found {
  return { start: f.start, end: f.end, surface: f.surface, label: 'Authority', name: `Government of ${countryName(code.toUpperCase())}`, rule, score: 0.6, kind: 'government', jurisdiction: code };
}

const PRESIDENT = /\bPresident\s+(?:(?:\p{Lu}[\p{L}'’]*\.?|\p{Lu}\.)\s+){0,3}(\p{Lu}\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu}\p{Ll})/gu;
/** The surnames of the presidents a document names ("President Donald J. Trump", "President Biden"). */
export function presidentSurnames(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) if (t.includes('President')) for (const m of t.matchAll(PRESIDENT)) out.add(m[1]);
  return out;
}

/** "the Trump Administration": a body named by president's surnames (`presidents`) and an executive word is the
 *  government of the document's country `home` in that term; so is a news report's "the Trump administration"
 *  (findAdministrations), which names nothing else. */
export function administration(f: Found, presidents: Set<string>, home?: string): Found | undefined {
  if (!home || presidents.size === 0 || f.label !== 'Authority' || (f.rule !== 'body:name-head' && f.rule !== ADMINISTRATION_CANDIDATE)) return undefined;
  const words = f.name.split(' ');
  if (words.length !== 2 || !grammar().government.executive.some((w) => w.toLowerCase() === words[1].toLowerCase())) return undefined;
  return presidents.has(words[0].split('-')[0]) ? governmentAt(f, home) : undefined;
}

export const ADMINISTRATION_CANDIDATE = 'body:administration-candidate';
/** "the Trump administration", "the Biden-Harris administration": a capitalised word (or two, hyphenated) before an
 *  executive word in lower case, as news reports write it; a candidate the document keeps only after a president of
 *  that surname (administration). */
export function findAdministrations(text: string): Found[] {
  const out: Found[] = [];
  // Each executive word found by indexOf, the surname read back from it: no expression runs over the whole sentence.
  for (const word of grammar().government.executive.map((w) => w.toLowerCase())) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (/^[\p{L}-]/u.test(text.slice(end, end + 1))) continue;
      const surname = SURNAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (!surname) continue;
      const start = at - surname[0].length;
      out.push({ start, end, surface: text.slice(start, end), label: 'Authority', name: `${surname[1]} ${word}`, rule: ADMINISTRATION_CANDIDATE, score: 0.5 });
    }
  }
  return out;
}
const SURNAME_BEFORE = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+$/u;
