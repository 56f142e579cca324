// A document's shorter name for a thing it names in full: "radio modules" after "drone radio modules", "telematics units"
// beside "telematics control units". A technology or product phrase the grammar found (not a catalog entry), of two words
// or more, whose words are, in order, words of exactly one longer thing phrase of the same document with the same head
// (singular or plural alike; the words left out no adjective), names that thing, when the document keeps that one on its
// own support: its mentions become the longer one's. A bare head ("modules") names a
// class, no short name; a phrase two longer ones could shorten ("control units" beside "telematics control units" and
// "engine control units") names neither and is reported.
import path from 'node:path';
import { z } from 'zod';
import { loadData } from '../data.ts';
import type { Ambiguity } from './entities.ts';
import { grammar } from './grammar.ts';
import { isLeadingVerb, isRegularPast, singular, suffixTag, taggedAdjective, tagsOf } from './lexicon.ts';
import { phrasePattern } from '../text/clean.ts';
import { isWordNetAdjective } from './wordnet-adjectives.ts';
import { americanSpelling } from './wordnet-spellings.ts';
import { synonymGroup } from './wordnet-synonyms.ts';

const THINGS = new Set(['Technology', 'Product']);

interface Named {
  id: string;
  label: string;
  surface: string;
}

/** Words of a phrase, lower case, its head singular; a modifier that is a noun joined by a hyphen to a past participle
 *  ("internet-connected", "network-connected") read as the participle alone (`plainParticiple`). */
function wordsOf(phrase: string): string[] {
  const w = phrase.toLowerCase().split(/\s+/);
  w[w.length - 1] = singular(w[w.length - 1]);
  for (let i = 0; i < w.length - 1; i++) w[i] = plainParticiple(w[i]);
  return w;
}

/** "internet-connected devices" beside "connected devices", "network-connected devices" beside "connected equipment": a
 *  compound modifier of a noun and a past participle says by what the goods are so, which the participle alone says of
 *  the same goods (the noun names no kind of them): the participle. Not where the first part is an adverb, a negation, an
 *  adjective or a people's name ("well-known", "non-covered", "Chinese-made": the lexicon's tags), nor a bound prefix
 *  shorter than three letters. */
function plainParticiple(word: string): string {
  const m = /^(\p{L}{3,})-(\p{L}+)$/u.exec(word);
  if (!m) return word;
  const [, first, last] = m;
  const participle = tagsOf(last).some((t) => t === 'PastTense' || t === 'Participle') || (tagsOf(last).length === 0 && isRegularPast(last));
  return participle && !tagsOf(first).some((t) => NO_AGENT.has(t)) ? last : word;
}
const NO_AGENT = new Set(['Adverb', 'Negative', 'Adjective', 'Comparative', 'Superlative', 'Demonym', 'Preposition', 'Determiner']);

/** An adjective or a participle by the lexicon or its ending ("reliable", "factory-fitted"), no noun ("drone", "video"); a
 *  word the lexicon does not know that is a regular past of a verb WordNet has, or its negation by "un" ("seized",
 *  "uncooled", "unencrypted"): a participle that describes the goods, no kind of them; or that WordNet has only as an
 *  adjective ("visible": wordnet-adjectives.ts). */
function describes(word: string): boolean {
  const w = word.split('-').pop() ?? word;
  const tags = tagsOf(w);
  if (tags.length) return tags.some((t) => DESCRIBING.has(t));
  return DESCRIBING.has(suffixTag(w) ?? '') || isRegularPast(w) || (/^un/.test(w) && isRegularPast(w.slice(2))) || isWordNetAdjective(w);
}
const DESCRIBING = new Set(['Adjective', 'Comparative', 'Superlative', 'PastTense', 'Participle']);

/** An evaluative adjective (grammar/things.yaml evaluative: "critical", "important", "high-risk") sets a narrower class
 *  apart ("critical products with digital elements" are some of the products with digital elements): the narrowed phrase
 *  and its plain one are two classes, neither the other's short name nor its description. A noun of that list
 *  ("consumer") is left out of a short name as any other noun is. */
const narrows = (word: string): boolean => grammar().evaluativeModifiers.has(word) && taggedAdjective(word);

/** `short` is `long` with words left out, the same head kept, none of them an adjective: "reliable 5G networks" describes
 *  5G networks, it names no kind of them; nor an evaluative word, which narrows the class. Or `short` is the tail of
 *  `long` and a noun is among the words left out: "telematics units" after "connected vehicle telematics units", "navigation
 *  modules" after "marine satellite navigation modules" take up the kind the noun names, whatever describes it too (where
 *  only describing words are left out, the longer phrase describes the shorter's class: describedThings); not where an
 *  evaluative word or a measure's participle is left out, which set a narrower class apart ("covered", "critical"). */
function shortens(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  const left = long.slice(0, long.length - short.length);
  if (long.slice(left.length).join(' ') === short.join(' ') && left.some((w) => !describes(w)) && !left.some((w) => narrows(w) || grammar().regulatedParticiples.has(w))) return true;
  let k = 0;
  for (const w of long) {
    if (w === short[k]) k++;
    else if (describes(w) || narrows(w)) return false;
  }
  return k === short.length;
}

/** Recognised id -> the id of the one longer thing phrase it shortens. `recognised`: ids the grammar found (the only ones
 *  re-pointed); `supported`: ids that may take them (a catalog entry, or a phrase the document keeps on its own support),
 *  or, where both are written only in the plural, any: the class is then named twice. A singular after "every", "each"
 *  or "any", or in a list they open ("every camera, video recorder and radio": `distributive`, distributiveAt), names the
 *  class as a plural does, no item. Ambiguous short names go to `ambiguities`. */
export function shortThingNames(mentions: Named[], recognised: (id: string) => boolean, supported: (id: string) => boolean, ambiguities: Ambiguity[], locator = '', distributive: (m: Named) => boolean = () => false): Map<string, string> {
  const phrases = new Map<string, { label: string; words: string[][]; plural: boolean }>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const p = phrases.get(m.id) ?? { label: m.label, words: [], plural: true };
    const w = wordsOf(m.surface);
    const last = m.surface.toLowerCase().split(/\s+/).pop() ?? '';
    if (singular(last) === last && !distributive(m)) p.plural = false;
    if (!p.words.some((x) => x.join(' ') === w.join(' '))) p.words.push(w);
    phrases.set(m.id, p);
  }
  const out = new Map<string, string>();
  // "800G optical transceivers" and "optical transceivers", each once: a class written in the plural, in full and
  // shortened, is one class named twice, which keeps it (not an item, "an X4 inspection drone", "the inspection drone").
  const named = (x: string): boolean => phrases.get(x)?.plural === true;
  const takes = (id: string, to: string): boolean => supported(to) || (named(id) && named(to));
  const several = new Map<string, { surface: string; longer: string[] }>();
  for (const [id, p] of phrases) {
    if (!recognised(id)) continue;
    const shorts = p.words.filter((w) => w.length >= 2);
    if (shorts.length === 0 || shorts.length < p.words.length) continue;
    const longer = [...phrases].filter(([other, q]) => other !== id && shorts.every((s) => q.words.some((l) => shortens(s, l)))).map(([other]) => other);
    if (longer.length === 1 && takes(id, longer[0])) out.set(id, longer[0]);
    else if (longer.length > 1) several.set(id, { surface: shorts[0].join(' '), longer });
  }
  // "battery storage systems" beside "grid-scale battery storage systems" and "grid-scale battery energy storage
  // systems": where one of the longer phrases is itself the other's short name, the two are one thing, and the shortest
  // names it; longer phrases that stay apart leave it apart, reported.
  for (const [id, { surface, longer }] of several) {
    const things = [...new Set(longer.map((x) => (longer.includes(out.get(x) ?? '') ? (out.get(x) as string) : x)))];
    if (things.length === 1 && takes(id, things[0])) out.set(id, things[0]);
    else if (things.length > 1) ambiguities.push({ surface, locator, candidates: things, why: 'a shorter name of more than one thing in this document' });
  }
  // No chains: a short name's target is itself no short name of another ("units" rules aside).
  for (const [id, to] of out) if (out.has(to)) out.delete(id);
  return out;
}

