// Legal instruments by the grammar of their names and citations (grammar/instruments.yaml):
//   instrument:<id>      a citation pattern: 50 U.S.C. 1701, 14 CFR part 107, Pub. L. 115-232, Executive
//                        Order 13873, Proclamation 9705, Regulation (EU) 2016/679, 89 FR 15421
//   instrument:named     a name ending in an instrument word, with "of <year>" (a UK name's "<year>": the
//                        National Security and Investment Act 2021), an EU name's date ("of 13 April
//                        2016 on Better Law-Making"), "for Fiscal Year <year>" or a
//                        version ("Drone Strategy 2.0"), or a year before a lone head ("the 1958 Agreement"):
//                        the International Emergency Economic Powers Act, the Entity List
//   instrument:leading   a name opening with one: Regulation on ..., Measures for the ..., Treaty on the ...
//   instrument:subject   a type named by its subject, in any case: the EU Toolbox on 5G cybersecurity, the Commission
//                        Communication on the Digital Decade
//   instrument:titled    a quoted title after a verb of issuing or naming: published in 2025 as "Securing the ...
//                        Supply Chain: Connected Vehicles"
//   instrument:titled-type  the instrument word before such a verb: "a final rule titled "..."" (the titled instrument)
//   instrument:cjk       《网络安全法》, 中华人民共和国数据安全法, 列入不可靠实体清单 (a list after a verb of listing)
//   bare-head            "the Act", "the 2019 Act" left for the document's own definitions and the instruments it
//                        named before (instrument-references.ts; "this Act" is the document)
// An instrument word after an indefinite determiner names a class ("a UN Regulation on ..."), and one whose name is a
// body's ("World Forum for Harmonization of Vehicle Regulations": a body head before of/for/on) names none.
import { findAcronymInstruments, spells } from './acronym-instruments.ts';
import { anyOf, listOf, matchesOf } from './any-of.ts';
import { countryCode, countryName, isCountryWord } from './countries.ts';
import type { Found } from './found.ts';
import { establisher, euTitles } from './eu-titles.ts';
import { grammar } from './grammar.ts';
import { fillName } from './name-templates.ts';
import { isLeadingVerb, isMostlyVerb, isPastVerb, isPresentVerb, isVerbBase, mayModify, tagsOf } from './lexicon.ts';
import { nameRuns, type Token } from './names.ts';

const YEAR_TAIL = /^\s+(?:of\s+(?:19|20)\d{2}|for\s+Fiscal\s+Year\s+(?:19|20)\d{2})\b/;
/** "Interinstitutional Agreement of 13 April 2016 on Better Law-Making": an EU name's date, and the title
 *  after it when capitalised. */
const DATE_TAIL =
  /^\s+of\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}(?:\s+on\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}-]*))*\p{L})?/u;
/** "the National Security and Investment Act 2021", "the Electric Vehicles (Smart Charge Points) Regulations 2021": a UK
 *  statute's or statutory instrument's year right after its head, no "of"; an Indian or Pakistani one's after a comma,
 *  "the Information Technology Act, 2000", "the Telecommunications Act, 2023" (not one of several years: "the Act, 2023
 *  and 2024"; not a number's start: "Regulation 2019/947",
 *  "2030.5"; the full stop that ends the sentence after it is no number's: "set by the Radio Regulations 2017."). */
const UK_YEAR_TAIL = /^(?:\s+|,\s+(?=(?:19|20)\d{2}(?!\s*(?:,|-|–|and|or|to)\s*(?:19|20)?\d{2})))(?:19|20)\d{2}(?![\d/-]|\.\d)/;
const UK_YEAR_HEADS = new Set(['Act', 'Regulations', 'Order', 'Rules']);
/** A first name, initials and a bracketed nickname right before a name ("William M. (Mac) "). */
const NICKNAMED = /(?<![\p{L}.])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)*\s+\(\p{Lu}\p{Ll}+\)\s+$/u;
/** "the 1958 Agreement": a year right before a lone head. */
const YEAR_LEAD = /\b(?:19|20)\d{2} $/;
/** "the 2022 Equipment Authorization Order", "the fiscal 2019 National Defense Authorization Act", "the FY2019 ...". */
const DATED_NAME = /\b(?:the|its|our|their) ((?:(?:fiscal(?:\s+year)?|FY)\s?)?(?:19|20)\d{2} )$/i;
/** A small word of titles and capitalised words after it: the rest of a title that opens with its type. Not a month
 *  before a day or a year ("the Provisions on the Unreliable Entity List of September 2020"): the date the instrument was
 *  made, no word of its title; read into it, the title is lost and a catalog name inside it is read alone. Nor a month
 *  no capitalised word follows ("made the Order Respecting X in May"): the time of the act. */
const LEADING_TITLE_TAIL =
  /^\s+(?:or|to|from|against|with|by|in|on|of|for)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d|(?!\s+\p{Lu})\b))\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u;
/** "the Public Governance, " before "Performance and Accountability Act": a title's first list item after "the". */
const LISTED_TITLE_HEAD = /\bthe\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*,\s+)$/u;
/** "on" and two capitalised words or more (each may be hyphenated), the last ending the title. */
/** "the" and capitalised words, "of" or "and" perhaps between them: a linked title's subject ("the Security of Networks"). */
const LINKED_THE_TAIL = /^\s+the\s+\p{Lu}[\p{L}-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*/u;
/** Capitalised words (and small words of titles) in brackets, no acronym alone: "(Designated Suppliers)", not "(CRTC)". */
const BRACKETED_QUALIFIER = /^ \(\p{Lu}\p{Ll}+(?: (?:\p{Lu}\p{Ll}+|and|of|the|for|on))*\)/u;
const ON_TITLE_TAIL = /^\s+on\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}-]*)+)/u;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A capitalised word right before a run (a qualifier it left out: "Several"). */
const QUALIFIER_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+) $/u;
/** "Drone Strategy 2.0": a version number is part of the name. */
const VERSION_TAIL = /^\s+\d+\.\d+\b/;
/** "the Second Act to Increase the Security of Information Technology Systems", "the Act to Strengthen Investor
 *  Protection": an act's title that goes on after "to" with a capitalised verb's base form and capitalised words (and the
 *  small words of titles between them), as translated continental and older English titles run; the tail ends on a
 *  capitalised word. Not a capitalised noun or name after "to" ("sent the Data Act to Congress"). */
const TO_TITLE_TAIL = /^\s+to\s+(\p{Lu}\p{Ll}+)(?:\s+(?:(?:of|and|for|the|on|in|to|with|from|by|against|a|an)\s+)*\p{Lu}[\p{L}\d-]*)*/u;
/** "UN Regulation No. 155", "General Order No 2": the number a named instrument is cited by, part of its name. */
const NUMBER_TAIL = /^\s+No\.?\s*\d{1,5}(?![\d/.-]\d)/;

/** The instruments a sentence names. `indefinites`, where given, receives the names of its runs that an indefinite
 *  determiner leaves out ("an Unreliable Entity List", "a UN Regulation"): the caller that knows the catalog tells the
 *  name of one list from a class of instruments (index.ts draft). */
export function findInstruments(text: string, runs: Token[][] = nameRuns(text), indefinites?: Found[]): Found[] {
  const cited = citations(text);
  const out: Found[] = [...cited];
  for (const whole of runs.flatMap(coordinatedNames)) {
    const run = beforeCitation(whole, cited.filter((c) => c.rule !== 'instrument:cited-title'));
    if (run.length === 0) continue;
    const n = subjectNamed(text, run) ?? named(text, run);
    const f = n?.rule === 'instrument:named' ? withTitleWords(text, n) : n;
    if (f && !indefinite(text, f.start)) out.push(f);
    else if (f) indefinites?.push(f);
  }
  const titles = titled(text);
  out.push(...cjk(text), ...titles.map((t) => t.found), ...thingRules(text), ...subjectRules(text), ...ownedAcronymRules(text), ...ownedInstruments(text), ...lowerCaseLists(text), ...acronymInNames(text), ...qualifiedNames(text), ...longTitles(text), ...acronymInsideRules(text), ...titledTypes(text, titles), ...apposedTitles(text), ...findAcronymInstruments(text));
  if (titles.length === 0) out.push(...introduced(text), ...possessedRules(text));
  const eu = citedEuTitles(text, cited, out);
  // "the connected-vehicle rule, published in January 2025 as "Securing ..."": the instrument right before the verb
  // is the one the title names.
  return [...out, ...eu.shortNames].flatMap((f) => {
    if (eu.dropped.has(f)) return [];
    const act = eu.acts.get(f);
    if (act) return [{ ...f, name: act.name, kind: act.kind }];
    const title = f.rule === 'instrument:named' || f.rule === 'instrument:thing-rule' ? titles.find((t) => t.verb >= f.end && /^\s*,?\s*$/.test(text.slice(f.end, t.verb))) : undefined;
    return [title ? { ...f, name: title.found.name } : f];
  });
}

/**
 * The titles of the EU acts a sentence cites with their dates (eu-titles.ts): the short name in brackets that closes one
 * names the act at its head (a title found after the act it names last as repealed, "... repealing Directive 2001/77/EC
 * (Harbour Cranes Act)", is the head's, not that act's; one after other words is read there); so does an instrument the
 * title establishes ("establishing the Union Quay Code"). `acts`: finds renamed to the head act; `dropped`: titles given
 * to an act inside another's title.
 */
