// Countries, their demonyms and world regions from maintained data sets, not a hand list: names and
// aliases in English and Chinese from i18n-iso-countries, demonyms and regions from world-countries.
// A country is identified by its ISO 3166 alpha-2 code: `jur:<code>`, the id the catalog and the statute
// adapters already use for jurisdictions, so "Chinese", "China" and 中国 are one node with the catalog's.
// A surface that names several countries ("Congolese") is reported as ambiguous, never resolved by guess;
// a demonym shared with dependent territories ("American", "Dutch") goes to the one UN member among them.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import type { Country } from 'world-countries';
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import { escapeRegExp } from '../text/clean.ts';
import { AhoCorasick } from './aho-corasick.ts';
import { grammar } from './grammar.ts';
import { placeCountries } from './gazetteer.ts';
import { subdivisionNamed } from './subdivisions.ts';
import { type Token, tokenize } from './names.ts';
import { hasHan } from '../text/scripts.ts';

// The data file itself: the package's ESM entry re-exports it without an import attribute, which Node refuses.
const world = worldCountries as unknown as Country[];
countries.registerLocale(en);
countries.registerLocale(zh);

export interface CountryHit {
  start: number;
  end: number;
  surface: string;
  /** ISO alpha-2 codes: one for a resolved name, several for an ambiguous one; none for a region. */
  codes: string[];
  /** `country:name`, `country:demonym`, `country:name-zh`, `region:name`, `country:seat` (a town named as a company's seat). */
  rule: string;
  /** English short name of the country, or the region's name (a subdivision's, for a seat in one). */
  name: string;
  /** A seat in a first-level subdivision ("a Florida-based distributor"): its ISO 3166-2 code, lower case ("us-fl"); `codes`
   *  holds its country's. */
  subdivision?: string;
}

interface Entry {
  codes: string[];
  rule: string;
  plural: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const unMembers = new Set(world.filter((c) => c.unMember).map((c) => c.cca2));

function addTo(table: Map<string, Entry>, surface: string, code: string, rule: string, plural = false): void {
  if (surface.length < 3 && !hasHan(surface)) return; // two-letter codes are words ("IN", "AS")
  const e = table.get(surface);
  if (!e) table.set(surface, { codes: [code], rule, plural });
  else if (!e.codes.includes(code)) e.codes.push(code);
}

function buildTable(): Map<string, Entry> {
  const table = new Map<string, Entry>();
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const n of names) addTo(table, n, code, 'country:name');
  }
  for (const [code, names] of Object.entries(countries.getNames('zh', { select: 'all' }))) {
    for (const n of names) addTo(table, n, code, 'country:name-zh');
  }
  for (const c of world) {
    addTo(table, c.name.common, c.cca2, 'country:name');
    addTo(table, c.name.official, c.cca2, 'country:name');
    if (c.translations.zho) addTo(table, c.translations.zho.common, c.cca2, 'country:name-zh');
    for (const d of new Set([c.demonyms.eng.m, c.demonyms.eng.f])) if (d) addTo(table, d, c.cca2, 'country:demonym', true);
  }
  // Shared demonyms go to the one UN member among their countries ("American": US, not MP).
  for (const e of table.values()) {
    const members = e.codes.filter((c) => unMembers.has(c));
    if (e.codes.length > 1 && members.length === 1) e.codes = members;
  }
  for (const c of world) for (const r of [c.region, c.subregion]) if (r && !table.has(r)) table.set(r, { codes: [], rule: 'region:name', plural: false });
  return table;
}

/** Latin names by their first word (names start with a capital: a lookup at each capitalised word is
 *  far cheaper than scanning every character); Chinese names in a small automaton. */
interface Index {
  byFirstWord: Map<string, [string, Entry][]>;
  cjk: AhoCorasick<[string, Entry]>;
}

let index: Index | undefined;

/** The table, built once a process: the index and the Chinese states' alternation both read it. */
let table: Map<string, Entry> | undefined;
function countryTable(): Map<string, Entry> {
  table ??= buildTable();
  return table;
}
/** localeCompare's order (the default locale's collator), with the collator made once rather than per comparison. */
const collate = new Intl.Collator().compare;

