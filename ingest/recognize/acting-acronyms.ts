// Bodies an instrument names only by an acronym it never spells out: a sample of an act's recitals says "This
// Directive creates new tasks for ENISA" and "EU-CyCLONe should work as an intermediary" without the article that
// defines them. In a document that is itself an instrument, an acronym (a word with two capitals or more in one of its
// hyphenated parts, no plural: "ENISA", "EU-CyCLONe", "BEREC") that stands as a party (short-names.ts standsAsParty: a verb's
// subject, a possessor, a preposition's object at a phrase's end) or is coordinated with a public body the sentence names
// ("the Cooperation Group and ENISA") names a public body, when
//   - no name the catalog knows, no term the document defines and no name the grammar found covers it;
//   - it is no part of a citation ("Directive 95/46/EC should", "WP.29"), no Roman numeral and no word after a name's
//     capitalised word ("Annex VII", "Title IV");
//   - it never modifies a noun in the document ("ICT products", "ICT processes": a class or technology's acronym).
// In a report a party may as well be a company ("ZTE said"): there an acronym names a public body only right before a
// verb of public power in the active voice (grammar/names.yaml authority-verbs: "the FCC banned new equipment
// authorisations"), "the" allowed before it, coordinated with a public body the sentence names with "the" before it ("The
// FAA and the FCC"), as a public act's agent ("a Section 301 investigation by USTR") or where a
// matter goes for one ("refer the transfer to CFIUS for review": authority-acts). The fallback's reading of an acronym
// compromise's lexicon lists as an organisation ("FBI", "NSA": nlp:organization) is a guess that covers nothing here: "The
// FBI seized the drones" names a public body, and the document's other mentions of it are that body (entities.ts retyped);
// a verb of public power the lexicon does not know ("seized", "raided") with its object after it is no noun the acronym
// modifies.
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { tagsOf } from './lexicon.ts';
import { grammar } from './grammar.ts';
import type { Matcher } from './matcher.ts';
import { standsAsParty } from './short-names.ts';

// A word whose first part has two capitals ("ENISA", "EU-CyCLONe"): most capitalised words never start a match.
const WORD = /(?<![\p{L}\p{N}\-/.])\p{Lu}[\p{L}\p{N}]*?\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*(?![\p{L}\p{N}\-/]|\.\d)/gu;
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable']);

/** Two capitals or more in one hyphenated part: "ENISA", "EU-CyCLONe"; not "Co-Chair", nor a plural, which names a
 *  class of bodies ("CSIRTs", "SMEs"). */
export function isAcronym(word: string): boolean {
  return !/\p{Lu}s$/u.test(word) && !ROMAN.test(word) && word.split('-').some((part) => (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
}
/** A Roman numeral ("Annex VII", "Chapter IV") is a number, no acronym. */
const ROMAN = /^[IVXLCDM]+$/;
/** The last word of a name before it: "Annex VII", "Title II" (the acronym continues a name, is no name of its own). */
const AFTER_NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.]*\s$/u;

/** After a name's capitalised word ("Annex VII"), not after an opener of names ("The FAA"). */
function afterName(before: string): boolean {
  const m = AFTER_NAME.exec(before);
  return m !== null && !grammar().openers.has(m[0].trim());
}

/** The word modifies the noun after it: a lower-case word the lexicon reads as a noun, or does not know. */
function modifies(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end))?.[1];
  if (!next) return false;
  const tags = tagsOf(next);
  return tags.length === 0 || tags.some((t) => NOUN_TAGS.has(t));
}

interface Sentence {
  text: string;
  locator: string;
  /** `via`: the rule that read a mention (a fallback's guess gives way: FALLBACK_ORGANIZATION). */
  mentions: (Named & { via?: string })[];
}