function citedEuTitles(text: string, cited: Found[], found: Found[]): { shortNames: Found[]; acts: Map<Found, Found>; dropped: Set<Found> } {
  const out = { shortNames: [] as Found[], acts: new Map<Found, Found>(), dropped: new Set<Found>() };
  const acts = cited.filter((c) => c.rule.startsWith('instrument:eu-act')).sort((a, b) => a.start - b.start);
  if (acts.length === 0) return out;
  for (const t of euTitles(text, acts)) {
    const head = acts[t.head];
    for (const f of cited) if (f.rule === 'instrument:cited-title' && f.start >= t.start && f.start < t.end && f.start !== t.short?.start) out.dropped.add(f);
    if (t.short) {
      const given = [...cited, ...found].filter((f) => (f.rule === 'instrument:cited-title' || f.rule === 'instrument:named' || f.rule === 'instrument:leading') && f.start === t.short?.start && f.end === t.short.end);
      for (const f of given) out.acts.set(f, head);
      if (given.length === 0) out.shortNames.push({ ...t.short, surface: t.short.term, label: 'Law', name: head.name, rule: 'instrument:cited-title', score: 0.9, kind: head.kind });
    }
    for (const f of found) {
      const by = f.rule === 'instrument:named' ? establisher(text, t, acts, f) : undefined;
      if (by !== undefined) out.acts.set(f, acts[by]);
    }
  }
  return out;
}

/** "... of the Council and Council Regulation (EEC) No 3922/91", "the Quay Framework and Regulation (EU) 2030/12": a run
 *  of capitalised words ends where a citation starts; the citation's words (its institution, its type word) are no head
 *  or word of a name before it. */
function beforeCitation(run: Token[], cited: Found[]): Token[] {
  const k = run.findIndex((t) => cited.some((c) => c.start < t.end && t.start < c.end));
  return k < 0 ? run : run.slice(0, k);
}

let thingRule: RegExp | undefined;
/** A head of thing-rules after a space, as the pattern's words before it end: none, no thing-rule (most sentences). */
let thingRuleHead: RegExp | undefined;
const MAX_THING_WORDS = 4;

/**
 * "the connected vehicles rule", "Commerce's drone rule": a lower-case rule named by the technology or product it is
 * about (grammar/instruments.yaml named.thing-rules), after a determiner or a possessive; the words before the head end
 * in a thing head (things.yaml) and none is generic ("the final rule", "the same rule") or a function word.
 */
function thingRules(text: string): Found[] {
  const g = grammar();
  thingRule ??= new RegExp(String.raw`\b(?:[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir|[\p{L}.]+['’]s?)\s+(?<subject>(?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+){1,${MAX_THING_WORDS}}?)(?<head>${g.thingRules.join('|')})\b`, 'gu');
  thingRuleHead ??= new RegExp(String.raw`\s(?:${g.thingRules.join('|')})\b`, 'u');
  const out: Found[] = [];
  if (!thingRuleHead.test(text)) return out;
  for (const m of text.matchAll(thingRule)) {
    const subject = m.groups?.subject.trim() ?? '';
    const words = subject.split(/\s+/);
    const last = words[words.length - 1];
    // "connected-vehicle rule": a compound's last part is its head.
    if (!g.thingHeads.has(last.split('-').at(-1) ?? last) || words.some((w) => /^\p{Lu}/u.test(w) || !mayModify(w) || g.genericInstrumentWords.has(w.charAt(0).toUpperCase() + w.slice(1)) || g.genericModifiers.has(w))) continue;
    const start = m.index + m[0].length - subject.length - 1 - (m.groups?.head.length ?? 0);
    const name = text.slice(start, m.index + m[0].length);
    out.push({ start, end: m.index + m[0].length, surface: name, label: 'Law', name, rule: 'instrument:thing-rule', score: 0.7, kind: 'rule' });
  }
  return out;
}

let subjectRule: RegExp | undefined;
/** Words of a subject that name a body, a place, a time or a person, no subject of a rule ("the Commerce rule", "the
 *  January rule", "the Obama rule"). */
const NOT_SUBJECT_TAGS = new Set(['Month', 'WeekDay', 'Demonym', 'Country', 'Place', 'City', 'FirstName', 'LastName', 'Person', 'MaleName', 'FemaleName']);
const LANGUAGE_TAGS = new Set(['Adjective', 'Noun', 'Singular', 'Plural', 'Uncountable', 'Gerund', 'Verb', 'Infinitive', 'PastTense', 'Participle']);

/**
 * "the FAA's Remote ID rule", "the Remote ID rule": a lower-case rule (grammar/instruments.yaml named.thing-rules) named by
 * a capitalised subject of two or three words after a determiner or a possessive, one a word of the language
 * (compromise's lexicon) and none a body's head or its state's, a public qualifier, a country's word, a month or a
 * person's name; the first no generic word of instruments ("the Final Rule" is none).
 */
function subjectRules(text: string): Found[] {
  const g = grammar();
  thingRuleHead ??= new RegExp(String.raw`\s(?:${g.thingRules.join('|')})\b`, 'u');
  if (!thingRuleHead.test(text)) return [];
  subjectRule ??= new RegExp(String.raw`\b(?:[Tt]he|[Tt]hat|[Ii]ts|[Tt]heir|[\p{L}.]+['’]s?)\s+(?<subject>\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){1,2})\s+(?<head>${g.thingRules.join('|')})\b`, 'gu');
  const out: Found[] = [];
  for (const m of text.matchAll(subjectRule)) {
    const subject = m.groups?.subject ?? '';
    const words = subject.split(/\s+/);
    const bodyWord = (w: string): boolean => g.heads.has(w) || g.publicQualifiers.has(w) || g.titles.has(w) || g.jurisdictionPrefixes.includes(w) || isCountryWord(w) || g.instrumentHeads.has(w);
    if (g.genericInstrumentWords.has(words[0]) || words.some((w) => bodyWord(w) || tagsOf(w).some((t) => NOT_SUBJECT_TAGS.has(t)))) continue;
    if (!words.some((w) => tagsOf(w).some((t) => LANGUAGE_TAGS.has(t)))) continue;
    const start = m.index + m[0].length - subject.length - 1 - (m.groups?.head.length ?? 0);
    const name = text.slice(start, m.index + m[0].length);
    out.push({ start, end: m.index + m[0].length, surface: name, label: 'Law', name, rule: 'instrument:subject-rule', score: 0.7, kind: 'rule' });
  }
  return out;
}

let ownedAcronymRule: RegExp | undefined;
/**
 * "Commerce's ICTS rules", "the Ministry's CSR regulation": rules named by an acronym of their subject right after their
 * owner's possessive (a head of named.thing-rules, singular or plural). Alone after a determiner one acronym names a body's
 * rule ("the BIS rule": subjectRules reads none); after another owner's possessive the acronym is no owner, so it names
 * the rules' subject, and the words are the instrument's name (helper-322, issue 15: the rules were missed, and so the
 * relations they are the actor of).
 */
function ownedAcronymRules(text: string): Found[] {
  const g = grammar();
  const heads = g.thingRules.flatMap((h) => [h, `${h}s`]);
  if (!heads.some((h) => text.includes(` ${h}`))) return [];
  ownedAcronymRule ??= new RegExp(String.raw`(?<![\p{L}\p{N}.])\p{Lu}[\p{L}.]*['’]s\s+(?<name>\p{Lu}[\p{Lu}\p{N}]{1,7}\s+(?:${heads.join('|')}))\b`, 'gu');
  const out: Found[] = [];
  for (const m of text.matchAll(ownedAcronymRule)) {
    const name = m.groups?.name ?? '';
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, surface: name, label: 'Law', name, rule: 'instrument:owned-acronym-rule', score: 0.7, kind: 'rule' });
  }
  return out;
}

let ownedInstrument: RegExp | undefined;
/**
 * "the CJIS Security Policy", "DoD's Cloud Computing Security Policy": an instrument on an owned head (grammar/
 * instruments.yaml named.owned-heads) whose capitalised name opens with an acronym, or follows an acronym's possessive;
 * no body's head among its words ("Office of Trade Policy").
 */
function ownedInstruments(text: string): Found[] {
  const g = grammar();
  if (!g.ownedHeads.some((h) => text.includes(h))) return [];
  ownedInstrument ??= new RegExp(String.raw`(?<owner>\b\p{Lu}[\p{L}.]*\p{Lu}[\p{L}.]*['’]s\s+)?(?<![\p{L}\p{N}'’-])(?<name>(?:\p{Lu}[\p{L}\p{N}-]*\s+(?:\(\p{Lu}[\p{Lu}\p{N}]{1,9}\)\s+)?){1,6}?(?:${g.ownedHeads.join('|')}))\b`, 'gu');
  const out: Found[] = [];
  for (const m of text.matchAll(ownedInstrument)) {
    const surface = m.groups?.name ?? '';
    // "Criminal Justice Information Services (CJIS) Security Policy": the acronym the words before it spell, in brackets,
    // stays in the surface and out of the name (definitions.ts reads it as the acronym it defines); one that spells no
    // words before it ends nothing here: no name.
    const bracket = /\s\((\p{Lu}[\p{Lu}\p{N}]{1,9})\)\s/u.exec(surface);
    if (bracket && surface.slice(0, bracket.index).split(/\s+/).map((w) => w[0]).join('') !== bracket[1]) continue;
    const name = bracket ? `${surface.slice(0, bracket.index)} ${surface.slice(bracket.index + bracket[0].length)}` : surface;
    const words = name.split(/\s+/);
    const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(words[0]) && words[0].length >= 2;
    if (!(acronym || m.groups?.owner) || words.slice(0, -1).some((w) => g.heads.has(w) || g.instrumentHeads.has(w) || g.genericInstrumentWords.has(w))) continue;
    const start = m.index + (m.groups?.owner?.length ?? 0);
    out.push({ start, end: start + surface.length, surface, label: 'Law', name, rule: 'instrument:owned', score: 0.7, kind: g.instrumentKinds.get(words[words.length - 1]) ?? 'policy' });
  }
  return out;
}