/** "every camera", "each video recorder", "any camera, video recorder or radio": a singular after a determiner that
 *  ranges over the class, or a conjunct of a list it opens, names the class (every member of it), not one item. `start`:
 *  where the mention begins in `text`. */
export function distributiveAt(text: string, start: number): boolean {
  return DISTRIBUTIVE.test(text.slice(Math.max(0, start - 120), start));
}
const LIST_ITEM_WORDS = '[\\p{L}\\p{N}-]+(?:\\s+[\\p{L}\\p{N}-]+){0,3}';
const DISTRIBUTIVE = new RegExp(`(?:^|[^\\p{L}])(?:every|each|any)\\s+(?:${LIST_ITEM_WORDS}(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+))*$`, 'iu');

/** A catalog name shortens a phrase as `shortens` says, and leaves out no adjective the lexicon knows as one: "thermal
 *  surveillance cameras" are a kind of surveillance cameras, as "industrial drones" are of drones; "network video cameras"
 *  are the catalog's network cameras, "4G/5G cellular module" its cellular module. */
function catalogShortens(short: string[], long: string[]): boolean {
  return shortens(short, long) && !long.some((w) => !short.includes(w) && taggedAdjective(w));
}

/**
 * "network video cameras" beside the catalog's "network cameras", "4G/5G cellular module" beside its "cellular module": a
 * thing phrase the grammar found whose every name of two words or more the document writes shorter with a name of
 * exactly one catalog thing, in the same document (`shortens`: nouns left out, the head kept; no describing, evaluative
 * or measure's word left out), is that thing: the document names the goods in full and by the short name the catalog
 * has, as it names a thing it found ("radio modules" after "drone radio modules", shortThingNames). Recognised id -> the
 * catalog id. Where the catalog's short name shortens two or more phrases the document names ("LTE cellular modules",
 * "5G cellular modules" beside "cellular modules"), they are kinds of it and stay apart.
 */
export function catalogShortened(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const phrases = new Map<string, string[][]>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const p = phrases.get(m.id) ?? [];
    const w = wordsOf(m.surface);
    if (!p.some((x) => x.join(' ') === w.join(' '))) p.push(w);
    phrases.set(m.id, p);
  }
  const catalog = [...phrases].filter(([id]) => !recognised(id)).map(([id, ws]) => [id, ws.filter((w) => w.length >= 2)] as const);
  const found = [...phrases].filter(([id]) => recognised(id)).map(([id, ws]) => [id, ws.filter((w) => w.length >= 2)] as const).filter(([, ws]) => ws.length > 0);
  // Each catalog thing -> the found phrases one of its names shortens.
  const shortened = new Map(catalog.map(([id, ws]) => [id, found.filter(([, fs]) => fs.some((f) => ws.some((w) => catalogShortens(w, f)))).map(([f]) => f)]));
  const out = new Map<string, string>();
  for (const [id, fs] of found) {
    const to = catalog.filter(([, ws]) => fs.every((f) => ws.some((w) => catalogShortens(w, f)))).map(([c]) => c);
    if (to.length === 1 && shortened.get(to[0])?.length === 1) out.set(id, to[0]);
  }
  return out;
}

/** A thing mention of a sentence, where the sentence has it. */
interface Placed extends Named {
  start: number;
  end: number;
}

const EquationsSchema = z.strictObject({
  links: z.array(z.string().min(1)),
  appositive: z.array(z.string().min(1)),
  bracketed: z.boolean(),
  restated: z.array(z.string().min(1)),
  'restricted-by': z.array(z.string().min(1)),
});
interface Equations {
  /** `) , also known as ` between two names. */
  linked: RegExp;
  /** `, or ` between two names, with a comma or bracket after the second. */
  appositive: RegExp;
  bracketed: boolean;
  /** `, the ` between two names, where what follows the second restricts it. */
  restated: RegExp;
  /** A relative pronoun right after a name. */
  restrictedBy: RegExp;
  /** The same links at the start of the text after a name, an acronym in brackets allowed before them. */
  linkedAt: RegExp;
  appositiveAt: RegExp;
}
let equations: Equations | undefined;
function equationGrammar(): Equations {
  if (!equations) {
    const g = loadData(path.join(import.meta.dirname, 'grammar', 'thing-equations.yaml'), EquationsSchema);
    equations = {
      linked: new RegExp(`^\\)?,?\\s+\\(?(?:${g.links.map(phrasePattern).join('|')}),?\\s+["“]?$`, 'i'),
      appositive: new RegExp(`^\\)?,\\s+(?:${g.appositive.map(phrasePattern).join('|')})\\s+$`, 'i'),
      bracketed: g.bracketed,
      restated: new RegExp(`^\\)?,\\s+(?:${g.restated.map(phrasePattern).join('|')})\\s+$`, 'i'),
      restrictedBy: new RegExp(`^\\s+(?:${g['restricted-by'].map(phrasePattern).join('|')})\\b`, 'i'),
      linkedAt: new RegExp(`^(?:\\s*\\(\\s*[\\p{Lu}\\d][\\p{L}\\d-]*\\s*\\))?,?\\s+\\(?(?:${g.links.map(phrasePattern).join('|')}),?\\s+["“]?(?=\\S)`, 'iu'),
      appositiveAt: new RegExp(`^(?:\\s*\\(\\s*[\\p{Lu}\\d][\\p{L}\\d-]*\\s*\\))?,\\s+(?:${g.appositive.map(phrasePattern).join('|')})\\s+(?=\\S)`, 'iu'),
    };
  }
  return equations;
}

/**
 * The length of an equation link that opens `after` (the text right after a thing's name, an acronym in brackets
 * allowed before it: "(UAS), commonly called "), and whether it is an appositive coordinator, which equates only where
 * a comma closes the next name; undefined where none opens there.
 */
export function equationLinkAt(after: string): { length: number; appositive: boolean } | undefined {
  const g = equationGrammar();
  const linked = g.linkedAt.exec(after);
  if (linked) return { length: linked[0].length, appositive: false };
  const appositive = g.appositiveAt.exec(after);
  return appositive ? { length: appositive[0].length, appositive: true } : undefined;
}

