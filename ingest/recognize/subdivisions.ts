// First-level subdivisions of countries (US states, provinces, Länder) from a maintained data set, not a hand list:
// ISO 3166-2 names from the npm package iso-3166 (wooorm), as written there, typed as a Jurisdiction `jur:<iso 3166-2
// code>` ("Michigan" -> jur:us-mi) with its country's code. A name is read only where it names nothing else:
//   - one subdivision only ("Limburg", "Córdoba": several), or one whose towns far outnumber the others' ("Florida":
//     the US state, not Uruguay's department; gazetteer.ts), and no country ("Georgia", "Luxembourg": countries.ts);
//   - no capital city of world-countries, nor its first words ("Washington" of "Washington D.C.", "Berlin", "Paris"):
//     texts use capitals for their governments ("five months after the listing in Washington");
//   - no word of the general language in compromise's lexicon ("Centre", "Plateau"), and, before a capitalised
//     word, no first name ("Virginia Smith");
//   - not inside a longer capitalised name ("Michigan State University" is a body's, read by bodies.ts), nor after a city
//     and a comma ("Wichita, Kansas": a dateline's or an address's place).
//   subdivision:legislature   "the Michigan legislature": a subdivision's name, then a word of grammar/names.yaml
//                             `subdivision-bodies`, is that subdivision's body (an Authority).
import { iso31662 } from 'iso-3166';
import type { Country } from 'world-countries';
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import { isCountryWord } from './countries.ts';
import type { Found } from './found.ts';
import { dominantSubdivisionCountry } from './gazetteer.ts';
import { grammar } from './grammar.ts';
import { isFirstName, singular, tagsOf } from './lexicon.ts';
import { isArtifactNoun } from './wordnet-artifacts.ts';
import type { Token } from './names.ts';

interface Subdivision {
  code: string;
  name: string;
  country: string;
}

const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region', 'Demonym']);
const MAX_WORDS = 4;

let table: Map<string, Subdivision> | undefined;
/** Every start of a name in the table that ends where a token can end (at the name's end or before a character no
 *  letter or digit): a name the loop below reads opens with its first token, so a token none starts opens none. */
let leads: Set<string> | undefined;

function leadsOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (let i = 1; i <= name.length; i++) if (i === name.length || !/[\p{L}\p{N}]/u.test(name[i])) out.add(name.slice(0, i));
  }
  return out;
}

/** Name -> the one first-level subdivision it names, by the rules above. */
function build(): Map<string, Subdivision> {
  // Each capital and its leading words ("Washington" of "Washington D.C."), once, not a pass over all capitals per name.
  const capitals = new Set<string>();
  for (const c of (worldCountries as unknown as Country[]).flatMap((x) => x.capital ?? [])) {
    capitals.add(c);
    for (let at = c.indexOf(' '); at >= 0; at = c.indexOf(' ', at + 1)) capitals.add(c.slice(0, at));
  }
  const capital = (name: string): boolean => capitals.has(name);
  const countries = new Map<string, string[]>();
  const first = iso31662.filter((s) => /^[A-Z]{2}$/.test(s.parent));
  for (const s of first) countries.set(s.name, [...(countries.get(s.name) ?? []), s.parent]);
  // A name several countries' subdivisions share is the one whose towns far outnumber the others' (gazetteer.ts).
  const named = (name: string): string | undefined => {
    const of = countries.get(name) ?? [];
    return of.length === 1 ? of[0] : dominantSubdivisionCountry(name, of);
  };
  const out = new Map<string, Subdivision>();
  for (const s of first) {
    const { name } = s;
    if (named(name) !== s.parent || name.length < 4 || !/^\p{Lu}/u.test(name) || name.split(' ').length > MAX_WORDS) continue;
    if (capital(name) || isCountryWord(name) || commonWord(name)) continue;
    out.set(name, { code: s.code.toLowerCase(), name, country: s.parent.toLowerCase() });
  }
  return out;
}