let acronymInName: RegExp | undefined;

/**
 * "the Military End User (MEU) List", "the Information and Communications Technology and Services (ICTS) Rule": the
 * acronym a name's words spell, in brackets before its instrument head, is part of the name (the run of capitalised
 * words stops at the bracket, and the head alone after it named "MEU List" apart); the name is the words and the head
 * ("Military End User List"), and definitions.ts makes the acronym and the head ("MEU List") a term of it. Not where
 * the words are a body's name ("the Bureau of Industry and Security (BIS) rule": the body's acronym).
 */
function acronymInNames(text: string): Found[] {
  if (!/\)\s+\p{Lu}/u.test(text)) return [];
  const g = grammar();
  acronymInName ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}-])(?<words>\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}\p{N}-]*){0,9})\s+\((?<acronym>\p{Lu}[\p{Lu}\p{N}-]{1,9})\)\s+(?<mid>(?:\p{Lu}\p{Ll}[\p{L}-]*\s+){0,2})(?<head>${[...g.instrumentHeads].join('|')})\b`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(acronymInName)) {
    const whole = m.groups?.words ?? '';
    const lead = /^(?:(?:The|This|That|Its|Their)\s+)*/.exec(whole)?.[0].length ?? 0;
    const words = whole.slice(lead).split(/\s+/);
    const acronym = m.groups?.acronym ?? '';
    if (words.length < 2 || words.some((w) => ['Authority', 'Organization'].includes(g.heads.get(w) ?? '')) || !spells(acronym.replace(/-/g, ''), words)) continue;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    const head = m.groups?.head ?? '';
    const mid = (m.groups?.mid ?? '').trim();
    if (mid.split(/\s+/).some((w) => g.heads.has(w) || g.instrumentHeads.has(w))) continue;
    out.push({ start, end, surface: text.slice(start, end), label: 'Law', name: [...words, ...(mid ? [mid] : []), head].join(' '), rule: 'instrument:acronym-in-name', score: 0.8, kind: g.instrumentKinds.get(head) ?? 'statute' });
  }
  return out;
}

let qualifiedName: RegExp | undefined;

/**
 * "the Special Economic Measures (Belarus) Regulations", "the Myanmar (Sanctions) Regulations 2021", "the Export Control
 * (Amendment) (No. 2) Order 2024": a title whose capitalised words hold a qualifier in brackets (a country, a subject,
 * an amendment's number; an acronym may open a qualifier of more words, "(EU Exit)", never stand alone: acronymInNames) before its instrument head, as Commonwealth drafting names regulations and orders; the run of
 * capitalised words stops at the bracket, so the name is read here, brackets included. With a year after the head it is
 * the UK citation's (citations.ts uk-act, uk-si); without one, only after "the" ("Norland (Harbour) Rules apply" names
 * none). Not an acronym in brackets (acronymInNames), nor where the words are a body's or a company's name.
 */
function qualifiedNames(text: string): Found[] {
  if (!/\)\s+\p{Lu}/u.test(text)) return [];
  const g = grammar();
  qualifiedName ??= new RegExp(
    String.raw`(?<=\b[Tt]he\s+)(?<words>\p{Lu}[\p{L}\p{N}-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}\p{N}-]*){0,7})(?<quals>(?:\s+\((?:(?:\p{Lu}{2,5}\s+)?\p{Lu}\p{Ll}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}\p{Ll}[\p{L}-]*){0,3}|No\.?\s*\d{1,3})\))+)\s+(?<head>${[...g.instrumentHeads].join('|')})\b(?!,?\s+(?:19|20)\d{2}\b)`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(qualifiedName)) {
    const whole = m.groups?.words ?? '';
    const lead = /^(?:(?:The|This|That|Its|Their|Under|By)\s+)*/.exec(whole)?.[0].length ?? 0;
    const words = whole.slice(lead).split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.some((w) => g.heads.has(w) || g.instrumentHeads.has(w))) continue;
    const start = m.index + lead;
    const end = m.index + m[0].length;
    const head = m.groups?.head ?? '';
    out.push({ start, end, surface: text.slice(start, end), label: 'Law', name: text.slice(start, end), rule: 'instrument:qualified-name', score: 0.8, kind: g.instrumentKinds.get(head) ?? 'statute' });
  }
  return out;
}

/**
 * "as amended by An Act respecting harbour security, amending the Customs Act and making consequential amendments to other
 * Acts (formerly Bill C-9), which ...": an act's long title, cited mid-sentence with its capital "An Act" and a link of
 * subject-matter ("respecting", "to amend", "relating to", ...), in lower case as Commonwealth long titles are written. The
 * title runs to a bracket, a relative pronoun, a finite verb, a date ("in 2024", "on May 3") or the clause's end; it holds
 * no stop or bracket. Never at a
 * sentence's start ("An Act to amend ..." opening a bill is its own heading, read by the bill's self-title).
 */
const LONG_TITLE = /(?<=[\p{Ll}\p{N},;:] )An Act (?:respecting|concerning|relating to|to amend|to enact|to establish|to implement|to provide for)\s[^()"“”.;:]{3,240}?(?=\s*\(|,\s+(?:which|that|who)\b|\s+(?:received|receives|was|were|is|are|came|comes|took|takes|has|had|have|will|would|entered|enters)\b|\s+(?:in|on|by|since|during|until)\s+(?:(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|October|November|December)\b|\s*[.;:]|$)/gu;
function longTitles(text: string): Found[] {
  if (!text.includes('An Act ')) return [];
  return [...text.matchAll(LONG_TITLE)].map((m) => {
    const name = m[0].replace(/,$/, '');
    return { start: m.index, end: m.index + name.length, surface: name, label: 'Law', name, rule: 'instrument:long-title', score: 0.8, kind: 'statute' };
  });
}

let acronymInside: RegExp | undefined;

/**
 * "the Russia/Belarus-Military End User and Procurement foreign direct product (FDP) rule", "the advanced computing
 * foreign direct product (FDP) rule": lower-case words the acronym in brackets spells, right before a lower-case rule
 * head (grammar/instruments.yaml named.thing-rules), after a run of capitalised words that opens the name or after a
 * determiner: the acronym defines a term inside the rule's name, and the name runs to the head; the words alone name no
 * thing (described-acronyms.ts acronymDefinedThings). The name leaves the bracket out.
 */
function acronymInsideRules(text: string): Found[] {
  if (!/\)\s+(?:rule|regulation)/u.test(text)) return [];
  const g = grammar();
  acronymInside ??= new RegExp(
    String.raw`(?<lead>(?:\p{Lu}[\p{L}\p{N}/-]*\s+(?:(?:and|of|for)\s+)?){1,8}|\b(?:the|its|their|that|this)\s+)(?<words>(?:(?!(?:the|an?|of|to|in|on|at|by|for|from|with|under|and|or)\s)\p{Ll}[\p{Ll}-]*\s+){1,6})\((?<acronym>\p{Lu}{2,9})\)\s+(?<head>${g.thingRules.join('|')})\b`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(acronymInside)) {
    const lead = m.groups?.lead ?? '';
    const letters = (m.groups?.acronym ?? '').toLowerCase();
    const words = (m.groups?.words ?? '').trim().split(/\s+/);
    // The acronym's letters are the initials of the last words before the brackets, a hyphenated word's parts each one.
    const parts = words.flatMap((w) => w.split('-').filter(Boolean));
    if (parts.length < letters.length || parts.slice(-letters.length).map((w) => w[0]).join('') !== letters) continue;
    // A determiner opens no name: after one, the name starts at the first word that is not it.
    const det = /^(?:the|its|their|that|this)\s+/u.exec(lead)?.[0].length ?? 0;
    const capital = /^(?:(?:The|This|That|Its|Their)\s+)*/u.exec(lead)?.[0].length ?? 0;
    const start = m.index + (det > 0 ? det : capital);
    const end = m.index + m[0].length;
    const surface = text.slice(start, end);
    const name = surface.replace(/\s*\(\p{Lu}{2,9}\)\s*/u, ' ');
    out.push({ start, end, surface, label: 'Law', name, rule: 'instrument:acronym-inside-rule', score: 0.8, kind: 'rule' });
  }
  return out;
}

let listedList: RegExp | undefined;

/**
 * "added Lumora Optics to the entity list", "put the firm on OFAC's SDN list": a named list written in lower case after a
 * verb of listing or delisting and its preposition (grammar/instruments.yaml listed-lists), named as its owner writes it
 * ("Entity List", "SDN List"): an acronym before "list", the words of a public list's name (listed-lists.names), or
 * lower-case words ending in a control noun ("placed the firm on its export control list": things.yaml control-nouns). "own"
 * after the owner is no word of the name ("China's own export control list"). A capitalised "List" is a name the name
 * grammar reads.
 */
/** A period that ends an abbreviation inside a clause, not the clause: an initial's ("U.S.", "U.K.") or a company form's
 *  ("Co.", "Ltd.", "Inc."): "added two U.S. defence contractors to its unreliable entity list" is one clause. */
const ABBREVIATION_DOT = String.raw`(?<=(?:^|[^\p{L}])(?:\p{Lu}|Co|Corp|Inc|Ltd|Bhd|Pte|No))\.`;
function lowerCaseLists(text: string): Found[] {
  if (!/\s\S+\s+list\b/.test(text)) return [];
  const g = grammar();
  listedList ??= new RegExp(
    String.raw`\b(?:${g.listedLists.verbs.join('|')})\b(?:[^.;:!?]|${ABBREVIATION_DOT}){0,200}?\b(?:to|on|onto|in|into|from|off)\s+(?:(?:the|its|their)\s+|(?:the\s+)?[\p{L}.]+['’]s?\s+)?(?:own\s+)?(?:(?:U\.S\.|US|EU|UK)\s+)?(?<name>(?:[\p{L}\d][\p{L}\d-]*\s+){1,3}?list)\b`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(listedList)) {
    const surface = m.groups?.name ?? '';
    const words = surface.split(/\s+/).slice(0, -1);
    // "SDN list" (an acronym), "entity list", "military end-user list" (the words of a public list's name), "export control
    // list", "its tariff list", "the debarment list" (lower-case words ending in a control noun, things.yaml control-nouns,
    // or a noun of a measure against parties, listed-lists.measures: the list of the measure the noun names, where the
    // listing verb puts a party or goods on it).
    const named =
      (words.length === 1 && /^\p{Lu}[\p{Lu}\d-]+$/u.test(words[0])) ||
      g.listedLists.names.has(words.join(' ').toLowerCase()) ||
      (words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) && (g.controlNouns.has(words[words.length - 1]) || g.listedLists.measures.has(words[words.length - 1])));
    if (!named) continue;
    const start = m.index + m[0].length - surface.length;
    const name = surface.split(/\s+/).map((w) => w.replace(/(^|-)(\p{Ll})/gu, (_, d: string, c: string) => d + c.toUpperCase())).join(' ');
    out.push({ start, end: start + surface.length, surface, label: 'Law', name, rule: 'instrument:listed-list', score: 0.7, kind: 'list' });
  }
  return out;
}