/** An acronym as written ("UAS", "UAVs", "LiDAR"): capitals first, no space. */
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d-]*\p{Ll}?s?$|^[\p{Lu}][\p{L}]*[\p{Lu}][\p{L}]*$/u;

/**
 * Two names of things a sentence equates ("autonomous vehicles, or self-driving cars,", "unmanned aircraft systems (UAS),
 * commonly called drones", "telematics control units, also known as telematics boxes", grammar/thing-equations.yaml)
 * are one thing: recognised id -> the id it joins. A name the grammar found (`recognised`) joins a catalog entry; of two
 * found names, the second joins the first; two catalog entries stay apart. An appositive "or" equates only where commas
 * enclose the second name and no list goes before the first ("drones, routers, or cameras," is a list); so does a name
 * restated after ", the", where a participle of making or a relative pronoun restricts it ("advanced lithography
 * systems, the photolithography machines made by X"; not "routers, the cameras and drones", nor "drones, the cameras made
 * by X, and routers").
 */
export function equatedThings(sentences: { text: string; mentions: Placed[] }[], recognised: (id: string) => boolean): Map<string, string> {
  const g = equationGrammar();
  const out = new Map<string, string>();
  const join = (from: string, to: string): void => {
    if (from === to || out.has(from)) return;
    // No cycles: what `to` already joins is the target.
    let target = to;
    for (let n = 0; out.has(target) && n < 10; n++) target = out.get(target) as string;
    if (target !== from) out.set(from, target);
  };
  for (const { text, mentions } of sentences) {
    const things = mentions.filter((m) => THINGS.has(m.label)).sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < things.length; i++) {
      const a = things[i];
      const b = things[i + 1];
      if (a.id === b.id || b.start < a.end) continue;
      const between = text.slice(a.end, b.start);
      const afterB = text.slice(b.end, b.end + 2);
      const listBefore = i > 0 && /^\)?,\s+$/.test(text.slice(things[i - 1].end, a.start));
      // Not where a list goes on after the second name's clause ("drones, the cameras made by X, and routers").
      const restricted = (): boolean =>
        (g.restrictedBy.test(text.slice(b.end)) || grammar().makingParticiples.has(/^\s+(\p{Ll}+)/u.exec(text.slice(b.end))?.[1] ?? '')) && !/,\s+(?:and|or)\s/i.test(text.slice(b.end));
      const equal =
        g.linked.test(between) ||
        (g.restated.test(between) && !listBefore && restricted()) ||
        (g.appositive.test(between) && /^\s*[,)]/.test(afterB) && !listBefore) ||
        (g.bracketed && /^\s*\(\s*$/.test(between) && /^\s*\)/.test(afterB) && !ACRONYM.test(b.surface));
      if (!equal) continue;
      if (recognised(b.id)) join(b.id, a.id);
      else if (recognised(a.id)) join(a.id, b.id);
    }
  }
  return out;
}

/**
 * "internet-connected surveillance cameras" beside "surveillance cameras": a thing phrase the grammar found whose every
 * mention is another thing's name of two words or more with describing words before it (adjectives or participles,
 * "internet-connected", "Chinese-made") describes that thing, it names no kind of it: recognised id -> that thing, when
 * exactly one thing of the document fits and either stands on its own (`supported`: a catalog entry, or a phrase the
 * document keeps on its own support; "Surveillance cameras" named once beside "internet-connected surveillance cameras
 * made by X" is one thing on the support of the longer; where both are written only in the plural, neither needs support:
 * a class named twice). A noun before it ("drone batteries" beside "lithium-ion batteries", "batteries")
 * names a kind: no match; so does a bare head ("autonomous vehicles" beside "vehicles"), a participle of a measure
 * (grammar/things.yaml regulated-participles: "covered communications equipment" is a class the law defines) and an
 * evaluative word ("important products with digital elements", a narrower class: `narrows`).
 */
export function describedThings(mentions: Named[], recognised: (id: string) => boolean, supported: (id: string) => boolean, distributive: (m: Named) => boolean = () => false): Map<string, string> {
  const phrases = new Map<string, string[][]>();
  const singularIds = new Set<string>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const p = phrases.get(m.id) ?? [];
    const w = wordsOf(m.surface);
    const last = m.surface.toLowerCase().split(/\s+/).pop() ?? '';
    if (singular(last) === last && !distributive(m)) singularIds.add(m.id);
    if (!p.some((x) => x.join(' ') === w.join(' '))) p.push(w);
    phrases.set(m.id, p);
  }
  const describedBy = (long: string[], short: string[]): boolean =>
    short.length >= 2 && long.length > short.length && long.slice(long.length - short.length).join(' ') === short.join(' ') && long.slice(0, long.length - short.length).every((w) => describes(w) && !grammar().regulatedParticiples.has(w) && !narrows(w));
  const out = new Map<string, string>();
  for (const [id, words] of phrases) {
    if (!recognised(id)) continue;
    const fits = [...phrases].filter(([other, q]) => other !== id && words.every((w) => q.some((s) => describedBy(w, s)))).map(([other]) => other);
    // Either stands on its own: the describing phrase's support is the thing's (the two are one entity). Or both are
    // written only in the plural ("indoor connected cameras" ... "Connected cameras and smart plugs"): a class named
    // twice, as shortThingNames reads a shortened class (not an item: "a weatherproof harbour camera").
    const plural = (x: string): boolean => !singularIds.has(x);
    if (fits.length === 1 && (supported(fits[0]) || supported(id) || (plural(id) && plural(fits[0]))) && !out.has(fits[0])) out.set(id, fits[0]);
  }
  return out;
}

/**
 * "removed cameras", "the finished aircraft", "seized drones": a thing phrase the grammar found whose every mention is
 * words of a step in the goods' history alone (grammar/things.yaml history-participles) before a head names the goods the
 * document names on that head, no kind of them: recognised id -> the thing the document names by the head alone ("cameras",
 * a class or a bare head taken up), where exactly one does; else the one thing it names on that head with words before it
 * ("surveillance cameras"). Where two things share the head and none is named by it alone, or none is named on it, the
 * phrase stays. The history phrases themselves are no target.
 */
export function historyThings(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const history = grammar().historyParticiples;
  const phrases = new Map<string, string[][]>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const p = phrases.get(m.id) ?? [];
    p.push(wordsOf(m.surface));
    phrases.set(m.id, p);
  }
  const historyOnly = (ws: string[][]): string | undefined => {
    const heads = new Set(ws.map((w) => (w.length >= 2 && w.slice(0, -1).every((x) => history.has(x)) ? w[w.length - 1] : '')));
    return heads.size === 1 && !heads.has('') ? [...heads][0] : undefined;
  };
  const stated = new Map<string, string>();
  for (const [id, ws] of phrases) {
    const head = recognised(id) ? historyOnly(ws) : undefined;
    if (head) stated.set(id, head);
  }
  const out = new Map<string, string>();
  for (const [id, head] of stated) {
    const others = [...phrases].filter(([other]) => other !== id && !stated.has(other));
    const bare = others.filter(([, ws]) => ws.some((w) => w.length === 1 && w[0] === head)).map(([other]) => other);
    const longer = others.filter(([, ws]) => ws.some((w) => w.length > 1 && w[w.length - 1] === head)).map(([other]) => other);
    const to = bare.length > 0 ? bare : longer;
    if (to.length === 1) out.set(id, to[0]);
  }
  return out;
}