/** A one-word name the lexicon knows as a word of the general language, no place. */
function commonWord(name: string): boolean {
  if (name.includes(' ')) return false;
  const tags = tagsOf(name.toLowerCase());
  return tags.length > 0 && !tags.some((t) => PLACE_TAGS.has(t));
}

/** The one first-level subdivision a name names by the rules above (its ISO 3166-2 code and country's, lower case), or none. */
export function subdivisionNamed(name: string): { code: string; country: string } | undefined {
  table ??= build();
  const s = table.get(name);
  return s && { code: s.code, country: s.country };
}

let acting: { verb: RegExp; asideVerb: RegExp; measure: RegExp; members: RegExp } | undefined;
function actingPatterns(): NonNullable<typeof acting> {
  if (!acting) {
    const words = [...grammar().subdivisionActs].sort((a, b) => b.length - a.length).join('|');
    const measures = grammar().subdivisionMeasures.map((m) => m.replace(/ /g, '\\s+')).join('|');
    const verbGroup = `(?:(?:has|have|had|will|would|shall|also|already|now|later|then|recently|since\\s+\\d{4}|\\p{Ll}+ly)\\s+){0,3}(?:${words})\\b`;
    acting = {
      verb: new RegExp(`^(?:\\s*,[^,;.]{1,40},)?\\s+${verbGroup}`, 'u'),
      // The comma that closes an aside of members before the plural subject's verb ("states, including Florida, have banned").
      asideVerb: new RegExp(`^\\s*,\\s+${verbGroup}`, 'u'),
      measure: new RegExp(`^['’]s?\\s+(?:(?:new|own|\\d{4}|state|first)\\s+){0,2}(?:${measures})\\b`, 'iu'),
      members: new RegExp(`\\b(?:${grammar().subdivisionClasses.join('|')}),?\\s+(?:including|such\\s+as|among\\s+them|notably|like)\\s+$`, 'iu'),
    };
  }
  return acting;
}
/** A subdivision that acts as lawmaker or buyer where the text names it: the subject of a verb of names.yaml
 *  subdivision-acts right after it (past an aside in commas, adverbs and auxiliaries: "Florida, for example, has
 *  required"), or, after its possessive, a noun of its measures (subdivision-measures: "Bavaria's procurement rules"). */
function actsAsLawmaker(text: string, end: number, possessive: boolean): boolean {
  const { verb, measure } = actingPatterns();
  const after = text.slice(end, end + 120);
  return possessive ? measure.test(after) : verb.test(after);
}

/** Between two coordinated subdivisions: a comma, "and" or "or" (an Oxford comma before them). */
const COORDINATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;
/** A preposition right before a name: the name is its object, no subject ("companies in Florida and Texas have banned"). */
const GOVERNED = /\b(?:in|from|across|throughout|at|into|within|outside|near|between|to|for|with)\s+$/i;

/** The subdivisions of a sentence read one by one (findSubdivisions), each with whether it acts by its own words. */
interface Named {
  start: number;
  end: number;
  acts: boolean;
  found: (acts: boolean) => Found;
}

/** Coordinated subdivisions act together ("Florida, Texas and Mississippi have banned ...": all three, not only the one
 *  right before the verb), and so do the members an aside names of a plural of subdivisions that is the subject of such a
 *  verb (names.yaml subdivision-classes: "Several states, including Florida and Tennessee, have restricted ..."); none
 *  acts where the first is a preposition's object ("lawmakers in Florida and Texas have banned": the lawmakers'). */
function actingGroups(text: string, named: Named[]): Found[] {
  const { asideVerb, members } = actingPatterns();
  const out: Found[] = [];
  for (let i = 0; i < named.length; ) {
    let j = i;
    while (j + 1 < named.length && COORDINATOR.test(text.slice(named[j].end, named[j + 1].start))) j++;
    const group = named.slice(i, j + 1);
    const first = group[0];
    const last = group[group.length - 1];
    const before = text.slice(Math.max(0, first.start - 60), first.start);
    const governed = GOVERNED.test(before);
    const together = !governed && ((group.length > 1 && last.acts) || (members.test(before) && asideVerb.test(text.slice(last.end, last.end + 120))));
    for (const n of group) out.push(n.found(together || (!governed && n.acts)));
    i = j + 1;
  }
  return out;
}