let thingList: RegExp | undefined;

/**
 * "the Blue UAS list", "its Trusted IoT Label list", "the Green Drone Registry": a named list, register or registry whose
 * capitalised name holds a catalog thing's word or acronym (`things`: the sentence's catalog things, read before any
 * overlap is settled) is one instrument, the thing a word of its name (grammar/instruments.yaml thing-lists). Its name
 * opens after a determiner or a possessive, where a document writes a name, and has two to four capitalised words; one
 * of them a thing, not all (the thing alone before "list", "the UAS list", is a list of that thing). A head capitalised
 * as a named instrument's head ("List", "Register") is the name grammar's.
 */
export function thingLists(text: string, things: readonly { start: number; end: number }[]): Found[] {
  if (things.length === 0) return [];
  const g = grammar();
  thingList ??= new RegExp(
    String.raw`(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+|\p{L}['’]s?\s+)(?<name>(?:[\p{Lu}\d][\p{L}\d-]*\s+){2,4}?(?<head>${g.thingLists.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|')}))\b`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(thingList)) {
    const surface = m.groups?.name ?? '';
    const head = m.groups?.head ?? '';
    if (g.instrumentHeads.has(head)) continue;
    const start = m.index + m[0].length - surface.length;
    const end = start + surface.slice(0, surface.length - head.length).trimEnd().length;
    const inside = things.filter((t) => t.start >= start && t.end <= end);
    if (inside.length === 0 || inside.some((t) => t.start === start && t.end === end)) continue;
    const name = `${surface.slice(0, surface.length - head.length)}${head.charAt(0).toUpperCase()}${head.slice(1)}`;
    out.push({ start, end: start + surface.length, surface, label: 'Law', name, rule: 'instrument:thing-list', score: 0.7, kind: 'list' });
  }
  return out;
}

let introducing: RegExp | undefined;
let introducingWord: RegExp | null | undefined;
const NEGATED = /\b(?:not|never|n['’]t)\s+(?:yet\s+|been\s+|ever\s+)?$/;

/**
 * "On Friday the President signed a proclamation under Section 232 ...", "BIS issued an interim final rule on drone parts":
 * an instrument word in lower case after the act that makes it and an indefinite article introduces an instrument the
 * text names by that word alone, which "the proclamation", "the final rule" take up after it (instrument-references.ts;
 * grammar/instruments.yaml introduced). What a head of state or a legislature signs is one instrument the text goes on
 * about, and so is a rule of a type the Federal Register prints that an agency issued; "the FCC adopted an order" speaks
 * of an act of the body, left as it was. Not where a title follows (titled, apposed: those name it), nor in capitals
 * ("signed an Executive Order": an announcement, self.ts), nor a modified word ("a new rule on ...": words before it are
 * not read), nor one a name in brackets defines ("a final rule (the "Connected Vehicles Rule")": that name is the rule's).
 * The word names the instrument only in its document.
 */
function introduced(text: string): Found[] {
  introducing ??= (() => {
    const g = grammar();
    const words = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
    const signed = words(g.introducedInstruments.signed);
    const { verbs, words: issued } = g.introducedInstruments.issued;
    // "the executive order the President signed in March", "the proclamation that Governor Hale signed": the same act,
    // told in a relative clause after the word.
    // "a rule on connected cameras (the "Rule")", "an interim final rule (the "IFR")": a term in brackets the text
    // defines for the instrument the words before name, up to the bracket (definitions.ts binds the term to it).
    const defined = String.raw`\b[Aa]n?\s+(?<defined>(?:${words(g.introducedInstruments.defined)})(?:\s+(?:on|for|of|to|under|governing|covering)\s+[^()"“”.;,:]{1,60}?)?)(?=\s*\(\s*(?:the\s+)?["“][\p{Lu}\d][\p{L}\d-]*["”]\s*\))`;
    const relative = String.raw`[Tt]he\s+(?<relative>${signed})\s+(?:that\s+|which\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:has\s+|had\s+|just\s+)?signed`;
    // "adopted a new sanctions package", "issued a public notice": the noun of an instrument's kind a body issues, with at
    // most one word of its own before it (no opener, no head: "a new notice" is "notice"); not "a notice of proposed
    // rulemaking", a kind named after "of", nor a stage towards one ("an advance notice", "a draft decision").
    const { heads, openers, stages } = g.introducedInstruments.adopted;
    const adopted = String.raw`(?:${verbs.join('|')})\s+an?\s+(?:(?:${openers.join('|')})\s+)?(?!(?:${stages.join('|')})\b)(?<adopted>(?:(?!(?:${[...openers, ...heads].join('|')})\b)\p{Ll}[\p{Ll}-]*\s+)?(?:${heads.join('|')}))\b(?!\s+of\b)`;
    // "Last month's announcement", "Tuesday's new export notice": the noun of an instrument's kind after the possessive
    // of the time it came out, with at most one word of its own before it, as `adopted`.
    const timed = g.introducedInstruments.timed;
    const times = timed.times.map((t) => `[${t.charAt(0).toUpperCase()}${t.charAt(0)}]${t.slice(1).replace(/\s+/g, String.raw`\s+`)}`).join('|');
    const dated = String.raw`(?<![\p{L}\p{N}])(?:${times})['’]s\s+(?:(?:${openers.join('|')})\s+)?(?!(?:${stages.join('|')})\b)(?<timed>(?:(?!(?:${[...openers, ...timed.heads].join('|')})\b)\p{Ll}[\p{Ll}-]*\s+)?(?:${timed.heads.join('|')}))\b(?!\s+of\b)`;
    // "The agency's new rule", "the Federal Communications Commission's latest order": the same nouns after a body's
    // possessive and a word that makes the instrument its newest; after another name's possessive, "its" or "their", only
    // the nouns a company's business has no use for ("its new rule"; not "Boeing's latest order").
    const bodies = g.bodyAppositionNouns.map((n) => `[${n.charAt(0).toUpperCase()}${n.charAt(0)}]${n.slice(1).replace(/\s+/g, String.raw`\s+`)}`).join('|');
    const body = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,4}(?:${bodies})(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.&-]*){0,3})?['’]s`;
    const anyOwner = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.&-]*){0,4}['’]s|[Ii]ts|[Tt]heir`;
    const newest = (group: string, nouns: string[]): string =>
      String.raw`\s+(?:${timed.fresh.join('|')})\s+(?!(?:${stages.join('|')})\b)(?<${group}>(?:(?!(?:${[...openers, ...timed.heads].join('|')})\b)\p{Ll}[\p{Ll}-]*\s+)?(?:${nouns.join('|')}))\b(?!\s+of\b)`;
    const owned = String.raw`(?<![\p{L}\p{N}])(?:${body}${newest('owned', timed.heads)}|(?:${anyOwner})${newest('ownedAny', timed.owned)})`;
    return new RegExp(String.raw`\b(?:signed\s+an?\s+(?<signed>${signed})|(?:${verbs.join('|')})\s+an?\s+(?<issued>${words(issued)})|${adopted}|${relative})\b(?!\s*,\s+\p{Lu}|\s*\(\s*(?:the\s+)?["“]\p{Lu}[\p{L}-]*\s+\p{Lu})|(?:${dated}|${owned})\b(?!\s*,\s+\p{Lu}|\s*\(\s*(?:the\s+)?["“]\p{Lu})|${defined}`, 'gu');
  })();
  // Every reading has one of the instrument words right after a space: a sentence without one is passed over before
  // the pattern, whose alternatives start at most of a sentence's words.
  introducingWord ??= (() => {
    const g = grammar();
    // An adopted instrument's head may follow a word of its own ("a public notice"): its heads are tested as words too.
    const firsts = [...new Set([...g.introducedInstruments.signed, ...g.introducedInstruments.issued.words, ...g.introducedInstruments.defined].map((w) => w.split(/\s+/)[0]).concat(g.introducedInstruments.adopted.heads, g.introducedInstruments.timed.heads))];
    // Only words the pattern reads literally make a sound test.
    return firsts.every((w) => /^[\p{L}-]+$/u.test(w)) ? new RegExp(`\\s(?:${firsts.join('|')})`, 'u') : null;
  })();
  const out: Found[] = [];
  if (introducingWord?.test(text) === false) return out;
  for (const m of text.matchAll(introducing)) {
    // "it has not issued a final rule on them": no instrument is made.
    if (NEGATED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    const word = m.groups?.signed ?? m.groups?.issued ?? m.groups?.adopted ?? m.groups?.timed ?? m.groups?.owned ?? m.groups?.ownedAny ?? m.groups?.relative ?? m.groups?.defined ?? '';
    const start = m.groups?.relative || m.groups?.defined ? m.index + m[0].indexOf(word) : m.index + m[0].length - word.length;
    const head = (m.groups?.defined ? definedHead(word) : word.split(/\s+/).at(-1)) ?? word;
    const kind = grammar().instrumentKinds.get(head.charAt(0).toUpperCase() + head.slice(1)) ?? 'statute';
    out.push({ start, end: start + word.length, surface: word, label: 'Law', name: word, rule: 'instrument:introduced', score: 0.6, kind, local: true });
  }
  return out;
}