/**
 * "inspection drones", "heavy-lift drones" beside "drones": a thing phrase the grammar found that is lower-case words
 * before the one-word common-noun name of a catalog product or technology, where the document also names that class by
 * it on its own or by another of its names (lower case: "drones", "unmanned aerial vehicles" for the entry Drones, not a
 * name), names a use, market or make of the class, which is the class (the
 * gold's convention: recognition-dev15, dev20, dev24, dev25 record such phrases as surfaces of the class; dev7's "attack
 * drones", dev13's "compound semiconductors" and dev18's "crop-spraying drones", illustrations or a kind set outside a
 * measure, are records of their own and are read as the class too): recognised id -> that entry. Read before relations,
 * so the phrase's relations are the class's. headed-phrases.ts modifierExtensions makes the same reading of an
 * unrelated tentative phrase of one word before any catalog name; here only the entry's own one-word name, not an
 * alias ("chips" is one of Semiconductors': "baseband chips" is a kind the gold keeps apart) nor a name of two words
 * ("thermal surveillance cameras" a class beside the cameras). Not a phrase a measure's participle or an evaluative
 * word opens ("covered drones", "critical drones": a class the law sets apart, `narrows`), nor one with an acronym of
 * its own, nor a model's designation ("X4 inspection drone"). A generic head ("vehicles", "modules") is no catalog
 * class: "connected vehicles" beside "vehicles" stays two.
 */
export function extendedCatalogThings(mentions: Named[], recognised: (id: string) => boolean, ownAcronym: (id: string) => boolean, nameOf: (id: string) => string): Map<string, string> {
  const classes = new Map<string, Set<string>>();
  for (const m of mentions) {
    // By the one-word name, or by another of the entry's names in lower case ("unmanned aerial vehicles" for Drones): the
    // document names the class as such either way.
    if (!THINGS.has(m.label) || recognised(m.id) || !/^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)*$/u.test(m.surface)) continue;
    const head = singular(nameOf(m.id).toLowerCase());
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) continue;
    classes.set(head, (classes.get(head) ?? new Set()).add(m.id));
  }
  const targets = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!THINGS.has(m.label) || !recognised(m.id) || ownAcronym(m.id)) continue;
    const w = wordsOf(m.surface);
    const ids = w.length >= 2 && USE_WORDS.test(m.surface) ? classes.get(w[w.length - 1]) : undefined;
    const opens = w.slice(0, -1).some((x) => grammar().regulatedParticiples.has(x) || narrows(x));
    const t = targets.get(m.id) ?? new Set<string>();
    // A mention of the phrase on another head, or on a head two entries share, spoils it.
    t.add(ids?.size === 1 && !opens ? [...ids][0] : '');
    targets.set(m.id, t);
  }
  const out = new Map<string, string>();
  for (const [id, t] of targets) if (t.size === 1 && !t.has('')) out.set(id, [...t][0]);
  return out;
}
/** Words in lower case (the first letter may open a sentence), perhaps hyphenated, then the head: no model's designation
 *  ("X4 inspection drone") or brand. */
const USE_WORDS = /^\p{L}\p{Ll}*(?:-\p{Ll}+)*(?: \p{Ll}+(?:-\p{Ll}+)*)+$/u;

/**
 * "cyber-security cameras" beside "cybersecurity cameras", "anti-drone systems" beside "antidrone systems", "fibre optic
 * cables" beside "fiber-optic cables": thing names the document spells apart only by hyphens or spaces between their
 * letters or by a word's British and American spelling (wordnet-spellings.ts; the head singular), or by which of a group
 * of prefixes of one sense a compound modifier opens with ("counter-drone systems" beside "anti-drone systems":
 * grammar/things.yaml same-sense-prefixes; a part with another after it, never a word alone), are one thing:
 * recognised id -> the catalog entry among them if there is exactly one, else the first named. Two catalog entries stay
 * apart.
 */
export function spelledAlike(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const byKey = new Map<string, string[]>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const prefixes = grammar().sameSensePrefixes;
    const parts = wordsOf(m.surface).flatMap((w) => w.split(/[-‐‑–]/));
    const key = parts
      // "counter-drone" is "anti-drone": a prefix of one sense with a part after it (things.yaml same-sense-prefixes).
      .map((w, i) => (i < parts.length - 1 ? (prefixes.get(w) ?? w) : w))
      .map(americanSpelling)
      .join('')
      .replace(/['’\s]/g, '');
    const ids = byKey.get(key) ?? [];
    if (!ids.includes(m.id)) ids.push(m.id);
    byKey.set(key, ids);
  }
  return oneNodePerGroup(byKey.values(), recognised);
}

/**
 * "small unmanned aircraft" beside "drones", "mobile phones" beside "cellular telephones": thing names WordNet gives as
 * names of one made thing (wordnet-synonyms.ts: lemmas of one synset, each its first made-thing sense) are one thing of
 * the document, though the text never says so: recognised id -> the catalog entry among them if there is exactly one,
 * else the first named. A name is looked up whole (lower case, head singular), and with describing words before it
 * left out ("small unmanned aircraft"); a name WordNet lacks says nothing; a thing whose names fall in two groups is in
 * neither. Two catalog entries stay
 * apart, and a hypernym is no synonym ("passenger cars" and "motor vehicles", "drones" and "aircraft" stay two).
 */
export function synonymThings(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const groups = new Map<string, Set<number>>();
  const order: string[] = [];
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    if (!groups.has(m.id)) {
      order.push(m.id);
      groups.set(m.id, new Set());
    }
    const w = wordsOf(m.surface);
    // Describing words before the name ("small", "Chinese-made") leave its class as it is; not down to a head alone
    // ("body-worn cameras", "outdoor cameras" are no name of the class "cameras").
    let k = 0;
    while (k < w.length - 2 && describes(w[k]) && synonymGroup(w.slice(k).join(' ')) === undefined) k++;
    const g = synonymGroup(w.slice(k).join(' '));
    // A name WordNet does not have ("aircraft" alone, "inspection drones") says nothing either way.
    if (g !== undefined) groups.get(m.id)?.add(g);
  }
  const byGroup = new Map<number, string[]>();
  for (const id of order) {
    const g = [...(groups.get(id) as Set<number>)];
    if (g.length === 1) byGroup.set(g[0], [...(byGroup.get(g[0]) ?? []), id]);
  }
  return oneNodePerGroup(byGroup.values(), recognised);
}

/**
 * "unmanned aircraft components" beside "drone components", "mobile phone chargers" beside "cellphone chargers": thing
 * names on one head (singular or plural alike) whose words before it are two names WordNet gives one made thing
 * (wordnet-synonyms.ts, as synonymThings reads whole names), or two names of one catalog entry the phrase covers
 * ("unmanned aircraft system components" beside "drone components": `inner`), are one thing: the parts or chargers of
 * that thing, whichever of its names the text puts before them; the catalog decides where it has those words.
 * Describing words before those words leave the class as it is ("foreign-made unmanned aircraft components"); an
 * evaluative word or a measure's participle sets a narrower class apart ("covered", "critical"). A name neither has
 * before the head ("aircraft", a hypernym, or "harbour sensor") says nothing; a thing whose names fall in two groups is
 * in neither. Recognised id -> the catalog entry among them if there is exactly
 * one, else the first named; two catalog entries stay apart.
 */
