// Technologies and product categories named as members of a class (grammar/things.yaml `member-links`, a
// hyponym pattern): "innovative technology, including artificial intelligence", "goods, including
// semiconductors", "driver aids such as adaptive cruise control, lane-keeping systems and parking assistance".
// After the link, a list of lower-case noun phrases (each up to MAX_WORDS words a noun phrase may hold, an
// acronym in brackets allowed inside: "vehicle-to-everything (V2X) communication") joined by commas, "and",
// "or". The list names things when its class word is one of things.yaml's `member-classes`, or when one of its
// members is a phrase on a head noun (a list with "lane-keeping systems" in it is a list of technologies); a
// list with actors in it ("vendors") names none, a noun with "of" after it ends the list, and one word
// coordinated with a phrase on a head is its modifier ("electrical or electronic equipment"). A member ends at the first word
// that cannot stand in a noun phrase ("automated driving are ...", "artificial intelligence, the use of ..."), before a
// gerund that opens a clause ("media connecting to ..."), an adverb on a verb ("quietly load") or a row's number
// ("charging pile 16"); a discourse marker opening it is skipped ("including for example routers"), and "or other
// media" names the class, no member.
// Found not tentative: the text itself names them as members of a class of things.
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { phrasePattern } from '../text/clean.ts';
import { grammar } from './grammar.ts';
import { thingName } from './things.ts';
import { isAdjectiveLike, isAdverb, isLeadingVerb, isMostlyVerb, isPastVerb, isPossessive, mayModify, taggedAdjective, tagsOf } from './lexicon.ts';

