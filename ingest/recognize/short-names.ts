// The short names a document uses for a company it has named in full with its legal form, without defining
// them: "Hongqiao Semiconductor Co., Ltd." is later "Hongqiao Semiconductor" and "Hongqiao", "Larkspur Mobility
// Inc." is "Larkspur Mobility". Reports, unlike rules and orders, rarely write "(Hongqiao)" after the name.
//   - the name without its legal form (the Company heads of grammar/names.yaml, "Co., Ltd.", "Inc.", "GmbH") is
//     one, when it keeps two words or more, or its one word is unknown to the lexicon ("General Motors", not
//     "General"; "Target Corporation" gives no "Target");
//   - a shorter leading part ("Shenwei Auto-Link", "Shenwei") is one only when the name's first word is unknown
//     to compromise's lexicon, a coined word ("China Mobile Communications Co." gives no "China Mobile"), and the
//     part ends on no connector; so is that of a coined name without a legal form that the text shows to be a
//     company's ("Tianlan Aerospace Technology, a Shenzhen-based maker of drones" is later "Tianlan");
//   - a name that opens with a place before a coined word is named from that word on ("Hangzhou Hikvision Digital
//     Technology" is "Hikvision"; the place known to compromise or, a word it does not know, a Chinese one to the gazetteer:
//     "Quanzhou Ruida Trading Company" is "Ruida Trading"); a name written in capitals is shortened as written in title
//     case ("SHENZHEN MINGTAI ELECTRONICS CO., LIMITED" is "Mingtai Electronics"), as the text writes it after;
//     several short names coordinated in one name run ("made by Shenwei and Hongqiao") are each read (index.ts
//     insideLongerName).
// A body named "<head> of <Domain>" is named "the <domain> <head>" too, for the heads of grammar/names.yaml
// inverted-heads ("Ministry of Commerce": "China's commerce ministry"), and "Treasury" for the "Department of the Treasury"
// (a domain names.yaml lists as self-named); a department's one-word domain names it alone where it stands as a party,
// "Commerce initiated an investigation", "Commerce also revised" (departmentDomains). A body named with one word of its
// state before "<head> of|for|on <Domain>" is named without it ("Valdmark Ministry of Trade": "Ministry of Trade"), as is
// one a country's word opens before "<Domain> <head>" ("Norwegian Maritime Authority": "Maritime Authority";
// unprefixedNames).
// A short name the catalog knows is not taken ("Huawei Device Co., Ltd." gives no "Huawei"); one that two
// companies of the document share binds neither (bindTerms), and a term the document defines wins.
import type { Definition, Named } from './definitions.ts';
import { grammar } from './grammar.ts';
import { cjkStateAlternation, countryCode, isCountryWord } from './countries.ts';
import { countryBodyNames } from './country-bodies.ts';
import { isChinesePlace } from './gazetteer.ts';
import { subdivisionNamed } from './subdivisions.ts';
import { isAdverb, isPastVerb, isPlaceName, isPresentVerb, tagsOf } from './lexicon.ts';
import { isInflectedVerb } from './names.ts';
import type { Matcher } from './matcher.ts';
import { HAN, hasHan } from '../text/scripts.ts';

/** A legal form, or a corporate-form word ("Group") ending a name read as a company's. */
const isLegalForm = (word: string): boolean => ['Company', 'corporate'].includes(grammar().heads.get(word) ?? '');

type Sentences = { locator: string; mentions: Named[] }[];

/** The short names of the companies the sentences name in full, as definitions of the document. */
export function companyShortNames(sentences: Sentences, matcher: Matcher, texts: readonly string[] = []): Definition[] {
  // A company read from the words around it under a short name of another the document names in full ("Veldry
  // Semiconductor appealed" after "Veldry Semiconductor Co., Ltd.") is that company: its short names are no second one's.
  // Each short name maps to the companies it shortens, so a mention is one lookup, not a pass over every company.
  const shortenedBy = new Map<string, Set<string>>();
  for (const { mentions } of sentences) {
    for (const n of mentions) {
      if (n.label !== 'Company') continue;
      for (const short of shortNames(n.surface)) {
        const ids = shortenedBy.get(short) ?? new Set<string>();
        shortenedBy.set(short, ids.add(n.id));
      }
    }
  }
  const shortOfOther = (m: Named): boolean => [...(shortenedBy.get(m.surface) ?? [])].some((id) => id !== m.id);
  const own = sentences.map((s) => ({ ...s, mentions: s.mentions.filter((m) => m.label !== 'Company' || !shortOfOther(m)) }));
  return sharedShortNames([...undefinedNames(own, matcher, 'Company', shortNames), ...placeWordNames(own, matcher)], own, texts);
}