export function synonymCompounds(mentions: (Named & { inner?: Named[] })[], recognised: (id: string) => boolean): Map<string, string> {
  // Per thing: the catalog entries and the WordNet groups its names put before their head, or spoilt by a narrowing word.
  const keys = new Map<string, { catalog: Set<string>; wordnet: Set<string>; spoilt: boolean }>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const own = keys.get(m.id) ?? { catalog: new Set<string>(), wordnet: new Set<string>(), spoilt: false };
    keys.set(m.id, own);
    const w = wordsOf(m.surface);
    if (w.length < 2) continue;
    const head = w[w.length - 1];
    // The catalog entry whose name the words from `k` to the head are, and their WordNet group.
    const catalogAt = (k: number): string | undefined => {
      const modifier = w.slice(k, -1).join(' ');
      return (m.inner ?? []).find((x) => THINGS.has(x.label) && !recognised(x.id) && wordsOf(x.surface).join(' ') === modifier)?.id;
    };
    const groupAt = (k: number): number | undefined => synonymGroup(w.slice(k, -1).join(' '));
    let k = 0;
    while (k < w.length - 2 && describes(w[k]) && !narrows(w[k]) && !grammar().regulatedParticiples.has(w[k]) && catalogAt(k) === undefined && groupAt(k) === undefined) k++;
    if (w.slice(0, k + 1).some((x) => narrows(x) || grammar().regulatedParticiples.has(x))) {
      own.spoilt = true;
      continue;
    }
    const known = catalogAt(k);
    const g = groupAt(k);
    // A modifier neither knows names no group: the name stands for itself, so it spoils none.
    if (known !== undefined) own.catalog.add(`@${known} ${head}`);
    if (g !== undefined) own.wordnet.add(`${g} ${head}`);
  }
  // Things joined where they share a key, catalog or WordNet ("drone components", "unmanned aircraft system components"
  // by the catalog; "unmanned aircraft components" by WordNet's drone), each with one key of each kind at most.
  const root = new Map<string, string>();
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r) as string;
    return r;
  };
  const byKey = new Map<string, string>();
  const order: string[] = [];
  for (const [id, k] of keys) {
    if (k.spoilt || k.catalog.size > 1 || k.wordnet.size > 1 || k.catalog.size + k.wordnet.size === 0) continue;
    root.set(id, id);
    order.push(id);
    for (const key of [...k.catalog, ...k.wordnet]) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, id);
      else root.set(find(id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of order) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return oneNodePerGroup(groups.values(), recognised);
}

/** Generic heads that name the same goods, whichever the text writes ("IoT products", "IoT devices"; "drone components",
 *  "drone parts"): each set one head. Not "systems", "software", "services", "networks", "technologies": other things. */
const GOODS_HEADS = new Set(['product', 'device', 'equipment', 'good', 'goods', 'item', 'article', 'hardware']);
const PART_HEADS = new Set(['component', 'part']);

/**
 * "IoT products" beside "IoT devices", "telematics devices" beside "telematics hardware", "onboard camera systems" beside
 * "onboard cameras": thing names that differ only in a generic head of goods (GOODS_HEADS, PART_HEADS), or where one adds
 * "systems" or "units" after a head of things the other is written on ("camera systems", "marine radar units" are the
 * cameras, the radars; a unit on the head alone may be people's, "drone units"; describing words before
 * them left out as describedThings leaves them: "visible surveillance camera systems"), are one thing: recognised id ->
 * the catalog entry among them if there is exactly one, else the first named. Two catalog entries stay apart; a name on
 * another head stays ("IoT services", "IoT networks"), as does a system on a head of its own ("battery storage systems"
 * beside "batteries": "storage" heads no thing).
 */
export function genericVariants(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const keys = new Map<string, Set<string>>();
  const order: string[] = [];
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    if (!keys.has(m.id)) {
      order.push(m.id);
      keys.set(m.id, new Set());
    }
    const w = wordsOf(m.surface);
    if (w.length < 2) continue;
    const head = w[w.length - 1];
    const cls = GOODS_HEADS.has(head) ? '#goods' : PART_HEADS.has(head) ? '#part' : undefined;
    if (cls) keys.get(m.id)?.add([...w.slice(0, -1), cls].join(' '));
    // "surveillance camera systems", "marine radar units": a generic head after a head of things names those things.
    else if ((head === 'system' || head === 'unit') && w.length >= 3 && grammar().thingHeads.get(w[w.length - 2])) {
      let k = 0;
      while (k < w.length - 3 && describes(w[k]) && !narrows(w[k]) && !grammar().regulatedParticiples.has(w[k])) k++;
      keys.get(m.id)?.add(w.slice(k, -1).join(' '));
    } else keys.get(m.id)?.add(w.join(' '));
  }
  const byKey = new Map<string, string[]>();
  for (const id of order) for (const k of keys.get(id) ?? []) byKey.set(k, [...(byKey.get(k) ?? []), id]);
  return oneNodePerGroup(byKey.values(), recognised);
}

/**
 * "sonar units" beside "sonar transducers", "lidar units" beside "lidar sensors": a thing phrase the grammar found whose
 * every name is words that end in a head of things (no generic one) and then "unit(s)" names a whole device of that
 * thing; where the document names exactly one thing by those same words and another head of things ("lidar sensors"),
 * and never names the thing by those words alone, the units are that thing: recognised id -> it. Where it names two
 * ("sonar transducers", "sonar receivers") the units name neither; where it names the words alone ("drones" beside "drone
 * units"), "units" may be the thing's own or people's (a military unit), as genericVariants leaves them.
 */
export function deviceUnits(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const g = grammar();
  const names = new Map<string, string[][]>();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const w = wordsOf(m.surface);
    const all = names.get(m.id) ?? [];
    if (!all.some((x) => x.join(' ') === w.join(' '))) all.push(w);
    names.set(m.id, all);
  }
  const specific = (head: string): boolean => head !== 'unit' && g.thingHeads.get(head) !== undefined && !g.genericHeads.has(head);
  const out = new Map<string, string>();
  for (const [id, ws] of names) {
    if (!recognised(id)) continue;
    const words = new Set(ws.map((w) => (w.length >= 2 && w[w.length - 1] === 'unit' && specific(w[w.length - 2]) ? w.slice(0, -1).join(' ') : '')));
    if (words.size !== 1 || words.has('')) continue;
    const [before] = words;
    const alone = [...names.values()].some((xs) => xs.some((x) => x.join(' ') === singular(before) || x.join(' ') === before));
    const on = [...names].filter(([other, xs]) => other !== id && xs.some((x) => x.length >= 2 && x.slice(0, -1).join(' ') === before && specific(x[x.length - 1])));
    if (!alone && on.length === 1) out.set(id, on[0][0]);
  }
  return out;
}

/** A thing mention with where the document has it: its sentence's index and its place there. */
interface Ordered extends Named {
  sentence: number;
  start: number;
}