let possessedRule: RegExp | undefined;
/**
 * "BIS's final rule on connected vehicles", "the Commission's interim final rule for drone parts": an issued rule's words
 * (grammar/instruments.yaml introduced.issued) after its issuer's possessive, with "on|for|governing|covering" and its
 * subject, introduce the rule as "a final rule on ..." issued by the body does: the mention runs from its type to the
 * subject's last head of things (things.yaml; up to four words: "on connected vehicles takes effect" ends at
 * "vehicles"), and the rule is named by its subject as "the connected vehicles rule" names it (thingRules), so both are
 * one rule. Not a rule with no such subject ("BIS's final rule", a reference).
 */
function possessedRules(text: string): Found[] {
  const g = grammar();
  if (!/['’]s\s/.test(text)) return [];
  possessedRule ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+(?<word>${[...g.introducedInstruments.issued.words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|')})\s+(?:on|for|governing|covering)\s+(?<subject>[\p{Ll}\p{N}-]+(?:\s+[\p{Ll}\p{N}-]+){0,3})`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(possessedRule)) {
    let words = (m.groups?.subject ?? '').split(/\s+/);
    // "connected vehicles bars imports": a present verb after a plural is the subject's verb, where the name ends.
    const verb = words.findIndex((w, i) => i > 0 && /[^s]s$/.test(words[i - 1]) && isPresentVerb(w));
    if (verb > 0) words = words.slice(0, verb);
    let k = words.length;
    while (k > 0 && !g.thingHeads.get(words[k - 1].split('-').at(-1) ?? '')) k--;
    if (k === 0) continue;
    const word = m.groups?.word ?? '';
    const start = m.index + m[0].indexOf(word, m[0].search(/['’]s\s/));
    const subjectAt = m.index + m[0].length - (m.groups?.subject.length ?? 0);
    const end = subjectAt + words.slice(0, k).join(' ').length;
    // Named as the text names it by its subject ("the connected vehicles rule", thingRules): one rule, one key.
    out.push({ start, end, surface: text.slice(start, end), label: 'Law', name: `${words.slice(0, k).join(' ')} rule`, rule: 'instrument:possessed-rule', score: 0.6, kind: 'rule' });
  }
  return out;
}

/** The instrument word of a defined phrase ("rule" of "rule on connected cameras"). */
const definedHead = (phrase: string): string | undefined => phrase.split(/\s+(?:on|for|of|to|under|governing|covering)\s/)[0].split(/\s+/).at(-1);

let typedHead: RegExp | undefined;

/**
 * "a final rule titled "X"", "an executive order entitled "X"": the instrument word right before a title's verb, with up to
 * two words before it, names the titled instrument (so "the rule" after it takes it up: instrument-references.ts). The
 * words are the short forms' lower-case heads (grammar/instruments.yaml short-forms.lowercase).
 */
function titledTypes(text: string, titles: { found: Found; verb: number }[]): Found[] {
  if (titles.length === 0) return [];
  // Built once, not per sentence (grammar() is read once).
  typedHead ??= new RegExp(String.raw`\b(?:an?|the|its|their|this)\s+(?<type>(?:[\p{L}-]+\s+){0,2}?(?:${grammar().shortForms.lowercase.join('|')}))\s*,?\s*$`, 'iu');
  const typed = typedHead;
  const out: Found[] = [];
  for (const t of titles) {
    const m = typed.exec(text.slice(Math.max(0, t.verb - 60), t.verb));
    const type = m?.groups?.type;
    if (!m || !type || type.split(/\s+/).some((w) => !mayModify(w))) continue;
    const start = Math.max(0, t.verb - 60) + m.index + m[0].indexOf(type, m[0].search(/\s/));
    out.push({ start, end: start + type.length, surface: type, label: 'Law', name: t.found.name, rule: 'instrument:titled-type', score: 0.7 });
  }
  return out;
}

let works: RegExp | undefined;
let namedThing: RegExp | undefined;

/** 'a report titled "..."', 'the hearing, called "..."': the title right after `verb` is a work's or an event's. So is one
 *  a lower-case noun other than an instrument word names right before "titled", "entitled" or "called" ('the full data
 *  set, titled "..."', 'a pilot programme called "..."'): that noun says what the title is the name of; an instrument word
 *  there ('a final rule titled') keeps the title an instrument's, as does a verb of issuing ('published ... as'). */
function titledWork(text: string, verb: number): boolean {
  const nouns = grammar().titledWorks.map((w) => w.replace(/\s+/g, '\\s+')).join('|');
  works ??= new RegExp(String.raw`\b(?:an?|the|its|their|this|his|her|our)\s+(?:[\p{L}-]+\s+){0,2}?(?:${nouns})s?\s*,?\s*$`, 'iu');
  const before = text.slice(Math.max(0, verb - 60), verb);
  if (works.test(before)) return true;
  if (!/^(?:(?:en)?titled|called)\b/.test(text.slice(verb))) return false;
  namedThing ??= /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?<noun>\p{Ll}[\p{Ll}-]*)\s*,?\s*$/u;
  const noun = namedThing.exec(before)?.groups?.noun;
  return !!noun && !grammar().shortForms.lowercase.some((w) => noun === w || noun === `${w}s`);
}

/** "This week's executive order, Securing Connected Mobility and Networked Devices Against Foreign Adversaries, answers":
 *  a title between commas right after a lower-case instrument word (an order, a proclamation, a rule, a bill, a
 *  memorandum), or an announcement's "an Executive Order" or "a Proclamation" (no number after it), names that instrument. A title: three words or more, every word capitalised but the small words of titles
 *  ("and", "of", "from", ...), so "the order, President Lind said, ..." is none. */
const APPOSED_WORD = String.raw`(?:[Ee]xecutive\s+[Oo]rder|[Pp]roclamation|(?:interim\s+)?final\s+rule|rule|bill|memorandum|directive)`;
const APPOSED_TITLE = new RegExp(String.raw`\b${APPOSED_WORD}\s*,\s+(\p{Lu}[^,;:()"“”\n]{8,200}?)\s*,`, 'gu');
let apposedWordBefore: RegExp | undefined;

/** The lower-case instrument word a title at `start` stands in apposition to ("executive order" in "This week's executive
 *  order, Securing Connected Mobility ..., answers"), lower case; '' where none stands right before it. The instrument is
 *  named by that word as well: a later "the order" takes it up (instrument-references.ts short forms). */
export function apposedWord(text: string, start: number): string {
  apposedWordBefore ??= new RegExp(String.raw`\b(${APPOSED_WORD})\s*,\s+$`, 'u');
  return apposedWordBefore.exec(text.slice(Math.max(0, start - 40), start))?.[1].toLowerCase().replace(/\s+/g, ' ') ?? '';
}
function apposedTitles(text: string): Found[] {
  if (!text.includes(',')) return [];
  const small = TITLE_SMALL_WORDS;
  const out: Found[] = [];
  for (const m of text.matchAll(APPOSED_TITLE)) {
    const title = m[1].trim();
    const words = title.split(/\s+/);
    if (words.length < 3 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || small.has(w))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const kind = /rule/i.test(m[0]) ? 'rule' : /bill|directive/i.test(m[0]) ? 'statute' : 'order';
    out.push({ start, end: start + title.length, surface: title, label: 'Law', name: title, rule: 'instrument:apposed-title', score: 0.7, kind });
  }
  return out;
}

/** Quoted titles after a verb of issuing or naming; `verb`: where the verb starts. */
function titled(text: string): { found: Found; verb: number }[] {
  const out: { found: Found; verb: number }[] = [];
  for (const m of text.matchAll(grammar().titledInstrument)) {
    if (titledWork(text, m.index)) continue;
    const name = m.groups?.title ?? '';
    const start = m.index + m[0].lastIndexOf(name);
    out.push({ found: { start, end: start + name.length, surface: name, label: 'Law', name, rule: 'instrument:titled', score: 0.8 }, verb: m.index });
  }
  return out;
}

/** "Regulations (EC) No 2111/2005, (EC) No 1008/2008 and (EU) No 996/2010", "Council Directives 89/686/EEC and 93/15/EEC":
 *  EU acts cited in a list after one plural type word, each number an act of that type. */
const EU_LIST = /\b(?:(?:Commission|Council)\s+)?(Regulations|Directives|Decisions)\s+(?=\(|No\s|\d)/gu;
const EU_LIST_ITEM = /^(?:\((?:(?:EU|EC),\s+Euratom|EU|EC|EEC|Euratom|CFSP)\)\s+)?(?:No\s+)?\d{1,4}\/\d{1,4}(?:\/(?:EC|EU|EEC|JHA|CFSP|Euratom))?\b(?![/.]\d)/u;
const EU_LIST_LINK = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=\(|No\s|\d)/u;

/** Each act of such a list, named as its citation in the singular would be (the eu-act citations of
 *  grammar/instruments.yaml read "Regulation (EU) No 648/2012" for the list's "(EU) No 648/2012"); the first act's surface
 *  holds the plural word. */
let euActs: { c: ReturnType<typeof grammar>['citations'][number]; whole: RegExp }[] | undefined;
function euActLists(text: string): Found[] {
  const out: Found[] = [];
  if (!/\b(?:Regulations|Directives|Decisions)\s/.test(text)) return out;
  euActs ??= grammar().citations.filter((c) => c.kind === 'eu-act').map((c) => ({ c, whole: new RegExp(`^(?:${c.pattern.source})$`, 'u') }));
  for (const m of text.matchAll(EU_LIST)) {
    const singular = m[1].slice(0, -1);
    let at = m.index + m[0].length;
    let first = true;
    for (;;) {
      const item = EU_LIST_ITEM.exec(text.slice(at));
      if (!item) break;
      const cited = `${singular} ${item[0]}`;
      for (const { c, whole } of euActs) {
        const x = whole.exec(cited);
        if (!x) continue;
        const start = first ? m.index : at;
        const name = fillName(c.name, x.groups);
        out.push({ start, end: at + item[0].length, surface: text.slice(start, at + item[0].length), label: 'Law', name, rule: 'instrument:eu-act-list', score: 0.9, kind: c.kind });
        break;
      }
      first = false;
      at += item[0].length;
      const link = EU_LIST_LINK.exec(text.slice(at));
      if (!link) break;
      at += link[0].length;
    }
  }
  return out;
}

function citations(text: string): Found[] {
  const out: Found[] = [...euActLists(text)];
  const all = grammar().citations;
  // One scan for a sentence that cites nothing (most), not one per pattern.
  if (anyOf(listOf(all, () => all.map((c) => c.pattern)))?.test(text) === false) return out;
  for (const c of all) {
    for (const raw of matchesOf(c.pattern, text)) {
      const m = withoutOpener(raw);
      const name = fillName(c.name, m.groups);
      // The body that issued it, where the citation opens with it (商务部公告2027年第18号) or names it after its type
      // ("Ordinance of the Ministry of Finance No. 92 of 1998"): a mention of its own.
      const issuer = m.groups?.issuer;
      const issuedAt = issuer ? m[0].indexOf(issuer) : -1;
      const parent: Found | undefined = issuer && issuedAt >= 0 ? { start: m.index + issuedAt, end: m.index + issuedAt + issuer.length, surface: issuer, label: 'Authority', name: issuer, rule: 'instrument:issuer', score: 0.8 } : undefined;
      const local = c.local === true || (c.localWithout !== undefined && !m.groups?.[c.localWithout]);
      out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name, rule: `instrument:${c.id}`, score: 0.9, kind: c.kind, ...(c.procedural ? { procedural: true } : {}), ...(local ? { local: true } : {}), ...(parent ? { parent } : {}) });
      const title = c.procedural ? undefined : citedTitle(text, m.index + m[0].length);
      if (title) out.push({ ...title, label: 'Law', name, rule: 'instrument:cited-title', score: 0.9, kind: c.kind, ...(local ? { local: true } : {}) });
    }
  }
  return out;
}

/** "The Telecommunications (Security) Act 2021 bars ...": a title matched from its capitals takes the sentence's opening
 *  word with it; an opener of names (grammar/names.yaml openers) is no word of the title. */
function withoutOpener(m: RegExpExecArray): RegExpExecArray {
  const first = /^(\p{Lu}\p{Ll}*)\s+/u.exec(m[0]);
  if (!first || !grammar().openers.has(first[1]) || m.groups?.name?.startsWith(first[0]) !== true) return m;
  const cut = first[0].length;
  const out = Object.assign([m[0].slice(cut), ...m.slice(1)], { index: m.index + cut, input: m.input, groups: { ...m.groups, name: m.groups.name.slice(cut) } });
  return out as unknown as RegExpExecArray;
}

/** "Executive Order 13873 of May 15, 2019 (Securing the Information and Communications Technology and Services Supply
 *  Chain)", "Proclamation 9705 of March 8, 2018 (Adjusting Imports of Steel into the United States)": the title in
 *  brackets after a citation and its date names the same instrument; no name inside it is read on its own (the longer
 *  find wins). A title: three words or more, most of its longer words capitalised. */
const CITED_TITLE = /^(?:\s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2})?,?\s*\((\p{Lu}[^()\n]{8,300})\)/u;
function citedTitle(text: string, end: number): Pick<Found, 'start' | 'end' | 'surface'> | undefined {
  const m = CITED_TITLE.exec(text.slice(end));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const long = words.filter((w) => /^[\p{L}'’-]{4,}$/u.test(w));
  // "(OJ L 257, 28.8.2014, p. 73)": a publication reference has no words of a title.
  if (words.length < 3 || long.length === 0 || long.filter((w) => /^\p{Lu}/u.test(w)).length < 0.6 * long.length) return undefined;
  const start = end + m[0].length - 1 - m[1].length;
  return { start, end: start + m[1].length, surface: m[1] };
}

/** Where a sentence or a list item opens: nothing before, or only an item's number or letter and its mark. */
const IMPERATIVE_AT = /^\s*(?:(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[-*\u2022])\s+)?$/;

/** A determiner that refers back ("this Regulation", "such Act"), right before a head. */
const REFERRING = /\b(?:[Tt]his|[Tt]hese|[Ss]uch)\s+$/;

/**
 * "China's National Intelligence Law and Data Security Law": two instruments' names, each with words of its own before
 * its head, coordinated in one run of capitalised words, are two names (a head, "and", then words and a head); not
 * "Report and Order" or "the Act and Regulations" (one name, or a head with no words of its own after "and").
 */
function coordinatedNames(run: Token[]): Token[][] {
  const heads = grammar().instrumentHeads;
  for (let k = 1; k + 3 < run.length; k++) {
    if (!heads.has(run[k].t) || run[k + 1].t !== 'and' || heads.has(run[k - 1].t) || heads.has(run[k + 2].t)) continue;
    const rest = run.slice(k + 2);
    if (rest.some((t, j) => j > 0 && heads.has(t.t))) return [run.slice(0, k + 1), ...coordinatedNames(rest)];
  }
  return [run];
}

function named(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const w = run.map((r) => r.t);
  let last = -1;
  w.forEach((t, k) => {
    if (g.instrumentHeads.has(t)) last = k;
  });
  // "1. Revise Directive 1450.3 to require ...", "Review Regulation 12 and report": a verb read mostly as one (lexicon.ts
  // isMostlyVerb), opening a sentence or a list item right before an instrument's head, is the imperative of a
  // recommendation or an instruction, no word of the name; the instrument is named from its head.
  if (last === 1 && run.length >= 2 && IMPERATIVE_AT.test(text.slice(0, run[0].start)) && !g.instrumentHeads.has(w[0]) && isMostlyVerb(w[0])) return named(text, run.slice(1));
  // "this Regulation for the Certificate of ...": a head after "this" or "such" is the document or an instrument named
  // before, its words after it a phrase of the sentence; no title opens with them.
  // "Several Provisions on ...", "Interim Measures for ...": a translated title's qualifier before its leading type, in the
  // run or right before it (instruments.yaml named.leading-qualifiers).
  const q = g.leadingQualifiers.has(w[0]) && g.leadingInstruments.has(w[1] ?? '') ? 1 : 0;
  // "Order Respecting the Security of ...": any head before a capitalised link of subject-matter (named.leading-links).
  // Its subject may open with "the", where the run of capitalised words breaks ("Order Respecting the Security of ...").
  const linked = g.instrumentHeads.has(w[q]) && g.leadingLinks.has(w[q + 1] ?? '');
  const linkedThe = linked && w.length === q + 2 ? LINKED_THE_TAIL.exec(text.slice(run[q + 1].end)) : null;
  const leading = ((g.leadingInstruments.has(w[q]) && g.headLinks.has(w[q + 1] ?? '')) || linked) && (w.length > q + 2 || !!linkedThe) && !REFERRING.test(text.slice(Math.max(0, run[0].start - 6), run[0].start));
  const qualifier = leading && q === 0 ? QUALIFIER_BEFORE.exec(text.slice(Math.max(0, run[0].start - 20), run[0].start)) : null;
  const qualified = qualifier && g.leadingQualifiers.has(qualifier[1]) ? qualifier[0].length : 0;
  if (last < 0 && !leading) return undefined;
  // "List of Subjects in 15 CFR Part 791", "List of Figures": a part of the document (instruments.yaml named.leading-apparatus).
  if (leading && w.length === q + 3 && g.leadingApparatus.has(w[q + 2])) return undefined;
  if (!leading && (bodyBefore(w, last) || bodyAfter(w, last))) return undefined;
  if (!leading && (publicationAfter(w, last) || stateLaw(w, last))) return undefined;
  const tokens = leading ? run : run.slice(0, last + 1);
  // "the 1958 Agreement", "the 2019 Act": a year before a lone head; the instrument the text named before with that
  // year, else one of its own (instrument-references.ts).
  const year = tokens.length === 1 && !leading ? YEAR_LEAD.exec(text.slice(Math.max(0, tokens[0].start - 6), tokens[0].start)) : null;
  if (year) {
    const start = tokens[0].start - year[0].length;
    const name = text.slice(start, tokens[0].end);
    return { start, end: tokens[0].end, surface: name, label: 'Law', name, rule: 'instrument:named', score: 0.8, kind: g.instrumentKinds.get(w[last]) ?? 'statute', pending: 'bare-head' };
  }
  if (tokens.length === 1) {
    // "this Act" is the document itself (its node comes from the manifest); "the Act": its definitions say which.
    if (/\b[Tt]his\s+$/.test(text.slice(Math.max(0, tokens[0].start - 5), tokens[0].start))) return undefined;
    return { start: tokens[0].start, end: tokens[0].end, surface: tokens[0].t, label: 'Law', name: tokens[0].t, rule: 'bare-head', score: 0.5, pending: 'bare-head' };
  }
  if (tokens.length === 2 && g.genericInstrumentWords.has(w[0])) return undefined;
  // "a PhD in Law": a named instrument's head follows a word of its name, not a connector, unless "and"
  // joins it to another capitalised word ("Report and Order").
  if (!leading && g.connectors.has(w[last - 1]) && !(w[last - 1] === 'and' && last >= 2)) return undefined;
  // "the William M. (Mac) Thornberry National Defense Authorization Act": a person's name with a bracketed nickname
  // opens the name of an act named after them.
  const nickname = w[last] === 'Act' ? NICKNAMED.exec(text.slice(Math.max(0, tokens[0].start - 60), tokens[0].start)) : null;
  // "the 2022 Equipment Authorization Order": a year between a determiner and a name of two words or more is the first
  // word of the name, as the year before a lone head is ("the 2019 Act" above).
  const dated = nickname ? null : DATED_NAME.exec(text.slice(Math.max(0, tokens[0].start - 30), tokens[0].start));
  // "the Public Governance, Performance and Accountability Act 2013": a title whose words are a list, its first item before
  // a comma (where the name run stops), opens with that item after "the", when "and" joins the items the run holds.
  const listed = !nickname && !dated && !qualified && !leading && w.slice(0, last).includes('and') ? LISTED_TITLE_HEAD.exec(text.slice(Math.max(0, tokens[0].start - 80), tokens[0].start)) : null;
  const start = tokens[0].start - (nickname?.[0].length ?? dated?.[1].length ?? listed?.[1].length ?? qualified);
  let end = tokens[tokens.length - 1].end;
  // "the Telecommunications Security Code of Practice": the head's complement in the run ends the name (named.head-tails).
  const complement = !leading && w[last + 1] === 'of' && g.headTails.has(w[last + 2] ?? '') ? run[last + 2] : undefined;
  if (complement) end = complement.end;
  const tail = DATE_TAIL.exec(text.slice(end)) ?? YEAR_TAIL.exec(text.slice(end)) ?? VERSION_TAIL.exec(text.slice(end)) ?? NUMBER_TAIL.exec(text.slice(end)) ?? (UK_YEAR_HEADS.has(w[last]) ? UK_YEAR_TAIL.exec(text.slice(end)) : null);
  if (tail) end += tail[0].length;
  // "the National Security Directive on Telecommunication Sector", "the Personal Data Regulation on Cross-Border Transfers":
  // a head that may open a title (named.leading: "Directive on ...") runs on over "on" and capitalised words as a leading
  // title does, where no other name starts there (no country, company or body: "the Order on China" is the order's
  // target; not a day or a month: "the Act on Monday").
  const onTitle = !tail && !leading && !complement && g.leadingInstruments.has(w[last]) ? ON_TITLE_TAIL.exec(text.slice(end)) : null;
  if (onTitle && !onTitle[1].split(/\s+/).some((x) => g.instrumentHeads.has(x) || isCountryWord(x) || g.heads.has(x) || CALENDAR.test(x))) end += onTitle[0].length;
  const toTitle = !tail && !leading && w[last] === 'Act' ? TO_TITLE_TAIL.exec(text.slice(end)) : null;
  if (toTitle && isVerbBase(toTitle[1].toLowerCase())) end += toTitle[0].length;
  // "Catalogue of Technologies Prohibited or Restricted from Export", "... Items Subject to Export License Management": a
  // title that opens with its type runs on over a small word of titles to more capitalised words.
  // Not over "and" (another name may follow: "the Provisions on the Unreliable Entity List and the Export Control Law") nor
  // onto another instrument's head.
  if (linkedThe && !linkedThe[0].split(/\s+/).some((x) => g.instrumentHeads.has(x))) end += linkedThe[0].length;
  if (leading) {
    for (let more = LEADING_TITLE_TAIL.exec(text.slice(end)); more && !more[0].split(/\s+/).some((x) => g.instrumentHeads.has(x)); more = LEADING_TITLE_TAIL.exec(text.slice(end))) end += more[0].length;
  }
  // "the Export Control Law of the People's Republic of China", "the Harmonized Tariff Schedule of the United States": the
  // state an instrument is "of" ends its name, and is mentioned there too (a part of the mention).
  const state = leading || tail || complement ? undefined : stateOf(text, run, last);
  if (state) end = state.end;
  // "Rules for the Skylark X4 inspection drone": a head of things right after the name, or after one word that may modify
  // it, ends a noun phrase the capitalised words only modify (a product's brand and model), so no instrument is named
  // "Rules for the Skylark X4"; a verb or a preposition after the name ("... took effect", "... lists drone engines", "...
  // under the") leaves it.
  if (leading) {
    const after = /^ ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?/.exec(text.slice(end));
    if (after && (g.thingHeads.has(after[1]) || (after[2] !== undefined && g.thingHeads.has(after[2]) && !isPastVerb(after[1]) && !tagsOf(after[1]).some((t) => FUNCTION_TAGS.has(t) || t === 'PresentTense')))) return undefined;
    // Its trial status in brackets, the title's last words (instruments.yaml named.leading-tails).
    const rest = text.slice(end);
    const status = g.leadingTails.find((t) => rest.startsWith(` ${t}`));
    if (status) end += status.length + 1;
    // A linked title's bracketed qualifier: "Order Respecting ... Networks (Designated Suppliers)".
    const qualifierTail = linked && !status ? BRACKETED_QUALIFIER.exec(rest) : null;
    if (qualifierTail) end += qualifierTail[0].length;
  }
  const head = leading ? w[q] : w[last];
  const name = text.slice(start, end);
  return { start, end, surface: name, label: 'Law', name, rule: leading ? 'instrument:leading' : 'instrument:named', score: 0.8, kind: g.instrumentKinds.get(head) ?? 'statute', ...(state ? { parent: state } : {}) };
}

/** Tags of words that join or determine, no modifiers of a noun after them. */
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Copula', 'Modal', 'Pronoun', 'QuestionWord', 'Adverb']);

/** "the Protecting Americans' Data from Foreign Adversaries Act of 2024", "The Protecting Americans from Foreign Adversary
 *  Controlled Applications Act": an act's title holds lower-case words of a title ("from", "to", "against", ...) and
 *  possessives, where a name run ends; the capitalised words and those small words right before the name, back to a
 *  "the" that opens the title, are the act's name too. A word that is neither (a verb: "barred Huawei from the ...")
 *  or no "the" before the first capitalised word leaves the name as it is, and so does a body's head among the words
 *  ("the Bureau of Industry and Security in the ... Act"). */
const TITLE_SMALL = 'from|to|against|with|by|for|of|and|in|on|through|the|a|an';
const TITLE_SMALL_WORDS = new Set(TITLE_SMALL.split('|'));
/** The title's words before the name end in a small word of titles or a possessive. */
const TITLE_BEFORE_END = new RegExp(`\\s(?:${TITLE_SMALL})\\s+$|['’]s?\\s+$`, 'u');
// A word of a title: capitalised, or an ordinal ("the 21st Century Peace through Strength Act").
const TITLE_BEFORE = new RegExp(`(?:^|[\\s(])[Tt]he\\s+((?:(?:\\p{Lu}[\\p{L}\\d-]*|\\d{1,3}(?:st|nd|rd|th))(?:['’]s?)?\\s+(?:(?:${TITLE_SMALL})\\s+){0,2})+)$`, 'u');
function withTitleWords(text: string, f: Found): Found {
  if (f.kind !== 'statute' || !/\bAct\b/.test(f.name)) return f;
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, f.start - 160), f.start));
  if (!m || !TITLE_BEFORE_END.test(` ${m[1]}`)) return f;
  // "complies with the GDPR and the Cyber Resilience Act": "and the" opens a second name coordinated with the first, no
  // small words of one title.
  if (/\band\s+the\s/.test(m[1])) return f;
  // "in the United States the Uyghur Forced Labor Prevention Act presumes": a determiner right after a capitalised word
  // that is no verb ("Securing the Ports Act" has one) opens the act's own noun phrase; the words before it are a place's
  // name or another phrase of the sentence, no words of the title.
  const words = m[1].trim().split(/\s+/);
  const prev = words[words.length - 2];
  if (/^(?:the|a|an)$/.test(words[words.length - 1]) && prev !== undefined && /^\p{Lu}/u.test(prev) && !/ing$/.test(prev) && !isMostlyVerb(prev.toLowerCase())) return f;
  // "the role of the Bureau of Industry and Security in the ... Act": a body's name before the act is no word of its title.
  const heads = grammar().heads;
  // "the National Emergency Powers Act and the Network Security Act": nor is another instrument's.
  if (m[1].split(/\s+/).some((w) => (heads.has(w) && heads.get(w) !== 'Company') || grammar().instrumentHeads.has(w))) return f;
  const start = f.start - m[1].length;
  const name = text.slice(start, f.end);
  return { ...f, start, surface: name, name };
}

/** The rest of the run after the head `last` is "of [the] <a country's name>", to the run's end: that country. */
function stateOf(text: string, run: Token[], last: number): Found | undefined {
  if (run[last + 1]?.t !== 'of') return undefined;
  const from = run[last + 2]?.t === 'the' ? last + 3 : last + 2;
  if (from >= run.length) return undefined;
  const rest = run.slice(from);
  const surface = text.slice(rest[0].start, rest[rest.length - 1].end);
  const code = countryCode(surface);
  if (!code) return undefined;
  return { start: rest[0].start, end: rest[rest.length - 1].end, surface, label: 'Jurisdiction', name: countryName(code.toUpperCase()), id: `jur:${code}`, rule: 'instrument:state', score: 0.8 };
}

/** "World Forum for Harmonization of Vehicle Regulations", "Committee on Rules": a body's head opens "of/for/on" before
 *  the instrument word, which is then part of the body's name. */
function bodyBefore(w: string[], last: number): boolean {
  const g = grammar();
  for (let k = 0; k < last - 1; k++) {
    const kind = g.heads.get(w[k]);
    if ((kind === 'Authority' || kind === 'Organization') && g.headLinks.has(w[k + 1]) && !g.instrumentHeads.has(w[k])) return true;
  }
  return false;
}

/** "Trade and Technology Regulation Group", "Rules Committee", "Act Now Coalition": a body's head right after the instrument
 *  word, capitalised words only between them, makes the run a body's name (a practice group, a committee) that the
 *  instrument word is only part of. */
function bodyAfter(w: string[], last: number): boolean {
  const g = grammar();
  for (let k = last + 1; k < w.length; k++) {
    if (g.connectors.has(w[k]) || !/^\p{Lu}/u.test(w[k])) return false;
    const kind = g.heads.get(w[k]);
    if (kind && kind !== 'Company') return true;
  }
  return false;
}

/** "Asian Data Law Review", "Comparative Regulation Quarterly": a publication's head after the instrument word, capitalised
 *  words only between them, or before it with "of/for/on" ("Journal of Technology Regulation"), makes the run a journal's
 *  name (grammar/instruments.yaml named.publications). */
function publicationAfter(w: string[], last: number): boolean {
  const g = grammar();
  for (let k = last + 1; k < w.length; k++) {
    if (g.connectors.has(w[k]) || !/^\p{Lu}/u.test(w[k])) break;
    if (g.publicationHeads.has(w[k])) return true;
  }
  // "Transatlantic Journal of Technology Regulation": a publication's head before "of/for/on" and the instrument word.
  for (let k = 0; k < last - 1; k++) if (g.publicationHeads.has(w[k]) && g.headLinks.has(w[k + 1])) return true;
  return false;
}

/** "European and Chinese Law", "EU Law": country words and "and" alone before the head name a state's body of law
 *  (a title's capitals), no instrument (grammar/instruments.yaml named.state-law). */
function stateLaw(w: string[], last: number): boolean {
  const g = grammar();
  if (!g.stateLawHeads.has(w[last]) || last === 0) return false;
  const state = (t: string): boolean => isCountryWord(t) || g.stateLawWords.has(t);
  const before = w.slice(0, last);
  return before.some(state) && before.every((t) => t === 'and' || state(t));
}

/** "a UN Regulation", "any Act": an indefinite determiner right before the name. */
function indefinite(text: string, start: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return !!before && grammar().indefiniteInstrument.has(before[1].toLowerCase());
}

const SUBJECT_WORD = /\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/uy;
const MAX_SUBJECT_WORDS = 6;

/**
 * "the EU Toolbox on 5G cybersecurity agreed by ...", "the Commission Communication on the Digital Decade": a subject
 * head (grammar/instruments.yaml named.subject) with a determiner or a capitalised qualifier before it and "on"/"for"
 * and a subject after it. The subject runs over words that may modify a noun, with "of"/"and" between them, to a
 * function word, punctuation or a verb: a past form ends it unless a word of the phrase follows ("on connected
 * vehicles").
 */
function subjectNamed(text: string, run: Token[]): Found | undefined {
  const g = grammar();
  const k = run.findIndex((r) => g.subjectInstruments.has(r.t));
  if (k < 0) return undefined;
  const head = run[k];
  if (k === 0 && !/\bthe\s+$/i.test(text.slice(Math.max(0, head.start - 4), head.start))) return undefined;
  const link = /^\s+(?:on|for)\s+(?:the\s+)?/.exec(text.slice(head.end));
  if (!link) return undefined;
  const end = subjectEnd(text, head.end + link[0].length);
  if (end === undefined) return undefined;
  const start = run[0].start;
  const name = text.slice(start, end);
  return { start, end, surface: name, label: 'Law', name, rule: 'instrument:subject', score: 0.8, kind: g.instrumentKinds.get(head.t) ?? 'policy' };
}

/** Where a subject that starts at `from` ends (after its last content word), or undefined without one. */
function subjectEnd(text: string, from: number): number | undefined {
  const words: { w: string; end: number }[] = [];
  SUBJECT_WORD.lastIndex = from;
  for (let m = SUBJECT_WORD.exec(text); m && words.length < MAX_SUBJECT_WORDS + 2; m = SUBJECT_WORD.exec(text)) words.push({ w: m[1], end: SUBJECT_WORD.lastIndex });
  let end: number | undefined;
  let content = 0;
  for (let i = 0; i < words.length && content < MAX_SUBJECT_WORDS; i++) {
    const { w } = words[i];
    const next = words[i + 1]?.w;
    const joins = (w === 'of' || w === 'and') && end !== undefined && next !== undefined && mayModify(next) && /^[\p{L}\p{N}]/u.test(next);
    if (joins) continue;
    // A capitalised word is part of a titled subject ("the Digital Decade").
    const named = /^\p{Lu}/u.test(w);
    if (!named && (!mayModify(w) || isLeadingVerb(w) || (isPastVerb(w) && !(next && mayModify(next) && !isPastVerb(next))))) break;
    end = words[i].end;
    content++;
    // A subject word followed by punctuation ends it.
    if (!/^\s+[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) break;
  }
  return end;
}

/** The laws a Chinese text cites by title in book-title marks (《中华人民共和国网络安全法》), as the reports' rule reads
 *  them (instrument:cjk): a title that ends as a law, regulation, measure or decision does; a licence or catalogue does not. */
export function bracketedCjkLaws(text: string): Found[] {
  return cjk(text).filter((f) => f.rule === 'instrument:cjk' && f.kind === 'statute' && f.surface.startsWith('《'));
}

function cjk(text: string): Found[] {
  const g = grammar();
  const out: Found[] = [];
  const c = g.cjkInstruments;
  if (text.includes('规则')) {
    for (const m of text.matchAll(cjkThingRule())) out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name: m[0], rule: 'instrument:thing-rule', score: 0.7, kind: 'rule' });
  }
  if (anyOf(listOf(c, () => [c.bracketed, c.listed, c.bare]))?.test(text) === false) return out;
  for (const m of text.matchAll(g.cjkInstruments.bracketed)) {
    const name = m.groups?.name ?? '';
    const tail = c['status-tails'].find((t) => name.endsWith(t));
    const titled = tail ? name.slice(0, -tail.length) : name;
    if (!g.cjkEndings.some((e) => titled.endsWith(e))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name, rule: 'instrument:cjk', score: 0.9, kind: name.endsWith('清单') ? 'list' : 'statute' });
  }
  for (const m of text.matchAll(g.cjkInstruments.listed)) {
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name: m[0].replace(/[“”"「」]/g, ''), rule: 'instrument:cjk', score: 0.8, kind: 'list' });
  }
  for (const m of text.matchAll(g.cjkInstruments.bare)) {
    if (cjkLawRunsOn(text, m[0], m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], label: 'Law', name: m[0], rule: 'instrument:cjk', score: 0.8, kind: 'statute' });
  }
  return out;
}

/** A Chinese name ending in 法 whose text runs on into a word on 法 (国家安全法律法规: laws on national security) names no
 *  law: 法 is that word's first character (grammar/instruments.yaml cjk.law-word-tails). */
export function cjkLawRunsOn(text: string, surface: string, end: number): boolean {
  return surface.endsWith('法') && grammar().cjkInstruments['law-word-tails'].test(text.slice(end, end + 2));
}

let cjkRule: RegExp | undefined;
/** "美国商务部…发布的网联汽车规则": a rule named by the goods it is about, as "the connected vehicles rule" (thingRules): after
 *  的, a name of goods on a head of Chinese goods (things.yaml cjk-heads), then 规则; no function word inside. */
function cjkThingRule(): RegExp {
  const heads = Object.values(grammar().cjkThingHeads).flat().sort((a, b) => b.length - a.length).join('|');
  cjkRule ??= new RegExp(`(?<=的)[^\\P{Script=Han}的了是在对和与及向将被把从于以其该各这那等或]{0,8}?(?:${heads})规则`, 'gu');
  return cjkRule;
}