/**
 * "Harrow" for "Harrow Aerial Services LLC": a company's name that opens with the name of a first-level subdivision
 * (ISO 3166-2, subdivisions.ts: "Harrow", a London borough) is named by those words alone where the document names no
 * place of that subdivision's country otherwise (no country, people or other subdivision of it, and the words themselves
 * read as a place only): the document's own company outranks a data set's place it gives no other sign of, as a term it
 * defines does. "Texas Instruments" in a text that names Ohio or the United States gives no "Texas".
 */
function placeWordNames(sentences: Sentences, matcher: Matcher): Definition[] {
  const candidates: (Definition & { country: string })[] = [];
  const places: { country: string; surface: string }[] = [];
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label === 'Jurisdiction' && m.id.startsWith('jur:')) places.push({ country: m.id.slice(4).split('-')[0], surface: m.surface.replace(/['’]s$/u, '') });
      if (m.label !== 'Company' || hasHan(m.surface)) continue;
      const words = m.surface.split(/\s+/);
      for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
        const term = words.slice(0, k).join(' ');
        const s = subdivisionNamed(term);
        if (!s) continue;
        if (!matcher.namesWhole(term) && !candidates.some((c) => c.term === term && c.id === m.id)) candidates.push({ term, id: m.id, locator, acronym: false, country: s.country });
        break;
      }
    }
  }
  return candidates.filter((c) => !places.some((p) => p.country === c.country && p.surface !== c.term)).map(({ country: _, ...d }) => d);
}

/**
 * A short name two companies share ("Veltra" of "Veltra Motors AG" and of its joint venture "Veltra Huadong Automotive
 * Co., Ltd.") names the one the text never calls by a longer short name, where each other one it does call so ("Veltra
 * Huadong" written on its own): a writer who names a joint venture or a subsidiary after its parent keeps its longer
 * name to tell the two apart, and the bare word is the parent's. Otherwise it stays shared and binds neither
 * (bindTerms).
 */