/**
 * "the modules" after "cellular IoT modules", "batteries" in a text that names only "lithium-ion batteries": a bare head
 * the grammar read as a thing (one word, plural: a class) takes up the one thing of the document named on that head
 * (singular or plural alike) with words before it, where the document names exactly one, and names it first: recognised
 * id -> that thing. Where two or more things share the head ("connected vehicles", "electric vehicles") the head names
 * the class, and stays. So does a head of things and "systems" after it, nothing before ("cable systems" after
 * "undersea cables"), which takes up the one thing named before it on that head that the document keeps on its own
 * support (`supported`; no generic head: "device systems").
 */
export function bareHeads(mentions: Ordered[], recognised: (id: string) => boolean, supported: (id: string) => boolean = () => true): Map<string, string> {
  const bare = new Map<string, { head: string; first: [number, number]; system: boolean }>();
  const longer = new Map<string, Map<string, [number, number]>>();
  const before = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const g = grammar();
  for (const m of mentions) {
    if (!THINGS.has(m.label)) continue;
    const w = wordsOf(m.surface);
    // "cable systems" after "undersea cables": the head of things and "systems" after it, nothing before, name the things
    // on that head as the bare head does (a system of cables is the cables laid; genericVariants reads "systems" after
    // a head the same way where words go before both).
    const system = w.length === 2 && w[1] === 'system' && /^\p{Ll}[\p{Ll}-]* systems$/u.test(m.surface) && g.thingHeads.has(w[0]) && !g.genericHeads.has(w[0]) && recognised(m.id);
    const head = system ? w[0] : w[w.length - 1];
    const at: [number, number] = [m.sentence, m.start];
    if (system || (w.length === 1 && recognised(m.id) && /s$/i.test(m.surface) && !/\p{Lu}/u.test(m.surface.slice(1)))) {
      const b = bare.get(m.id);
      if (!b || before(at, b.first)) bare.set(m.id, { head, first: at, system });
    } else if (w.length > 1) {
      const byId = longer.get(head) ?? new Map<string, [number, number]>();
      const was = byId.get(m.id);
      if (!was || before(at, was)) byId.set(m.id, at);
      longer.set(head, byId);
    }
  }
  const out = new Map<string, string>();
  for (const [id, b] of bare) {
    // A system of things takes up the one thing the document keeps (on its own support) named on its head before it,
    // whatever kinds come after ("optical fiber cable" further on is no system the text spoke of), and whatever phrase
    // named once goes ("a submarine cable that is cut", "spare cable").
    const on = [...(longer.get(b.head) ?? new Map<string, [number, number]>())].filter(([other, at]) => other !== id && (!b.system || (before(at, b.first) && supported(other))));
    if (on.length === 1 && before(on[0][1], b.first)) out.set(id, on[0][0]);
  }
  return out;
}

/** A bare head's mention that takes up a thing named before: where it is, and the thing. */
export interface TakenUp {
  sentence: number;
  start: number;
  id: string;
}

/** Determiners that point back to things named before: "such controllers", "these modules", "the cameras". */
const POINTING_BACK = /(?:^|[^\p{L}])(?:the|these|those|such)\s+$/iu;

/**
 * "a second supplier of such controllers" after "SX-40 e-scooter controllers", "imports of such modules" after "cellular
 * vehicle-to-everything modules": a bare head the grammar read as a thing (one word, plural), after a determiner that
 * points back, takes up the thing named last before it on that head with words before it (singular or plural alike), in
 * this sentence or an earlier one, however many kinds the document names on the head: the mention is that thing's. Where
 * none was named before, it stays.
 * Without a determiner, in the paragraph that named one thing on the head before it ("The Agency banned buoy controllers
 * made by X. The ban covers controllers that other firms sell"), the bare head goes on speaking of that thing, as a reader
 * reads it: the mention is that thing's (`paragraph`: the sentence's paragraph). Not where the paragraph named two kinds
 * on the head before it, nor after a word that widens or sets it apart ("other", "all", "any", "non-", "categories of":
 * CONTRASTED), nor
 * in a sentence that opposes it to the class at large ("in general", "generally").
 */
export function takenUpHeads(sentences: { text: string; mentions: Placed[]; paragraph?: string }[], recognised: (id: string) => boolean): TakenUp[] {
  const last = new Map<string, string>();
  /** Per head, the paragraph the kinds on it were named in and their ids. */
  const inParagraph = new Map<string, { paragraph: string; ids: Set<string> }>();
  const out: TakenUp[] = [];
  sentences.forEach(({ text, mentions, paragraph }, i) => {
    for (const m of [...mentions].filter((x) => THINGS.has(x.label)).sort((a, b) => a.start - b.start)) {
      const w = wordsOf(m.surface);
      const head = w[w.length - 1];
      if (w.length > 1) {
        last.set(head, m.id);
        if (paragraph !== undefined) {
          const was = inParagraph.get(head);
          inParagraph.set(head, was?.paragraph === paragraph ? { paragraph, ids: was.ids.add(m.id) } : { paragraph, ids: new Set([m.id]) });
        }
      } else if (recognised(m.id) && /s$/.test(m.surface) && m.surface === m.surface.toLowerCase()) {
        const before = text.slice(Math.max(0, m.start - 12), m.start);
        const to = POINTING_BACK.test(before) ? last.get(head) : continuedIn(inParagraph.get(head), paragraph, text.slice(Math.max(0, m.start - 24), m.start), text);
        if (to && to !== m.id) out.push({ sentence: i, start: m.start, id: to });
      }
    }
  });
  return out;
}

/** Words before a bare head that widen it past the thing named or set it apart from it: "other cameras", "all cameras",
 *  "certain categories of cameras" (the class with its kinds). */
const CONTRASTED = /(?:^|[^\p{L}])(?:(?:other|all|any|every|most|many|some|no|non)[\s-]+|(?:kinds?|types?|categories|category|class(?:es)?|sorts?|forms?) of\s+)$/iu;
/** A sentence that opposes the bare head to the class at large. */
const AT_LARGE = /\b(?:in general|generally|as a class|of any kind)\b/i;

/** The one thing named on the head earlier in this paragraph, which a bare head without a determiner goes on naming. */
function continuedIn(named: { paragraph: string; ids: Set<string> } | undefined, paragraph: string | undefined, before: string, text: string): string | undefined {
  if (paragraph === undefined || named?.paragraph !== paragraph || named.ids.size !== 1 || CONTRASTED.test(before) || AT_LARGE.test(text)) return undefined;
  return [...named.ids][0];
}

/** Support rules of a list's items: a conjunct of a class of things, a member a class lists (things.ts, members.ts). */
const LIST_ITEM = new Set(['thing:coordinated', 'thing:member']);

/**
 * "the parts: modules, sensors, flight controllers and batteries", "drone parts such as flight controllers, cameras and
 * batteries", in a text that names "cellular IoT modules", "surveillance cameras", "lithium-ion batteries" elsewhere: a bare
 * head the grammar read only as an item of lists (one word, plural) names the general class of the kinds the document
 * names on that head, no thing of its own, and is no node: the ids of such heads. A bare head with no kind on it in the
 * document ("routers, security cameras and smart meters") stays, as does one the text names otherwise ("a ban on
 * vehicles").
 */