/** `head` "of" `place`, spaced, with `head` a capitalised noun of a made thing that heads no body ("Palace", not "Bank"). */
function builtName(text: string, head: Token, of: Token, place: Token): boolean {
  if (text.slice(head.end, of.start) !== ' ' || text.slice(of.end, place.start) !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(head.t)) return false;
  return !grammar().heads.has(head.t) && isArtifactNoun(head.t.toLowerCase(), singular);
}

/** The subdivisions named in a sentence, and the bodies named after them. `tokens`: the sentence's (names.ts). */
export function findSubdivisions(text: string, tokens: Token[]): Found[] {
  table ??= build();
  leads ??= leadsOf(table.keys());
  const out: Found[] = [];
  const named: Named[] = [];
  const bodies = grammar().subdivisionBodies;
  for (let k = 0; k < tokens.length; k++) {
    if (!/^\p{Lu}/u.test(tokens[k].t)) continue;
    // Not inside a longer capitalised name: a capitalised word right before it.
    // An opener of names before it is none ("In Arkansas, ...").
    if (k > 0 && /^\p{Lu}/u.test(tokens[k - 1].t) && text.slice(tokens[k - 1].end, tokens[k].start) === ' ' && !tokens[k - 1].possessive && !grammar().openers.has(tokens[k - 1].t)) continue;
    // A token's text is the text from its start to its end (names.ts tokenize), which every name read here opens with.
    if (!leads.has(tokens[k].t)) continue;
    // "Palace of Westminster", "Museum of Florida": after "<Building> of", where the building's noun is a made thing
    // (WordNet noun.artifact) and no body's head, the place is part of the building's name, no place of its own.
    if (k > 1 && tokens[k - 1].t === 'of' && builtName(text, tokens[k - 2], tokens[k - 1], tokens[k])) continue;
    // "Wichita, Kansas", "Detroit, Michigan": after a city's name and a comma, the state is where the city lies (a dateline,
    // an address), no party.
    if (k > 1 && tokens[k - 1].t === ',' && tokens[k - 1].start === tokens[k - 2].end && tagsOf(tokens[k - 2].t.toLowerCase()).some((t) => t === 'City' || t === 'Place')) continue;
    for (let n = Math.min(MAX_WORDS, tokens.length - k); n >= 1; n--) {
      const last = tokens[k + n - 1];
      const name = text.slice(tokens[k].start, last.end);
      const s = table.get(name);
      if (!s) continue;
      const next = tokens[k + n];
      const gap = next ? text.slice(last.end, next.start) : '';
      const capitalised = next !== undefined && gap === ' ' && /^\p{Lu}/u.test(next.t);
      if (capitalised && !last.possessive) {
        if (n === 1 && isFirstName(name)) break; // "Virginia Smith"
        if (!bodies.has(next.t.toLowerCase())) break; // "Michigan State University"
      }
      const base = { start: tokens[k].start, end: last.end, surface: name, score: 0.7, jurisdiction: s.country };
      named.push({
        start: base.start,
        end: base.end,
        acts: actsAsLawmaker(text, last.end, !!last.possessive),
        found: (acts) =>
          acts ? { ...base, label: 'Authority', name: s.name, rule: 'body:subdivision-acting' } : { ...base, label: 'Jurisdiction', name: s.name, id: `jur:${s.code}`, rule: 'country:subdivision' },
      });
      if (next && gap === ' ' && !last.possessive && bodies.has(next.t.toLowerCase())) {
        const surface = text.slice(tokens[k].start, next.end);
        out.push({ ...base, end: next.end, surface, label: 'Authority', name: `${s.name} ${next.t[0].toUpperCase()}${next.t.slice(1)}`, rule: 'body:subdivision' });
      }
      k += n - 1;
      break;
    }
  }
  // In reading order, each subdivision before the body named after it, as read.
  return [...actingGroups(text, named), ...out].sort((a, b) => a.start - b.start || a.end - b.end);
}