function sharedShortNames(defs: Definition[], sentences: Sentences, texts: readonly string[]): Definition[] {
  const ids = new Map<string, Set<string>>();
  for (const d of defs) ids.set(d.term, (ids.get(d.term) ?? new Set<string>()).add(d.id));
  const shared = [...ids].filter(([, s]) => s.size > 1);
  if (shared.length === 0 || texts.length === 0) return defs;
  const full = new Map<string, Set<string>>();
  for (const { mentions } of sentences) for (const m of mentions) if (m.label === 'Company') full.set(m.id, (full.get(m.id) ?? new Set<string>()).add(m.surface));
  const count = (name: string): number => texts.reduce((n, t) => n + (t.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0), 0);
  // Written on its own: more often than inside the full names that hold it, the company's or another's ("Veltra Aviation"
  // inside "Veltra Aviation USA Inc." is not written on its own).
  const fullNames = [...new Set([...full.values()].flatMap((f) => [...f]))];
  const onItsOwn = (name: string): boolean => count(name) > fullNames.filter((f) => f !== name && f.includes(name)).reduce((n, f) => n + count(f), 0);
  // A national subsidiary named after its parent, the word, perhaps more, then a country ("Veltra Aviation USA Inc.",
  // "Veltra (Hong Kong) Limited" beside "Shenzhen Veltra Aviation Co., Ltd."): a writer names the subsidiary by its
  // country to tell it from the parent, and the bare word is the parent's.
  const national = (term: string, id: string): boolean =>
    [...(full.get(id) ?? [])].some((f) => {
      const at = f.indexOf(`${term} `);
      if (at < 0) return false;
      const words = f.slice(at + term.length + 1).replace(/[()]/g, '').split(/\s+/);
      return words.some((w, k) => !!countryCode(w) || (k + 1 < words.length && !!countryCode(`${w} ${words[k + 1]}`)));
    });
  const owner = new Map<string, string>();
  for (const [term, s] of shared) {
    const longer = (id: string): boolean => defs.some((d) => d.id === id && d.term !== term && d.term.startsWith(`${term} `) && onItsOwn(d.term));
    const plain = [...s].filter((id) => !longer(id) && !national(term, id));
    if (plain.length === 1) owner.set(term, plain[0]);
  }
  return defs.filter((d) => !owner.has(d.term) || owner.get(d.term) === d.id);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a document uses, undefined, for a body it names "<head> of <Domain>" with a head a text may write after
 *  its domain (grammar/names.yaml inverted-heads): "Ministry of Commerce" -> "commerce ministry", "Commerce
 *  Ministry" ("China's commerce ministry"). None the catalog knows ("Commerce Department" is already its own). */
export function invertedBodyNames(sentences: Sentences, matcher: Matcher): Definition[] {
  // "The Ministry of Trade" after the "Valdmark Ministry of Trade" is read first as a body of its own: it is the one whose
  // name it shortens, and its own inverted names ("Trade Ministry") are no second body's.
  // A body written after its state's possessive ("Russia's Ministry of Defence") is named as written without the state, as
  // the "British Ministry of Defence" is after it: with two states, that name binds neither.
  const shortenedBy = new Map<string, Set<string>>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Authority') continue;
      for (const short of [...unprefixedNames(m.surface), ...countryBodyNames(m.surface), ...headStemNames(m.surface), ...(m.possessor ? [m.surface] : [])]) shortenedBy.set(short, (shortenedBy.get(short) ?? new Set<string>()).add(m.id));
    }
  }
  const shortOfOther = (m: Named): boolean => {
    const ids = shortenedBy.get(m.surface.replace(/^[Tt]he\s+/, '')) ?? new Set<string>();
    return ids.size === 1 && !ids.has(m.id);
  };
  const own = sentences.map((s) => ({ ...s, mentions: s.mentions.filter((m) => m.label !== 'Authority' || !shortOfOther(m)) }));
  const possessed = sentences.flatMap(({ locator, mentions }) => mentions.filter((m) => m.label === 'Authority' && m.possessor && !matcher.namesWhole(m.surface)).map((m) => ({ term: m.surface, id: m.id, locator, acronym: false })));
  return [...possessed, ...undefinedNames(own, matcher, 'Authority', (name) => [...invertedNames(name), ...unprefixedNames(name), ...countryBodyNames(name), ...headStemNames(name)])];
}

/** "Select Committee" for the "House Select Committee on the Strategic Competition Between the United States and the
 *  Chinese Communist Party": a body named "<words> <word> <head> on|of|for <domain>" (an Authority head of
 *  grammar/names.yaml and a head link, two capitalised words or more before the head) is named by the word before its
 *  head and the head alone, as a report writes a long name once and its stem after. Not where the words before the head
 *  are a state's ("United States Department of ..."), nor a head among them; two bodies left with one stem bind neither
 *  (bindTerms), and a name the catalog knows is not taken. */
export function headStemNames(name: string): string[] {
  const words = name.trim().replace(/^[Tt]he\s+/, '').split(/\s+/);
  const g = grammar();
  const at = words.findIndex((w, k) => k >= 2 && g.heads.get(w) === 'Authority' && g.headLinks.has(words[k + 1] ?? ''));
  if (at < 0 || at + 2 >= words.length || !/^\p{Lu}/u.test(words[at + 2] === 'the' ? (words[at + 3] ?? '') : words[at + 2])) return [];
  const before = words.slice(0, at);
  if (!before.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.heads.has(w) && !g.titles.has(w) && !g.jurisdictionPrefixes.includes(w))) return [];
  // "United States Department of ...", "People's Republic ...": a state's name or word among them is no stem of a body.
  if (before.some((_, j) => before.slice(j).some((__, k) => isCountryWord(before.slice(j, j + k + 1).join(' '))))) return [];
  return [`${words[at - 1]} ${words[at]}`];
}

/** "the entity list" after "the Entity List", "firms on the unverified list" after "the Unverified List": a list the
 *  document names with capitals (an instrument whose name ends in "List", two words or more) is named in lower case too,
 *  undefined; a lower-case list the document never names with capitals stays a class or nothing ("The entity list is
 *  long"), but after a verb of listing (instruments.ts lowerCaseLists). */