export function listedClassHeads(mentions: (Ordered & { via: string })[], recognised: (id: string) => boolean): Set<string> {
  const kinds = new Set<string>();
  const bare = new Map<string, { head: string; listOnly: boolean }>();
  for (const m of mentions) {
    // The singular of a class ("a camera", singular-classes.ts) is read from the class, no other name of it.
    if (!THINGS.has(m.label) || m.via === 'thing:singular') continue;
    const w = wordsOf(m.surface);
    const head = w[w.length - 1];
    if (w.length > 1) kinds.add(head);
    // An entity with any other mention (a phrase, a name, a capitalised word) is no bare head.
    const only = w.length === 1 && recognised(m.id) && /s$/.test(m.surface) && m.surface === m.surface.toLowerCase() && LIST_ITEM.has(m.via);
    bare.set(m.id, { head, listOnly: (bare.get(m.id)?.listOnly ?? true) && only });
  }
  return new Set([...bare].filter(([, b]) => b.listOnly && kinds.has(b.head)).map(([id]) => id));
}

/** A thing mention with the catalog names its phrase covers. */
interface Covering extends Named {
  inner?: Named[];
}

/**
 * "VCS hardware" beside "vehicle connectivity systems (VCS)", "5G networks": a phrase the grammar found of an acronym and
 * one generic head (grammar/things.yaml acronym-kind-heads: "hardware", "software", "networks", "systems") adds nothing to
 * the acronym but the kind of thing it is, as a field head does ("IoT technologies"): it names the one technology or
 * product the document writes with that acronym, or the catalog name its phrase covers. Recognised id -> that thing,
 * where every mention of the phrase names the same one.
 */
export function acronymKinds(mentions: Covering[], recognised: (id: string) => boolean): Map<string, string> {
  const generic = grammar().acronymKindHeads;
  const byAcronym = new Map<string, Set<string>>();
  // "TCU hardware" beside "telematics control units (TCUs)": an acronym's plural is the acronym.
  const bare = (a: string): string => a.replace(/(?<=[\p{Lu}\d])s$/u, '');
  for (const m of mentions) if (THINGS.has(m.label) && ACRONYM.test(m.surface) && /\p{Lu}/u.test(m.surface)) byAcronym.set(bare(m.surface), (byAcronym.get(bare(m.surface)) ?? new Set()).add(m.id));
  const labelOf = new Map(mentions.flatMap((m) => [[m.id, m.label], ...(m.inner ?? []).map((x): [string, string] => [x.id, x.label])]));
  const targets = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!THINGS.has(m.label) || !recognised(m.id)) continue;
    const parts = /^(\S+) (\p{Ll}+)$/u.exec(m.surface);
    const first = parts?.[1];
    // "HTM devices", "USV equipment" beside "harbour telemetry modules (HTMs)", "unmanned surface vessels (USVs)": a generic
    // head of goods after the acronym of goods names those goods; after a technology's ("HMN devices" beside "harbour
    // mesh networking (HMN)") it names the devices that use it, another class.
    const goods = parts !== null && !generic.has(parts[2]) && GOODS_HEADS.has(singular(parts[2]));
    const to = first && ACRONYM.test(first) && /\p{Lu}/u.test(first) && (generic.has(parts[2]) || goods) ? [...(m.inner ?? []).filter((x) => THINGS.has(x.label) && x.surface === first).map((x) => x.id), ...(byAcronym.get(first) ?? [])] : [];
    const one = new Set(to.filter((id) => id !== m.id && (!goods || labelOf.get(id) === 'Product')));
    const t = targets.get(m.id) ?? new Set<string>();
    // A mention of the phrase that names none, or two, spoils it.
    t.add(one.size === 1 ? [...one][0] : '');
    targets.set(m.id, t);
  }
  const out = new Map<string, string>();
  for (const [id, t] of targets) if (t.size === 1 && !t.has('')) out.set(id, [...t][0]);
  return out;
}

/** A determiner that points back, right before a head written alone: "the controller", "these meters", "such units",
 *  "withdraw both trackers" (not "both" that opens a coordination, "both meters and relays": BOTH_COORDINATED). */
const POINTING_BACK_BEFORE = /(?<![\p{L}\p{N}-])(?:the|this|these|those|such|both)\s+$/iu;
const BOTH_BEFORE = /(?<![\p{L}\p{N}-])both\s+$/iu;
const BOTH_COORDINATED = /^\s*,?\s+(?:and|or|as\s+well\s+as)\b/i;
/** Words after which a plural head written alone, with no determiner, is a verb's or a preposition's object, or a clause's
 *  subject, no word of a longer phrase: "prohibit utilities from installing inverters", "standards for chargers",
 *  "found that modules of the same model ..." (a quantifier or an adjective before it, "other inverters", "new chargers",
 *  says which ones: no such word here). */
const BARE_AFTER = /(?<![\p{L}\p{N}-])(?:of|for|in|on|from|with|to|into|about|over|under|by|including|at|against|between|like|that)\s+$/iu;

/** A head's mention that takes up a thing named before: its sentence, its place there, the thing. */
export interface HeadMention {
  sentence: number;
  start: number;
  end: number;
  surface: string;
  id: string;
  label: string;
}

/**
 * "The controller is connected to a cellular modem" after "the charge controller", "requires the meter and its display to
 * be approved" after "A certified energy meter": a head of things written alone in lower case (a head of the grammar, no
 * generic one: "the system", "the devices" name things of every kind), after a determiner that points back ("both" before
 * a plural head that opens no coordination: "ordered X to withdraw both trackers") and modifying no
 * noun after it (`modifiesNext`; nor a head after it: "the controller board"), takes up the one thing the document named
 * before it on that head with words before it (singular or plural alike), in an earlier sentence or before it in its own:
 * a mention of that thing, where no mention covers the word. A text names a thing once in full and then by its head, as
 * it takes up a company by its short name; where two or more things were named before on the head ("public chargers",
 * "fast charger"), the head names neither, and where none was, it stays a word. The class named by the head alone in
 * the plural ("applies to vehicles", no item of a list) counts as one of them: "the vehicle" after "vehicles" and
 * "automated vehicles" may be any vehicle.
 */