export const MEMBER_SCORE = 0.6;
const MAX_WORDS = 5;
const WORD = /^(?:\(\s*[\p{Lu}\d][\p{Lu}\d-]*\s*\)\s+)?([\p{L}\p{N}](?:[\p{L}\p{N}]|[-'’](?=[\p{L}\p{N}]))*)/u;
const SEPARATOR = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/;
const CLASS_WORD = /([\p{L}\p{N}][\p{L}\p{N}-]*)\s*$/u;

interface Member {
  start: number;
  end: number;
  words: string[];
  /** Where the list goes on: `end`, or past the rest of a member whose expansion ended at a bracket. */
  next: number;
}

const POSSESSIVE = /^(?:our|its|their|his|her|your|my)\s+/;
/** A count in figures before a member's first word: "9 000 ", "1,400 ", "12 ": thousands grouped by a comma or a space. */
const COUNT = /^\d+(?:[,\u00a0\u202f ]\d{3})*\s+(?=\p{Ll})/u;
let linkPattern: RegExp | undefined;
let markerPattern: RegExp | undefined;

/** The length of a member link standing as a discourse marker at `from` ("for example ", "e.g., "), or 0. */
function markerAt(text: string, from: number): number {
  markerPattern ??= new RegExp(`^(?:${grammar().memberLinks.map(phrasePattern).join('|')}),?\\s+`, 'i');
  return markerPattern.exec(text.slice(from, from + 40))?.[0].length ?? 0;
}
let labelledPattern: RegExp | undefined;
/** A label's punctuation (grammar/things.yaml `labelled-links`: "Communication equipment: A and B"), with the space after it. */
function labelledLinks(): RegExp {
  labelledPattern ??= new RegExp(`\\s*(?:${grammar().labelledLinks.map(phrasePattern).join('|')})\\s+`, 'g');
  return labelledPattern;
}
function links(): RegExp {
  linkPattern ??= new RegExp(`,?\\s+(?:${grammar().memberLinks.map(phrasePattern).join('|')}),?\\s+`, 'gi');
  return linkPattern;
}

/** `things`: the sentence's phrases on heads (things.ts); one that ends right before the link is the list's class, and a
 *  class of things whatever its head ("harbour chat services, such as messaging services"): the members are its kinds. */
export function findMembers(text: string, things: Found[] = []): Found[] {
  const g = grammar();
  const actors = companyNouns();
  const out: Found[] = [];
  const matches = [...text.matchAll(links())].map((m) => ({ m, labelled: false }));
  for (const m of text.matchAll(labelledLinks())) matches.push({ m, labelled: true });
  for (const { m, labelled } of matches) {
    const classWord = classWordBefore(text.slice(Math.max(0, m.index - 60), m.index));
    if (!classWord) continue;
    const members = memberList(text, m.index + m[0].length);
    const headOf = (x: Member): string | undefined => g.thingHeads.get(x.words[x.words.length - 1]);
    // A compound ("communications services", a noun before the head) names a kind; an adjective before it describes
    // members of a generic class ("passive parts such as motors") that stays out.
    // One type named in the singular ("applied to the vehicle type, including design information") is no class with
    // members: what follows the link goes with the sentence's list.
    const oneType = g.typeNouns.has(classWord) && !/s$/.test(classWord);
    const namedClass = oneType ? undefined : things.find((f) => f.end === m.index && f.surface.toLowerCase().endsWith(` ${classWord}`) && !taggedAdjective(f.surface.split(' ').at(-2)?.toLowerCase() ?? ''));
    const classLabel = g.memberClasses.has(classWord) ? (g.thingHeads.get(classWord) ?? 'Product') : namedClass?.label;
    const memberLabel = members.map(headOf).find((l) => l !== undefined);
    // Without a class of things, the list itself is the evidence: one of its members is a phrase on a head, and
    // the others are things beside it. A lone member gains nothing from the pattern ("a region, including
    // advanced systems"): it is a phrase like any other (things.ts), kept only with support.
    const listed = withoutModifiers(text, members);
    // "Communication equipment: software-defined radios and ...": a label's colon lists members only after a class of things.
    if (labelled && !classLabel) continue;
    if (!classLabel && (listed.length < 2 || !members.some((x) => x.words.length > 1 && headOf(x)))) continue;
    // "chips, components, software, operators and ...": a list with actors in it is no list of things.
    if (members.some((x) => actors.has(x.words[x.words.length - 1]))) continue;
    for (const x of listed) {
      if (x.words.every((w) => g.genericModifiers.has(w))) continue;
      const label = headOf(x) ?? classLabel ?? memberLabel ?? 'Technology';
      const surface = text.slice(x.start, x.end);
      out.push({ start: x.start, end: x.end, surface, label, name: thingName(surface), rule: 'thing:member', score: MEMBER_SCORE });
    }
  }
  return out;
}

/** RULE of a product named by its proper name as a member of a class of things (findNamedMembers). */
export const NAMED_MEMBER_RULE = 'thing:named-member';
/** A proper name: up to four capitalised words (a model's number among them: "Pelican X2"), inner capitals allowed. */
const PROPER = /^\p{Lu}[\p{L}\p{N}]*(?:[-][\p{L}\p{N}]+)*(?:\s+(?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*|\d[\p{L}\p{N}]*)){0,3}/u;
/** Where a list of names may stop: punctuation, the end, or a lower-case word (no possessive, no further capitals). */
const NAME_LIST_END = /^(?:[,.;:)]|$|\s+\p{Ll})/u;

/**
 * Products named by their proper names as members of a class of things: "blocked 34 apps, including ZapChat, Kestrel
 * Browser and Flintmail", "surveillance cameras, such as Orvex and Talma cameras". After a member link whose class is a
 * plural thing the sentence reads (a phrase on a head ending right before the link), or a word for brands
 * (things.yaml `brand-classes`) with one member carrying a head of things, each capitalised name of the list is a thing of
 * the class's label (of its own head where it has one: "Talma cameras"). The list is names only, each ended by a
 * separator, the last by punctuation or a lower-case word ("Nvidia's H20" is no name of goods). A name another reading
 * takes (a company, body, country or instrument) is that reading's (index.ts drops the member over it). Two more forms
 * read the same list: a link that names proper names only (things.yaml `name-links`: "smartphones like Voltra and
 * Quenix", no verb's form before it: "looks like ..."), and an inverted copula over the class (things.yaml
 * `member-leads`: "Among the blocked apps are Zapchat and Flintmail").
 */
export function findNamedMembers(text: string, things: { end: number; surface: string; label: string }[] = []): Found[] {
  const g = grammar();
  const out: Found[] = [];
  const push = (list: NamedMember[], classLabel: string | undefined, brand: boolean): void => {
    const headLabel = list.find((x) => x.label)?.label;
    if (!list.length || (brand && !headLabel)) return;
    for (const x of list) {
      const surface = text.slice(x.start, x.end);
      out.push({ start: x.start, end: x.end, surface, label: x.label ?? classLabel ?? headLabel ?? 'Product', name: surface, rule: NAMED_MEMBER_RULE, score: MEMBER_SCORE });
    }
  };
  for (const m of text.matchAll(links())) {
    const before = text.slice(Math.max(0, m.index - 60), m.index).toLowerCase();
    const brand = g.brandClasses.some((w) => before.endsWith(` ${w}`));
    const classLabel = brand ? undefined : pluralClass(text, m.index, things);
    if (!brand && !classLabel) continue;
    push(nameList(text, m.index + m[0].length), classLabel, brand);
  }
  // "smartphones like Voltra and Quenix": a link that names proper names only, after a plural class of things that is no
  // verb's form ("works like a charm", "looks like").
  nameLinkPattern ??= new RegExp(`\\s+(?:${g.nameLinks.map(phrasePattern).join('|')})\\s+`, 'gi');
  for (const m of text.matchAll(nameLinkPattern)) {
    const classLabel = pluralClass(text, m.index, things, true);
    if (classLabel) push(nameList(text, m.index + m[0].length), classLabel, false);
  }
  // "Among the blocked apps are Zapchat and Flintmail": an inverted copula after a plural class of things; its subject is
  // the class's members.
  memberLeadPattern ??= new RegExp(`(?:^|[.;:]\\s+|\\s)(?:${g.memberLeads.map(phrasePattern).join('|')})\\s+(?:the\\s+|these\\s+|those\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,3}?[\\p{L}\\p{N}-]+(?=\\s+(?:are|were|include|included)\\s+\\p{Lu})`, 'giu');
  for (const m of text.matchAll(memberLeadPattern)) {
    const end = m.index + m[0].length;
    const classLabel = pluralClass(text, end, things);
    const copula = /^\s+(?:are|were|include|included)\s+/.exec(text.slice(end));
    if (classLabel && copula) push(nameList(text, end + copula[0].length), classLabel, false);
  }
  return out;
}
let nameLinkPattern: RegExp | undefined;
let memberLeadPattern: RegExp | undefined;

interface NamedMember {
  start: number;
  end: number;
  label?: string;
}

/** The label of a plural class of things ending at `at`: a thing read right before it, or a plural on a head of things
 *  ("59 apps") the grammar reads only with support elsewhere in the document. `noVerb`: the class word alone is no form of
 *  a verb read mostly as one ("looks like ...", "monitors like ..."). */
function pluralClass(text: string, at: number, things: { end: number; surface: string; label: string }[], noVerb = false): string | undefined {
  const g = grammar();
  const classWord = CLASS_WORD.exec(text.slice(Math.max(0, at - 60), at).toLowerCase())?.[1] ?? '';
  if (!(g.memberClasses.has(classWord) || /[^s]s$/.test(classWord))) return undefined;
  const read = things.find((f) => f.end === at && f.surface.toLowerCase().endsWith(classWord));
  // "The panel displays like ...": a verb's form alone is no class; with a modifier the grammar read it is one ("computer
  // monitors like ...").
  if (noVerb && !read?.surface.includes(' ') && (isMostlyVerb(classWord.slice(0, -1)) || isMostlyVerb(classWord.replace(/e?s$/, '')))) return undefined;
  return read?.label ?? g.thingHeads.get(classWord);
}

/** A list of proper names from `at` ("ZapChat, Kestrel Browser and Talma cameras"), each ended by a separator, the last by
 *  punctuation or a lower-case word; none where the list does not stop cleanly. */
function nameList(text: string, from: number): NamedMember[] {
  const g = grammar();
  const list: NamedMember[] = [];
  let at = from;
  let closed = false;
  for (;;) {
    const name = PROPER.exec(text.slice(at));
    if (!name || name[0].split(/\s+/).every((w) => /^\d/.test(w))) break;
    let end = at + name[0].length;
    // "Talma cameras": a head of things after the name says what goods it names.
    const tail = /^((?:\s+[\p{Ll}-]+){1,2})/u.exec(text.slice(end));
    const headWord = tail?.[1].trim().split(/\s+/).at(-1);
    const label = headWord ? g.thingHeads.get(headWord) : undefined;
    if (label) end += tail?.[1].length ?? 0;
    list.push({ start: at, end, label });
    const sep = SEPARATOR.exec(text.slice(end));
    if (closed || !sep) {
      if (!NAME_LIST_END.test(text.slice(end))) list.length = 0;
      break;
    }
    closed = /\b(?:and|or)\s+$/.test(sep[0]);
    at = end + sep[0].length;
  }
  return list;
}

/** The grammar's company nouns as a set, built once (not per sentence). */
function companyNouns(): Set<string> {
  actorNouns ??= new Set(grammar().companyNouns);
  return actorNouns;
}
let actorNouns: Set<string> | undefined;

/** The class word right before a member link: the last word, or the head before a post-modifier ("products with digital
 *  elements, including ...": products; grammar/things.yaml post-links), lower case. */
function classWordBefore(before: string): string | undefined {
  const last = CLASS_WORD.exec(before)?.[1]?.toLowerCase();
  if (!last || grammar().memberClasses.has(last)) return last;
  postModifiedClass ??= new RegExp(`([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)\\s+(?:${[...grammar().thingPostLinks].join('|')})\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}[\\p{Ll}\\p{N}-]+\\s*$`, 'u');
  const head = postModifiedClass.exec(before)?.[1]?.toLowerCase();
  return head && grammar().memberClasses.has(head) ? head : last;
}
let postModifiedClass: RegExp | undefined;

/** The noun phrases of a list starting at `from`, up to the first that is none. */
function memberList(text: string, from: number): Member[] {
  const out: Member[] = [];
  let at = from;
  let closed = false;
  for (;;) {
    // "such as, for example, USB sticks", "including e.g. routers": a discourse marker opens the member, no word of it.
    at += markerAt(text, at);
    // "including our dongles": a possessive determiner opens the member, no word of it.
    at += POSSESSIVE.exec(text.slice(at, at + 8))?.[0].length ?? 0;
    // "including 1 400 flight controllers and 9 000 radio modules": a count in figures opens the member, no word of it,
    // its thousands grouped by a comma or a space (SI style, a thin space too).
    at += COUNT.exec(text.slice(at, at + 24))?.[0].length ?? 0;
    const x = nounPhrase(text, at);
    if (!x) break;
    // "results of analyses", "documentation of the operator": a noun with its complement is one thing someone
    // has, no class; the list ends before it.
    if (/^\s+of\s/.test(text.slice(x.next))) break;
    // "USB sticks or other media": a phrase opening with "other" names the class the members before it belong to.
    if (x.words[0] === 'other') break;
    // "security requirements for consumer connectable products, such as banning universal default passwords": a gerund of
    // a regulatory or control verb (grammar/things.yaml regulatory-verbs, control-verbs) with its object is an act, no
    // member; the list ends before it.
    if (x.words.length > 1 && /ing$/.test(x.words[0]) && (grammar().regulatoryVerbs.has(x.words[0]) || grammar().controlVerbs.has(x.words[0]))) break;
    // "..., VSAT terminals and telemetry, tracking and command systems": one singular word after the list's "and", no head
    // of things, that a comma, another singular word and "and" or "or" follow opens a coordination of modifiers of a head
    // further on, no member (a plural or a head is one: "and cranes, pumps and valves", "and software, firmware and ...").
    if (closed && x.words.length === 1 && !/s$/.test(x.words[0]) && !grammar().thingHeads.has(x.words[0]) && MODIFIER_RUN.test(text.slice(x.next))) break;
    out.push(x);
    const sep = SEPARATOR.exec(text.slice(x.next));
    // "X, Y and Z, grew": the member after "and" or "or" is the list's last.
    if (!sep || closed) break;
    closed = /\b(?:and|or)\s+$/.test(sep[0]);
    at = x.next + sep[0].length;
  }
  return out;
}

/** "electrical or electronic equipment", "software or hardware components": one word coordinated with a
 *  phrase on a head is that phrase's modifier, no member. */
function withoutModifiers(text: string, out: Member[]): Member[] {
  return out.filter((x, i) => !(x.words.length === 1 && x.next === x.end && out[i + 1]?.words.length > 1 && grammar().thingHeads.has(out[i + 1].words.at(-1) ?? '') && /^\s+(?:and|or)\s+$/.test(text.slice(x.next, out[i + 1].start))));
}

/** A lower-case noun phrase (acronyms allowed) at `from`; a past form or a clause-opening gerund after its
 *  first word ends it ("semiconductors manufactured in ...", "devices using ..."); a word the lexicon takes for
 *  a verb may end it, right before the list goes on or stops ("adaptive cruise control, ..."). A bracketed
 *  acronym after it makes the words before the bracket the member (the acronym's expansion: "vehicle-to-everything
 *  (V2X) communication"), and the words after it up to the next separator belong to that member's span of text. */
function nounPhrase(text: string, from: number): Member | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  let start = from;
  let end = from;
  let at = from;
  while (words.length < MAX_WORDS) {
    const m = WORD.exec(text.slice(at));
    if (!m) break;
    const w = m[1].toLowerCase();
    const acronym = /^[\p{Lu}\d][\p{Lu}\d-]*$/u.test(m[1]) && /\p{Lu}/u.test(m[1]);
    if (!(m[1] === w || acronym) || w === 'and' || w === 'or') break;
    const after = text.slice(at + m[0].length);
    // "the vehicle’s keys": a possessive determines the phrase after it, which is the member.
    if (isPossessive(w) && / [\p{Ll}\p{Lu}]/u.test(after.slice(0, 2))) {
      words.length = 0;
      ends.length = 0;
      at = at + m[0].length + 1;
      start = at;
      continue;
    }
    // "to unintentionally load": an adverb modifies a verb, no noun; inside a name only before an adjective ("publicly available").
    if (isAdverb(w) && !isAdjectiveLike(/^ ([\p{L}\p{N}-]+)/u.exec(after)?.[1].toLowerCase() ?? '')) break;
    if (!mayModify(w) && !(words.length > 0 && VERB_AS_NOUN.test(after) && tagsOf(w).every((t) => NOUN_LIKE_VERB.has(t)))) break;
    if (words.length > 0 && (isPastVerb(w) || (tagsOf(w).includes('Gerund') && /[^s]s$/.test(words[words.length - 1])))) break;
    // "media connecting to the server", "taking into account": a gerund with a preposition or a determiner after it
    // opens a participle clause, no word of a noun phrase ("cloud computing, ...", "automated driving are" stay).
    if (isLeadingVerb(w) && governs(after)) {
      if (words.length === 0) return undefined;
      break;
    }
    // "fitness trackers pose no comparable risk": a noun phrase runs into no determiner; a word before one is a verb.
    if (words.length > 0 && determinerNext(after)) break;
    // "earth station antennas above 3.7 metres, satellite modems": a word that never stands in a name (grammar/things.yaml
    // `name-breaks`: "above", "below") ends the member; a quantity it opens ("above 3.7 metres", "over 20 kilograms")
    // bounds the member and belongs to its span of text, and the list goes on after it.
    if (words.length > 0 && grammar().nameBreaks.has(w)) {
      const q = QUANTITY.exec(text.slice(at + m[0].length));
      return { start, end, words, next: q ? at + m[0].length + q[0].length : end };
    }
    words.push(w);
    end = at + m[0].length;
    ends.push(end);
    if (BRACKETED.test(text.slice(end))) return words.length ? { start, end, words, next: skipToSeparator(text, end) } : undefined;
    const gap = /^ (?=[\p{L}\p{N}])/u.exec(text.slice(end));
    if (!gap) break;
    at = end + 1;
  }
  // "charging pile 16", "charging pile M20": a bare number or label after the words is a row's or a paragraph's
  // number, no part of the name (nothing in the grammar names things by a model number).
  while (words.length > 1 && LABEL.test(words[words.length - 1])) {
    words.pop();
    ends.pop();
    end = ends[ends.length - 1];
  }
  // A past form alone is the sentence's verb ("..., grew"), not a member.
  if (words.length === 1 && isPastVerb(words[0])) return undefined;
  // "average support periods": an adjective whose noun the phrase could not take modifies that noun; what is left names
  // no thing.
  if (taggedAdjective(words[words.length - 1]) && ADJECTIVE_CUT.test(text.slice(end))) return undefined;
  return words.length ? { start, end, words, next: end } : undefined;
}

/** What a verb governs opens the text after a word: a preposition ("to", which the lexicon calls a conjunction) or a determiner. */
function governs(after: string): boolean {
  const next = /^ ([\p{Ll}]+)\b/u.exec(after)?.[1];
  return next !== undefined && (next === 'to' || tagsOf(next).includes('Preposition') || determinerNext(after));
}

/** A row's, table's or paragraph's number: digits, or one or two letters and digits ("16", "m20", "a1"). */
const LABEL = /^\p{L}{0,2}\d+$/u;
/** A lower-case word right after, no conjunction: the noun phrase goes on past what was read. */
const ADJECTIVE_CUT = /^ (?!(?:and|or)\b)\p{Ll}/u;

/** A determiner or possessive opening the next word ("no", "the", "its"); not "that", which also opens a relative clause. */
function determinerNext(after: string): boolean {
  const next = /^ ([\p{Ll}]+)\b/u.exec(after)?.[1];
  return next !== undefined && next !== 'that' && (next === 'no' || tagsOf(next).some((t) => t === 'Determiner' || t === 'Possessive'));
}

/** A quantity after a preposition: a number in figures and one unit word ("3.7 metres", "20 kW", "50 percent"). */
const QUANTITY = /^\s+\d[\d.,]*(?:\s*(?:%|[\p{L}]+\b))?/u;
/** After a member: a comma, one lower-case word not ending in -s and "and" or "or" (", tracking and"). */
const MODIFIER_RUN = /^,\s+[\p{Ll}-]*[\p{Ll}-](?<!s)\s+(?:and|or)\s/u;
const BRACKETED = /^\s*\(\s*[\p{Lu}\d][\p{Lu}\d-]*\s*\)/u;
/** After a word the lexicon calls a verb, what lets it end a noun phrase of a list: a separator or the end. */
const VERB_AS_NOUN = /^(?:,|\s+(?:and|or)\s|[.;:]|$)/;
const NOUN_LIKE_VERB = new Set(['Infinitive', 'PresentTense']);

/** The end of the words after a bracketed acronym, up to a separator or anything but a word. */
function skipToSeparator(text: string, from: number): number {
  const m = /^\s*\([^)]*\)(?:\s+(?!(?:and|or)\b)[\p{Ll}\p{N}][\p{L}\p{N}-]*){0,3}/u.exec(text.slice(from));
  return from + (m?.[0].length ?? 0);
}

/** RULE of a thing named as a member of a class (findMembers). */
const MEMBER_RULE = 'thing:member';

/**
 * A thing the text names as a member of a class ("any networked medical device ..., including infusion pumps, patient
 * monitors and CT scanners") names that class wherever else the document writes it ("already regulates infusion pumps
 * and patient monitors under ..."), where the grammar alone would not read it (its head no head of things: WordNet's
 * first "monitor" is a person): a term of the document, as a defined term of things is (defined-things.ts). A phrase of
 * two words or more, lower case; a single word ("software") is left to the grammar.
 */
export function memberThingTerms(sentences: { locator: string; mentions: (Named & { via?: string })[] }[]): Definition[] {
  const out = new Map<string, Definition>();
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) {
      if (m.via !== MEMBER_RULE || !/\s/.test(m.surface) || m.surface !== m.surface.toLowerCase()) continue;
      for (const term of [m.surface, `${m.surface.charAt(0).toUpperCase()}${m.surface.slice(1)}`]) if (!out.has(term)) out.set(term, { term, id: m.id, locator, acronym: false });
    }
  }
  return [...out.values()];
}