const COORDINATION = /^(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?$|^\s*,\s+(?:the\s+)?$/;
/** Coordinated with an Authority the sentence names: "<body> and <acronym>", "<acronym>, <body>". */
function coordinatedWithBody(text: string, start: number, end: number, mentions: Named[]): boolean {
  return mentions.some((m) => m.label === 'Authority' && ((m.end <= start && COORDINATION.test(text.slice(m.end, start))) || (m.start >= end && COORDINATION.test(text.slice(end, m.start)))));
}

const THE_BEFORE = /\b[Tt]he\s+$/;
/** The fallback's reading of a name compromise's lexicon knows as an organisation's (fallback.ts): a guess that a party's
 *  acts as a public body outrank ("The FBI seized the drones": a public body, though the lexicon lists "FBI" beside
 *  "Google"). */
const FALLBACK_ORGANIZATION = 'nlp:organization';

let power: { verb: RegExp; agent: RegExp; recipient: RegExp } | undefined;
function powerPatterns(): NonNullable<typeof power> {
  const acts = grammar().authorityActs.join('|');
  return {
    verb: new RegExp(`^\\s+(?:${grammar().authorityVerbs.map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`),
    agent: new RegExp(`\\b(?:${acts})s?(?:\\s+[\\p{L}\\d-]+){0,2}?\\s+by\\s+(?:the\\s+)?$`, 'iu'),
    recipient: new RegExp(`^\\s+for\\s+(?:its\\s+|an?\\s+)?(?:${acts})\\b`, 'i'),
  };
}
/** Right before a verb of public power in the active voice (grammar/names.yaml authority-verbs); `withObject`: and an
 *  object's first word right after it (a determiner, a capitalised word or a number). */
const OBJECT_OPENER = /^\s+(?:(?:the|a|an|its|their|his|her|two|three|several)\b|\p{Lu}|\d)/u;
function beforePublicVerb(text: string, end: number, withObject = false): boolean {
  power ??= powerPatterns();
  const verb = power.verb.exec(text.slice(end, end + 60));
  return verb !== null && (!withObject || OBJECT_OPENER.test(text.slice(end + verb[0].length, end + verb[0].length + 20)));
}
/** Right before a verb of public power (grammar/names.yaml authority-verbs), the agent of a public act ("investigation
 *  by USTR", "the ban imposed by the FCC": authority-acts) or the body a matter goes to for one ("to CFIUS for review"). */
function inPublicAct(text: string, start: number, end: number): boolean {
  power ??= powerPatterns();
  const before = text.slice(Math.max(0, start - 60), start);
  return beforePublicVerb(text, end) || power.agent.test(before) || (/\bto\s+(?:the\s+)?$/.test(before) && power.recipient.test(text.slice(end, end + 40)));
}

const POSSESSIVE = /^['’]s\s+$/u;
/** The acronym, read by the fallback's guess alone, is the possessor of an instrument the sentence names: "the FBI's
 *  Security Policy" (a state's rule has a public body for its maker; a firm's own policies are no instruments here). */
function ownsInstrument(text: string, start: number, end: number, mentions: (Named & { via?: string })[]): boolean {
  if (!mentions.some((x) => x.start <= start && end <= x.end && x.via === FALLBACK_ORGANIZATION)) return false;
  return mentions.some((x) => x.label === 'Law' && x.start > end && POSSESSIVE.test(text.slice(end, x.start)));
}

/** The bodies the acronyms of a document's sentences name, each with the find that makes its entity (`found`), as
 *  terms of the document. `defined`: terms the document defines; `instrument`: the document is one (any party), else a
 *  report (the subject of a verb of public power). */
export function actingAcronyms(sentences: Sentence[], matcher: Matcher, defined: Set<string>, instrument = true): { found: Found; definition: Omit<Definition, 'id'> }[] {
  const acts = instrument ? standsAsParty : inPublicAct;
  // In an instrument, an acronym coordinated with a public body the sentence names is one too ("cooperate with the
  // Cooperation Group and ENISA on ...").
  // In a report too where "the" stands before the acronym ("The FAA and the FCC are not part of it": a company takes no
  // article).
  // In a report, an acronym the lexicon guesses is an organisation's that owns an instrument the sentence names ("the FBI's
  // Criminal Justice Information Services Security Policy") is the public body that made it.
  const party = (text: string, start: number, end: number, mentions: Named[]): boolean =>
    acts(text, start, end) || ((instrument || THE_BEFORE.test(text.slice(Math.max(0, start - 5), start))) && coordinatedWithBody(text, start, end, mentions)) || (!instrument && ownsInstrument(text, start, end, mentions));
  const modifiers = new Set<string>();
  const parties = new Map<string, { found: Found; locator: string }>();
  for (const { text, locator, mentions } of sentences) {
    for (const m of text.matchAll(WORD)) {
      const word = m[0];
      if (!isAcronym(word)) continue;
      const end = m.index + word.length;
      // "The FBI seized the drones": a verb of public power the lexicon does not know, with its object after it, is no noun
      // the acronym modifies ("the CSIRT designated as coordinator" stays a modifier's reading).
      if (modifies(text, end) && !beforePublicVerb(text, end, true)) modifiers.add(word);
      else if (!parties.has(word) && !afterName(text.slice(Math.max(0, m.index - 30), m.index)) && !mentions.some((x) => x.start <= m.index && end <= x.end && x.via !== FALLBACK_ORGANIZATION) && party(text, m.index, end, mentions)) {
        parties.set(word, { locator, found: { start: m.index, end, surface: word, label: 'Authority', name: word, rule: 'body:acronym-party', score: 0.5 } });
      }
    }
  }
  return [...parties]
    .filter(([word]) => !modifiers.has(word) && !defined.has(word) && !matcher.namesWhole(word))
    .map(([word, { found, locator }]) => ({ found, definition: { term: word, locator, acronym: true } }));
}