export function definiteHeads(sentences: { text: string; mentions: (Placed & { via?: string })[] }[], modifiesNext: (text: string, end: number) => boolean, classNamed: (head: string) => boolean = () => false): HeadMention[] {
  const g = grammar();
  // head (singular) -> the things named on it so far, by id with their label.
  const named = new Map<string, Map<string, string>>();
  const note = (m: Placed & { via?: string }): void => {
    if (!THINGS.has(m.label)) return;
    const w = wordsOf(m.surface);
    // The class itself, named by its head alone in the plural ("applies to vehicles"), is a thing named on the head too
    // (not an item of a list, which may name only the kinds the document names: listedClassHeads).
    if (w.length < 2 && !(/^\p{Ll}[\p{Ll}-]*s$/u.test(m.surface) && !LIST_ITEM.has(m.via ?? ''))) return;
    const on = named.get(w[w.length - 1]) ?? new Map<string, string>();
    on.set(m.id, m.label);
    named.set(w[w.length - 1], on);
  };
  const out: HeadMention[] = [];
  sentences.forEach(({ text, mentions }, i) => {
    const ordered = [...mentions].sort((a, b) => a.start - b.start);
    let k = 0;
    for (const hit of text.matchAll(/(?<![\p{L}\p{N}-])\p{L}[\p{Ll}-]*\p{Ll}(?![\p{L}\p{N}-])/gu)) {
      const start = hit.index;
      const end = start + hit[0].length;
      while (k < ordered.length && ordered[k].end <= start) note(ordered[k++]);
      // A capital only where the sentence opens: "Modules in cars are already covered".
      if (/^\p{Lu}/u.test(hit[0]) && start > 0) continue;
      const word = hit[0].toLowerCase();
      if (!g.thingHeads.has(word) || g.genericHeads.has(word)) continue;
      const lead = text.slice(Math.max(0, start - 16), start);
      if (!POINTING_BACK_BEFORE.test(lead.slice(-8)) && (classNamed(singular(word)) || !headAlone(text, start, word, lead, mentions))) continue;
      if (BOTH_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && (singular(word) === word || BOTH_COORDINATED.test(text.slice(end)))) continue;
      const next = /^ (\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(end))?.[1];
      if (modifiesNext(text, end) || (next !== undefined && g.thingHeads.has(next))) continue;
      if (mentions.some((x) => x.start < end && start < x.end)) continue;
      const on = named.get(singular(word));
      if (on?.size !== 1) continue;
      const [[id, label]] = [...on];
      out.push({ sentence: i, start, end, surface: word, id, label });
    }
    while (k < ordered.length) note(ordered[k++]);
  });
  return out;
}

/**
 * Where no determiner points back, a head written alone still takes up the thing named before on it: the goods of a
 * company named right before it ("The Quanwei modules were seized", "inventory Tianmu and Zhejiang Ruishi cameras": the
 * company's goods of the kind the text is about, singular or plural), and a plural head that opens the sentence or
 * follows a preposition, "that" or a verb that governs it ("installing inverters", "Modules in cars are covered"). Not
 * where the document makes the class itself a thing of its own by the head ("our drones and modules" read as items,
 * "vehicle type" naming the class vehicle): without a determiner the head then names that class (`classNamed`).
 */
function headAlone(text: string, start: number, word: string, lead: string, mentions: Placed[]): boolean {
  if (mentions.some((x) => x.label === 'Company' && x.end <= start && /^\s+$/.test(text.slice(x.end, start)))) return true;
  if (singular(word) === word) return false;
  if (start === 0 || BARE_AFTER.test(lead)) return true;
  const prev = /(\p{L}+)\s+$/u.exec(lead)?.[1];
  return prev !== undefined && isLeadingVerb(prev);
}

/**
 * "EV chargers" beside "electric vehicle chargers", "IoT devices" beside "Internet of Things devices", "cellular AI chips"
 * beside "cellular artificial intelligence chips": a thing phrase with an acronym among its words (capitals, perhaps a
 * lower-case letter between them, "IoT"; no digit) names the thing another phrase of the document names with words whose
 * initials spell it in that place, every other word the same (the head singular); the document writes the one thing both
 * ways, with no definition between them. The words' initials spell the acronym's letters in order, a function word ("of",
 * "and") giving its letter or none ("information and communications technology": ICT; "Internet of Things": IoT), a
 * hyphenated word a letter per part or one. Recognised id of the acronym's phrase -> the spelled-out phrase (recognised or
 * the catalog's), where every mention of it points to one. Two spelled-out phrases, or none, leave it alone.
 */
export function spelledOutThings(mentions: Named[], recognised: (id: string) => boolean): Map<string, string> {
  const things = mentions.filter((m) => THINGS.has(m.label));
  const phrases = new Map<string, string[]>();
  for (const m of things) phrases.set(`${m.id}\u0000${m.surface}`, m.surface.split(/\s+/));
  const targets = new Map<string, Set<string>>();
  for (const m of things) {
    if (!recognised(m.id)) continue;
    const w = m.surface.split(/\s+/);
    const a = w.findIndex((x) => SPELLABLE.test(x));
    if (a < 0 || w.length < 2 || w.findIndex((x, i) => i > a && SPELLABLE.test(x)) >= 0) continue;
    const letters = w[a].replace(/s$/, '').toLowerCase();
    const [pre, post] = [w.slice(0, a).map(lower), w.slice(a + 1).map(lower)];
    const to = new Set<string>();
    for (const [key, W] of phrases) {
      const id = key.slice(0, key.indexOf('\u0000'));
      if (id === m.id || W.length < w.length + 1) continue;
      const low = W.map(lower);
      const middle = low.slice(pre.length, low.length - post.length);
      if (pre.some((x, i) => low[i] !== x) || post.some((x, i) => !sameWord(low[low.length - post.length + i], x, i === post.length - 1))) continue;
      if (middle.length >= 2 && spells(middle, letters)) to.add(id);
    }
    const t = targets.get(m.id) ?? new Set<string>();
    t.add(to.size === 1 ? [...to][0] : '');
    targets.set(m.id, t);
  }
  const out = new Map<string, string>();
  for (const [id, t] of targets) if (t.size === 1 && !t.has('')) out.set(id, [...t][0]);
  return out;
}
/** An acronym that words can spell: two to six capitals, perhaps one lower-case letter between them ("IoT"), perhaps a
 *  plural "s"; no digit ("5G") or hyphen ("C-V2X"). */
const SPELLABLE = /^(?=(?:\p{Lu}\p{Ll}?){1,5}\p{Lu}s?$)[\p{L}]{2,8}$/u;
const SPELLING_FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'to', 'or', 'in', 'on']);
const lower = (x: string): string => x.toLowerCase();
/** Two words of a phrase the same, the head's number aside. */
const sameWord = (a: string, b: string, head: boolean): boolean => a === b || (head && singular(a) === singular(b));
/** The words' initials spell `letters` in order: a function word gives its letter or none, a hyphenated word one letter or
 *  one per part; every content word gives one. */
function spells(words: string[], letters: string): boolean {
  const go = (i: number, j: number): boolean => {
    if (i === words.length) return j === letters.length;
    const word = words[i];
    if (SPELLING_FUNCTION_WORDS.has(word)) return (j < letters.length && letters[j] === word[0] && go(i + 1, j + 1)) || go(i + 1, j);
    const parts = word.split('-').filter(Boolean);
    if (j < letters.length && letters[j] === word[0] && go(i + 1, j + 1)) return true;
    return parts.length > 1 && parts.every((p, k) => letters[j + k] === p[0]) && go(i + 1, j + parts.length);
  };
  return go(0, 0);
}

/** Names of one thing, grouped: each recognised id of a group of two or more -> the group's catalog entry if it has
 *  exactly one, else its first named; a group with two catalog entries keeps them apart, and an id already joined in an
 *  earlier group stays there. */
function oneNodePerGroup(groups: Iterable<string[]>, recognised: (id: string) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  for (const ids of groups) {
    if (ids.length < 2) continue;
    const known = ids.filter((id) => !recognised(id));
    if (known.length > 1) continue;
    const target = known[0] ?? ids[0];
    for (const id of ids) if (id !== target && recognised(id) && !out.has(id)) out.set(id, target);
  }
  return out;
}