export function lowerCaseListNames(sentences: Sentences, matcher: Matcher): Definition[] {
  return undefinedNames(sentences, matcher, 'Law', (name) => (LISTED.test(name) ? [name.replace(/^[Tt]he\s+/, '').toLowerCase()] : []));
}
const LISTED = /^(?:[Tt]he\s+)?\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,4}\s+List$/u;

/** "its unreliable entity list", "a national entity list": the lower-case name of a list the document names with capitals
 *  (lowerCaseListNames) right after a lower-case word that is no function word (a determiner, possessive, pronoun,
 *  preposition or conjunction) nor an adjective the lexicon knows ("the new entity list", "the same entity list"): a
 *  word of a longer name, as news wires write lists in lower case ("China's unreliable entity list"), so another list
 *  (as 不可靠实体清单 is not 实体清单: instrument-references.ts). A capitalised word ("Commerce's entity list", "U.S.
 *  entity list") says whose list it is. */
export function listModified(text: string, start: number): boolean {
  const word = /(?:^|[^\p{L}'’])(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!word) return false;
  const tags = tagsOf(word);
  return !tags.some((t) => LIST_MODIFIER_OK.has(t));
}
const LIST_MODIFIER_OK = new Set(['Determiner', 'Possessive', 'Pronoun', 'Preposition', 'Conjunction', 'Adjective', 'Comparable', 'Superlative', 'Adverb', 'Copula', 'Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Modal', 'Auxiliary']);

/** "Ministry of Trade" for the "Norwegian Ministry of Trade", "Council of Trade" for the "Valdmark Council of Trade" and
 *  the "Ministry of Trade of Valdmark": a
 *  body named "<one word> <head> of|for|on <domain>" (an Authority head of grammar/names.yaml and a head link) is named
 *  from its head on, as a report writes the state's word once and leaves it off after. The word before the head is a
 *  country's (or its people's), a public qualifier ("Federal", "National"), a state prefix ("U.S.") or a word the
 *  lexicon does not know (a state's own name); not another noun ("Export Office of ..." keeps its word). Two bodies
 *  left with the same name bind neither (bindTerms); a name the catalog knows is not taken. */
export function unprefixedNames(name: string): string[] {
  const words = name.trim().replace(/^[Tt]he\s+/, '').split(/\s+/);
  const g = grammar();
  // "Ministry of Commerce of the People's Republic of China" -> "Ministry of Commerce": a body named "<head> of|for|on
  // <domain> of [the] <country>" is named without its state, as a notice signed with the full name calls it in its text.
  const stateAt = words.findIndex((w, k) => k >= 3 && w === 'of' && isCountryWord(words.slice(k + 1).filter((x, i) => i > 0 || x !== 'the').join(' ')));
  if (stateAt > 0 && g.heads.get(g.titles.get(words[0]) ?? words[0]) === 'Authority' && g.headLinks.has(words[1]) && /^\p{Lu}/u.test(words[2] === 'the' ? (words[3] ?? '') : words[2])) {
    return [words.slice(0, stateAt).join(' ')];
  }
  // "Norwegian Maritime Authority" -> "Maritime Authority": a country's word (or a state prefix) before a name of two
  // words or more that ends on a body's head and opens with a capitalised word that is no head.
  const first = words[0].replace(/['’]s$/, '');
  if (words.length >= 3 && g.heads.get(words[words.length - 1]) === 'Authority' && (isCountryWord(first) || g.jurisdictionPrefixes.includes(first)) && /^\p{Lu}/u.test(words[1]) && !g.heads.has(words[1]) && !g.connectors.has(words[1])) {
    return [words.slice(1).join(' ')];
  }
  if (words.length < 4) return [];
  const prefix = words[0].replace(/['’]s$/, '');
  // "the Norwegian Minister of Fisheries" (bodies.ts statedTitle) names the "Ministry of Fisheries" too.
  const head = g.titles.get(words[1]) ?? words[1];
  if (g.heads.get(head) !== 'Authority' || !g.headLinks.has(words[2]) || !/^\p{Lu}/u.test(words[3] === 'the' ? (words[4] ?? '') : words[3])) return [];
  const state = isCountryWord(prefix) || g.publicQualifiers.has(prefix) || g.jurisdictionPrefixes.includes(prefix) || (tagsOf(prefix).length === 0 && !g.openers.has(prefix));
  return state && /^\p{Lu}/u.test(prefix) && !g.heads.has(prefix) ? [[head, ...words.slice(2)].join(' ')] : [];
}

/** "the ministry", "the bureau": a news report's name for the one body of that head it names in full ("China's Ministry
 *  of Commerce said ... In October the ministry put X on the list"), lower case after "the"; none for a head two bodies
 *  of the document share ("the office" with two offices named, or a catalog body named by its acronym, "the FCC", and
 *  another commission), none the document defines or the catalog knows. */
export function headNounNames(sentences: Sentences, matcher: Matcher): Definition[] {
  const byHead = new Map<string, { id: string; locator: string }[]>();
  // A catalog body named by its acronym alone ("the FCC") is a body of its name's head too ("the commission" in a text
  // that names the FCC and the Securities and Exchange Commission is either).
  const names = catalogNames(matcher);
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Authority') continue;
      const name = names.get(m.id);
      const head = authorityHead(m.surface) ?? cjkHead(m.surface) ?? (name ? authorityHead(name) : undefined);
      if (!head) continue;
      const seen = byHead.get(head) ?? [];
      if (!seen.some((x) => x.id === m.id)) byHead.set(head, [...seen, { id: m.id, locator }]);
    }
  }
  return [...byHead].flatMap(([head, [first, ...others]]) =>
    others.length ? [] : (hasHan(head) ? [head] : [`the ${head}`, `The ${head}`]).filter((term) => !matcher.namesWhole(term)).map((term) => ({ term, id: first.id, locator: first.locator, acronym: false })),
  );
}


/** The matcher's bodies' names by id, once per matcher. */
function catalogNames(matcher: Matcher): Map<string, string> {
  let names = namesOf.get(matcher);
  if (!names) {
    names = new Map(matcher.entities.filter((e) => e.label === 'Authority').map((e) => [e.id, e.name]));
    namesOf.set(matcher, names);
  }
  return names;
}
const namesOf = new WeakMap<Matcher, Map<string, string>>();

/** A Chinese body's head (grammar/names.yaml cjk-body-heads) that ends its longer name: 不可靠实体清单工作机制 -> 工作机制,
 *  which then names it alone where it is the document's one body of that head ("工作机制决定…"). */
function cjkHead(name: string): string | undefined {
  return grammar().cjkBodyHeads.find((h) => name.length > h.length && name.endsWith(h));
}

/** The lower-case head noun of a body's name: "Ministry of Commerce" -> "ministry", "Federal Communications
 *  Commission" -> "commission"; none for a name whose head is no public body's (grammar/names.yaml heads). */
export function authorityHead(name: string): string | undefined {
  const words = name.trim().split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  const isHead = (w: string | undefined): boolean => !!w && grammar().heads.get(w) === 'Authority';
  const i = words.findIndex((w, k) => isHead(w) && grammar().headLinks.has(words[k + 1] ?? ''));
  const head = i >= 0 ? words[i] : isHead(words[words.length - 1]) ? words[words.length - 1] : undefined;
  return head?.toLowerCase();
}

/** "Commerce" for the "Department of Commerce", named in full or by its head's title ("Secretary of Commerce"): a
 *  department of grammar/names.yaml `domain-heads` whose domain is one word is named by that word alone, as a news
 *  report or a fact sheet writes "Commerce initiated an investigation". Only where the word stands as a party
 *  (standsAsParty); none the catalog knows. */
export function departmentDomains(sentences: Sentences, matcher: Matcher): Definition[] {
  const named = undefinedNames(sentences, matcher, 'Authority', domainOf);
  return [...named, ...catalogDomains(sentences, matcher, new Set(named.map((d) => d.term)))];
}

/** "Commerce issued its final determinations", "Commerce started new cases" in a text that never names the department
 *  in full (a transcript, a wire report): the one catalog department whose one-word domain it is, in a document that
 *  names a body of that department's state (the catalog's jurisdiction) and no other body "of <domain>" ("China's
 *  Ministry of Commerce" keeps "Commerce" its own). Where the word stands as a party only, as above (the caller's
 *  standsAsParty). Its locator is the document's first sentence: a known department needs no first mention. */
function catalogDomains(sentences: Sentences, matcher: Matcher, taken: Set<string>): Definition[] {
  const first = sentences[0]?.locator;
  if (first === undefined) return [];
  const byDomain = catalogDepartments(matcher);
  const states = new Set<string>();
  const ofDomain = new Set<string>();
  for (const { mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== 'Authority') continue;
      const j = matcher.entities.find((e) => e.id === m.id)?.jurisdiction;
      if (j) states.add(j);
      const of = /\bof\s+(?:the\s+)?(\p{Lu}\p{Ll}+)$/u.exec(m.surface.trim());
      if (of) ofDomain.add(`${of[1]}|${m.id}`);
    }
  }
  const out: Definition[] = [];
  for (const [term, bodies] of byDomain) {
    if (taken.has(term) || bodies.length !== 1 || matcher.namesWhole(term)) continue;
    const [body] = bodies;
    if (!body.jurisdiction || !states.has(body.jurisdiction)) continue;
    if ([...ofDomain].some((k) => k.startsWith(`${term}|`) && k !== `${term}|${body.id}`)) continue;
    out.push({ term, id: body.id, locator: first, acronym: false });
  }
  return out;
}

/** The catalog's departments by their one-word domain ("Commerce" -> the U.S. Department of Commerce), once per matcher. */
function catalogDepartments(matcher: Matcher): Map<string, { id: string; jurisdiction?: string }[]> {
  let out = departmentsOf.get(matcher);
  if (!out) {
    out = new Map();
    for (const e of matcher.entities) {
      if (e.label !== 'Authority') continue;
      const words = new Set([e.name, ...e.surfaces.map((s) => s.text)].flatMap(domainOf));
      for (const w of words) {
        const seen = out.get(w) ?? [];
        if (!seen.some((x) => x.id === e.id)) out.set(w, [...seen, { id: e.id, jurisdiction: e.jurisdiction }]);
      }
    }
    departmentsOf.set(matcher, out);
  }
  return out;
}
const departmentsOf = new WeakMap<Matcher, Map<string, { id: string; jurisdiction?: string }[]>>();

export function domainOf(name: string): string[] {
  // Every Authority mention of every document asks, for the same few names: remembered by name (bounded); most have no "of".
  if (!name.includes(' of ') && !INVERTED_DEPARTMENT.test(name)) return [];
  let d = domains.get(name);
  if (d === undefined) {
    d = Object.freeze(readDomain(name)) as string[];
    if (domains.size >= 10_000) domains.clear();
    domains.set(name, d);
  }
  return d;
}
const domains = new Map<string, string[]>();

/** "Commerce Department", "the U.S. Commerce Department": a department named with its one-word domain first, as news
 *  writes it; named by the domain alone as the full name is ("Commerce blacklists ..."). */
const INVERTED_DEPARTMENT = /^(?:the\s+)?(?:U\.S\.\s+)?(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/iu;

function readDomain(name: string): string[] {
  const inverted = INVERTED_DEPARTMENT.exec(name.trim());
  if (inverted && /^\p{Lu}/u.test(inverted[1]) && grammar().domainHeads.has(inverted[2])) return [inverted[1]];
  const m = /^(?:the\s+)?(\p{Lu}\p{L}+)\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)$/u.exec(name.trim());
  if (!m) return [];
  const g = grammar();
  const head = g.titles.has(m[1]) ? g.titles.get(m[1]) : m[1];
  return head && g.domainHeads.has(head) ? [m[2]] : [];
}

const DETERMINED = /\b(?:the|a|an|each|every|any|such|this|that|these|those|no|other|its|their|our|one|every)\s+$/i;
const ACTS = new Set(['PastTense', 'PresentTense', 'Modal', 'Copula', 'Verb', 'Auxiliary']);
/** A department's domain word alone names it only as a party: its possessor ("Commerce's Bureau"), the subject of a
 *  verb ("Commerce initiated", "Commerce will"), or a preposition's object at a phrase's end ("a petition filed with
 *  Commerce."); never after a determiner ("the State", "each State") or before a noun it modifies ("State
 *  governments", "Energy efficiency"). */
export function standsAsParty(text: string, start: number, end: number): boolean {
  if (DETERMINED.test(text.slice(Math.max(0, start - 10), start))) return false;
  const after = text.slice(end);
  if (/^['’]s\s/u.test(after)) return true;
  // "Commerce also revised", "Treasury today designated": adverbs between the word and its verb; a verb's past form the
  // lexicon does not tag, read from its WordNet stem (names.ts isInflectedVerb: "revised", "designated"; no adjective).
  const words = /^((?:\s+\p{Ll}+){1,3})/u.exec(after)?.[1].trim().split(/\s+/) ?? [];
  let k = 0;
  while (k < words.length - 1 && k < 2 && (isAdverb(words[k]) || tagsOf(words[k]).includes('Date'))) k++;
  const next = words[k];
  if (next) return tagsOf(next).some((t) => ACTS.has(t)) || (next.endsWith('ed') && (isPastVerb(next) || isInflectedVerb(next[0].toUpperCase() + next.slice(1)))) || presentAct(after, next);
  return /\b(?:by|with|at|from|to)\s+$/.test(text.slice(Math.max(0, start - 6), start)) && /^\s*(?:[,.;:)]|$)/.test(after);
}

/** A verb's present form after the word, as a wire's timeline writes it ("Commerce blacklists DJI", "Treasury sanctions
 *  two firms"): one the lexicon does not tag, or a plural noun's spelling ("bans", "sanctions") only where an object
 *  follows it (a determiner, a capitalised name or a number), so "Energy prices rose" stays a noun phrase. */
function presentAct(after: string, next: string): boolean {
  if (!next.endsWith('s') || !isPresentVerb(next)) return false;
  const tags = tagsOf(next);
  if (tags.length === 0) return true;
  if (!tags.includes('Plural')) return false;
  const rest = after.slice(after.indexOf(next) + next.length);
  return /^\s+(?:(?:the|a|an|two|three|several|dozens|its|their)\b|\p{Lu}|\d)/u.test(rest);
}

/** The names `namesOf` derives from each mention of `label`, once per name and entity, none the catalog knows. */
function undefinedNames(sentences: Sentences, matcher: Matcher, label: string, namesOf: (surface: string) => string[]): Definition[] {
  const out: Definition[] = [];
  const seen = new Set<string>();
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (m.label !== label) continue;
      for (const term of namesOf(m.surface)) {
        const key = `${term}|${m.id}`;
        if (seen.has(key) || matcher.namesWhole(term)) continue;
        seen.add(key);
        out.push({ term, id: m.id, locator, acronym: false });
      }
    }
  }
  return out;
}

/** "Ministry of Commerce" -> ["Commerce Ministry", "commerce ministry"]; "Department of the Treasury" (or its head's title,
 *  "Secretary of the Treasury") also -> "Treasury", a domain that names the body alone (grammar/names.yaml self-named); a domain of two words too ("Ministry of
 *  Foreign Affairs" -> "Foreign Affairs Ministry"), not one joined by "and"; a state's word before the head is kept
 *  before the inverted form and left out of it ("Valdmark Ministry of Commerce" -> "Valdmark Commerce Ministry",
 *  "Commerce Ministry"); none for another form. */
export function invertedNames(name: string): string[] {
  // The state's word may be a possessive ("China's Ministry of Commerce": "the Commerce Ministry" after it).
  const m = /^(?:[Tt]he\s+)?(?:(?!The\s)(\p{Lu}[\p{L}.]+(?:['’]s)?)\s+)?(\p{Lu}\p{L}+)\s+(?:of|for)\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)$/u.exec(name.trim());
  if (!m) return [];
  // "Secretary of the Treasury", "Minister of Trade": a title names the body its head heads (grammar/names.yaml titles), so
  // the body's inverted names and its self-named domain name it too ("Treasury", "Trade Ministry").
  // A ranked official's ("Deputy Secretary of ...") is left alone.
  const head = grammar().titles.get(m[2]) ?? m[2];
  if (!grammar().invertedHeads.has(head) || (head !== m[2] && m[1] !== undefined && grammar().titleRanks.has(m[1]))) return [];
  const [, state, , domain] = m;
  return [
    `${domain} ${head}`,
    `${domain.toLowerCase()} ${head.toLowerCase()}`,
    ...(state ? [`${state} ${domain} ${head}`] : []),
    ...(grammar().selfNamed.has(domain) ? [domain] : []),
  ];
}

/** A word the lexicon does not know, capitalised, that opens no clause: a coined name. */
const coinedWord = (w: string): boolean => tagsOf(w).length === 0 && /^\p{Lu}/u.test(w) && !grammar().openers.has(w);

/** A registered name's order, its place first, then a coined trade name ("Hangzhou Hikvision ...", "Quanzhou Ruida ..."):
 *  the place a country's word, or a place compromise knows or, a word it does not know, a Chinese one of the gazetteer. */
export function placeThenTradeName(words: string[]): boolean {
  const place = words[0] ?? '';
  return (isPlaceName(place) || isCountryWord(place) || (coinedWord(place) && isChinesePlace(place))) && tradeName(words[1] ?? '');
}

/** A coined word that is no line of business: not a field's name in -ics ("Harrow Optics", "Shenzhen Robotics": the
 *  lexicon knows neither word, yet neither names the company alone), a line of the names grammar (company-lines) or a
 *  head of things. */
const tradeName = (w: string): boolean => coinedWord(w) && !/ics$/.test(w) && !grammar().companyLines.has(w) && !grammar().thingHeads.has(w.toLowerCase());

let cjkStatePrefix: RegExp | undefined;

/** The short names of one full company name, longest first. A name without a legal form ("Tianlan Aerospace
 *  Technology", read as a company's by the text around it) has only the leading words of a coined name: a news
 *  report's "Tianlan" after its first mention; "General Harbour Cranes" has none. */
export function shortNames(name: string): string[] {
  // "美国北岸航空系统公司": a Chinese text names a foreign company with its state first, then without it ("北岸航空系统公司
  // 原为…"); the rest, four characters or more, is its short name. So is the name without its legal form ("岚溪汽车" for
  // "岚溪汽车有限公司", grammar/names.yaml cjk-legal-forms), four characters or more. A Chinese name has no other.
  if (hasHan(name)) {
    cjkStatePrefix ??= new RegExp(`^${cjkStateAlternation()}(?=${HAN}{4,}$)`, 'u');
    const state = cjkStatePrefix.exec(name);
    const rest = state ? name.slice(state[0].length) : name;
    const form = grammar().cjkLegalForms.find((f) => rest.endsWith(f));
    const bare = form ? rest.slice(0, -form.length) : '';
    return [...(state ? [rest] : []), ...(new RegExp(`^${HAN}{4,}$`, 'u').test(bare) ? [bare] : [])];
  }
  // A name in capitals ("SHENZHEN MINGTAI ELECTRONICS CO., LIMITED", a sanctions list's way) is written in title case after.
  if (/\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name)) return shortNames(name.toLowerCase().replace(/(^|[\s(-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()));
  const words = name.split(/\s+/).map((w) => w.replace(/,$/, ''));
  let end = words.length;
  while (end > 0 && isLegalForm(words[end - 1])) end--;
  if (end === 0) return [];
  const out: string[] = [];
  // "Hangzhou Hikvision Digital Technology": a name that opens with its home city or country before a coined word is
  // named from that word on ("Hikvision"), as a Chinese company's registered name puts its place first.
  // With its place before that word alone too ("Chengdu Yunque" for "Chengdu Yunque Microsystems Co., Ltd."), where more
  // words of the name follow the coined one.
  const placed = words.length > 2 && placeThenTradeName(words);
  if (placed) {
    const full = end < words.length ? words.slice(0, end).join(' ') : words.slice(1).join(' ');
    const town = end > 2 && !grammar().connectors.has(words[1]) ? [words.slice(0, 2).join(' ')] : [];
    return [...new Set([full, ...town, ...shortNames(words.slice(1).join(' '))])];
  }
  const base = words.slice(0, end);
  const coined = coinedWord(base[0]);
  if (end < words.length && (base.length > 1 || coined)) out.push(base.join(' '));
  // A coined name without a legal form that the text once shows to be a company's ("Qiantang Flight Systems, a maker of
  // flight controllers") names it wherever written again, where no apposition says so ("METI added Qiantang Flight
  // Systems to its End User List").
  if (coined && end === words.length && base.length > 1) out.push(base.join(' '));
  if (coined) {
    for (let k = base.length - 1; k >= 1; k--) {
      const part = base.slice(0, k);
      if (!grammar().connectors.has(part[part.length - 1])) out.push(part.join(' '));
    }
  }
  return out;
}