function build(): Index {
  const byFirstWord = new Map<string, [string, Entry][]>();
  const cjk = new AhoCorasick<[string, Entry]>();
  for (const [surface, e] of countryTable()) {
    if (hasHan(surface)) {
      cjk.add(surface, [surface, e]);
      continue;
    }
    for (const form of surface.includes(' ') ? [surface] : [surface, surface.toUpperCase()]) {
      const first = form.split(/[\s-]/)[0];
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), [form, e] as [string, Entry]].sort((a, b) => b[0].length - a[0].length));
    }
  }
  return { byFirstWord, cjk: cjk.build() };
}

let statusPattern: RegExp | undefined;
const statusAfter = (): RegExp => {
  statusPattern ??= new RegExp(`^\\s+(?:${grammar().government.statuses.map((x) => escapeRegExp(x).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return statusPattern;
};

/** Country and region names in `text`, longest first where they overlap ("South Korea" over "Korea").
 *  `tokens`: the sentence's tokens, when the caller has them (names.ts). */
export function findCountries(text: string, tokens: Token[] = tokenize(text)): CountryHit[] {
  index ??= build();
  const hits: CountryHit[] = [];
  const hit = (start: number, end: number, surface: string, e: Entry): void => {
    hits.push({ start, end, surface: text.slice(start, end), codes: e.codes, rule: e.rule, name: e.codes.length === 1 ? countryName(e.codes[0]) : surface });
  };
  for (const tok of tokens) {
    const c = tok.t.charCodeAt(0);
    if (c < 65 || (c > 90 && c < 192)) continue; // not a capital
    const dash = tok.t.indexOf('-');
    const first = dash >= 0 ? tok.t.slice(0, dash) : tok.t;
    // Without a final period or "s" to drop, the word was looked up already (most capitalised words name no country).
    const forms = index.byFirstWord.get(first) ?? (first.endsWith('.') ? index.byFirstWord.get(first.slice(0, -1)) : undefined) ?? (first.endsWith('s') ? index.byFirstWord.get(first.slice(0, -1)) : undefined) ?? [];
    for (const [form, e] of forms) {
      if (!text.startsWith(form, tok.start)) continue;
      let end = tok.start + form.length;
      if (e.plural && text[end] === 's' && !WORD.test(text[end + 1] ?? ' ')) end++;
      else if (end < text.length && WORD.test(text[end])) continue;
      // "the Hong Kong Special Administrative Region", "Macao SAR": a territory's status after its name is part of it
      // (names.yaml government.statuses), as the Chinese names run on into theirs; not a demonym's.
      else if (!e.plural) end += statusAfter().exec(text.slice(end))?.[0].length ?? 0;
      hit(tok.start, end, form, e);
      break;
    }
  }
  if (hasHan(text)) for (const h of index.cjk.search(text)) hit(h.start, h.end, h.value[0], h.value[1]);
  hits.push(...seatPlaces(text));
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CountryHit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** A town named as a company's seat: "headquartered in Shenzhen", "based in San Francisco", "a Hangzhou-based
 *  maker". Only there: elsewhere a place name is as often a trade name or a street. */
const SEAT_PLACE = /\b(?:[Hh]eadquartered|[Bb]ased|[Ii]ncorporated|[Rr]egistered|[Dd]omiciled)\s+in\s+(?:the\s+city\s+of\s+)?(\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,2})|(?<![\p{L}-])(\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2})-(?:based|headquartered)\b/gu;
const SEAT_WORD = /eadquartered|ased|ncorporated|egistered|omiciled/;

/** The country of each town a seat phrase names (gazetteer.ts placeCountries; several codes for a name that
 *  stays ambiguous), as `country:seat`: the longest run of the name's words that is a place ("Palo Alto", not "Palo"); a
 *  run that is a first-level subdivision's name is that subdivision (`country:subdivision`, as subdivisions.ts reads it). */
function seatPlaces(text: string): CountryHit[] {
  if (!SEAT_WORD.test(text)) return [];
  const out: CountryHit[] = [];
  for (const m of text.matchAll(SEAT_PLACE)) {
    const run = m[1] ?? m[2];
    const words = run.split(' ');
    const at = (m.index ?? 0) + m[0].indexOf(run);
    // After "in" the place opens the run ("San Francisco Bay"); before "-based" it ends it ("The Hangzhou-based").
    for (let n = words.length; n > 0; n--) {
      const taken = m[1] ? words.slice(0, n) : words.slice(words.length - n);
      const name = taken.join(' ').replace(/[.’']+$/, '');
      const start = m[1] ? at : at + run.length - taken.join(' ').length;
      // A state or province named as a seat ("a Florida-based distributor") is that subdivision (subdivisions.ts), not a
      // town of the same name (Florida, Uruguay).
      const state = subdivisionNamed(name);
      if (state) {
        out.push({ start, end: start + name.length, surface: name, codes: [state.country.toUpperCase()], rule: 'country:subdivision', name, subdivision: state.code });
        break;
      }
      const codes = placeCountries(name);
      if (codes.length === 0) continue;
      out.push({ start, end: start + name.length, surface: name, codes, rule: 'country:seat', name: codes.length === 1 ? countryName(codes[0]) : name });
      break;
    }
  }
  return out;
}

const commonNames = new Map(world.map((c) => [c.cca2, c.name.common]));

/** The dataset's names of two capitals ("UK", "US"), which the table leaves out as words of their own: by name, the
 *  country's code. Only where the text says what they are ("the UK Government", governments.ts). */
export function shortCountryNames(): Map<string, string> {
  shortNames ??= new Map(Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([code, names]) => names.filter((n) => /^\p{Lu}{2}$/u.test(n)).map((n): [string, string] => [n, code])));
  return shortNames;
}
let shortNames: Map<string, string> | undefined;

/** The country's common English name ("China", "Iran"). */
export function countryName(code: string): string {
  return commonNames.get(code) ?? (countries.getName(code, 'en') as string | undefined) ?? code;
}

/** Every Chinese name of a country in the datasets (美国, 英国, 日本, 中华人民共和国, ...), longest first, as a regular
 *  expression's alternation: grammar/names.yaml writes it <ZH_STATE> ("英国政府", "美国企业甲公司"). */
export function cjkStateAlternation(): string {
  cjkStates ??= `(?:${[...countryTable().entries()]
    .filter(([surface, e]) => hasHan(surface) && e.codes.length > 0)
    .map(([surface]) => escapeRegExp(surface))
    .sort((a, b) => b.length - a.length || collate(a, b))
    .join('|')})`;
  return cjkStates;
}
let cjkStates: string | undefined;

/** The lower-case ISO code of a word that is one country's name or demonym ("Dutch" -> nl). */
export function countryCode(word: string): string | undefined {
  // Remembered (bounded): body and subdivision readers ask it of the same few words for every name they read.
  if (codes.has(word)) return codes.get(word);
  const hits = findCountries(word);
  const whole = hits.length === 1 && hits[0].start === 0 && hits[0].end === word.length && hits[0].codes.length === 1;
  const code = whole ? hits[0].codes[0].toLowerCase() : undefined;
  if (codes.size >= 20_000) codes.clear();
  codes.set(word, code);
  return code;
}
const codes = new Map<string, string | undefined>();

export const isCountryWord = (word: string): boolean => countryCode(word) !== undefined;

/** The abbreviations the country data carries, written as it writes them: the names all in capitals (and periods) of
 *  i18n-iso-countries ("US", "U.S.", "USA", "UK") and the alternative spellings of world-countries in three capitals or
 *  more ("UAE", "DPRK", "DRC", "RSA"); not the two-letter ISO codes each country's alternative spellings open with, which
 *  are words as often ("AI", "IT", "IN"). Read whole and in the data's case only: "us" is a pronoun. */
export function countryAbbreviations(): Set<string> {
  abbreviations ??= new Set([
    ...Object.values(countries.getNames('en', { select: 'all' })).flatMap((names) => names.filter((n) => /^[\p{Lu}.]+$/u.test(n) && /\p{Lu}.*\p{Lu}/u.test(n))),
    ...world.flatMap((c) => c.altSpellings.filter((n) => /^\p{Lu}{3,}$/u.test(n))),
  ]);
  return abbreviations;
}
let abbreviations: Set<string> | undefined;

/** Whether a word names a country as the place goods come from ("Chinese-made", "US-origin"): one country's name or
 *  demonym (isCountryWord) or an abbreviation the data carries (countryAbbreviations). */
export const isCountryOriginWord = (word: string): boolean => isCountryWord(word) || countryAbbreviations().has(word);
