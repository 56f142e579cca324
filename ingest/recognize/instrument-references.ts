// Short forms of instruments a document named before: "the Act", "the 2019 Act", "the Executive Order", "the
// Toolbox", and in lower case "that rule", "such Act", "the toolbox" (grammar/instruments.yaml `short-forms`). A short form names
// the one instrument mentioned before it whose name has all its words (and its year): "the 2019 Act" is the "Secure
// and Trusted Communications Networks Act of 2019", "the Order" the one executive order named so far. Two such:
// ambiguous, left unresolved; none: a capitalised short form with a year is an instrument of its own ("the 1958
// Agreement"), any other names nothing. A procedural citation ("15 CFR part 791") is no antecedent: it says where an
// instrument stands, not which one the text speaks of.
// A Chinese name the document also gives with the state's name before it (数据安全法, 中华人民共和国数据安全法) is that
// instrument; other words before a name make another (实体清单 is not 不可靠实体清单); a foreign state's name before a list's
// name says whose it is (美国实体清单 is 实体清单).
import { codeCitation } from './code-citation.ts';
import type { Ambiguity } from './entities.ts';
import type { Found } from './found.ts';
import { cjkStateAlternation } from './countries.ts';
import { grammar } from './grammar.ts';
import { initials } from './initials.ts';
import { entityKey, recognisedId } from './keys.ts';
import type { Mention } from './matcher.ts';
import { phrasePattern } from '../text/clean.ts';

export interface ShortForm {
  start: number;
  end: number;
  surface: string;
  /** The words an antecedent's name must have, lower case: ["executive", "order"], ["2019", "act"]. */
  words: string[];
  year?: string;
  /** Written with a capital head ("the Act"): a name, not a common noun. */
  capitalised: boolean;
  /** After "a"/"an" and a year ("a 2019 executive order"): one instrument of that year, not any of the kind. */
  indefinite?: boolean;
  /** After an owner's possessive ("BIS's rule of June 2026"): where the possessive's apostrophe stands; the form names an
   *  instrument only where a body or a country's mention ends there. */
  owner?: number;
}

export interface Antecedent {
  id: string;
  /** Reading position: sentence order, then offset. */
  at: [number, number];
  /** Its surface and its name, lower case. */
  text: string;
}

export type Resolution = { id: string } | { candidates: string[] } | undefined;

let pattern: RegExp | undefined;
let datedPattern: RegExp | undefined;

/** "the|that|such [YEAR] [qualifier] head" ("under such Act": the act just named), not "the rule of law", "the Act to amend" or "the order in which". */
function shortFormPattern(): RegExp {
  if (pattern) return pattern;
  pattern = new RegExp(String.raw`\b(?:[Tt]he|[Tt]hat|[Ss]uch)\s+(?:(?<year>(?:19|20)\d{2})\s+)?${qualifiedHead()}\b(?![-‑]|\s+(?:of|on|for|to|which|that|in\s+which)\b)`, 'gud');
  return pattern;
}

/** "a 2019 executive order (on ...)": an indefinite article and a year before a dated form's words (grammar/instruments.yaml
 *  introduced.dated), "on" or "that" after it as any name has them; not "a 2019 rule of thumb". */
function datedFormPattern(): RegExp {
  datedPattern ??= new RegExp(String.raw`\b[Aa]n?\s+(?<year>(?:19|20)\d{2})\s+${qualifiedHead()}\b(?![-‑]|\s+of\b)`, 'gud');
  return datedPattern;
}

let ownedPattern: RegExp | undefined;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** "BIS's rule of June 2026", "the Commission's 2022 rules", "the Department's October 2025 interim final rule": a dated
 *  form's words (grammar/instruments.yaml introduced.dated, a plural too) after an owner's possessive, with the year (and
 *  its month) before them or after them with "of" ("rule of June 2026"). The owner is checked where the mentions are
 *  known (shortFormMentions: a body or a country); the form starts after the possessive. */
function ownedDatedPattern(): RegExp {
  const dated = String.raw`(?:(?<month>${MONTH})\s+)?(?<year>(?:19|20)\d{2})\s+${qualifiedHead()}(?<plural>s)?\b(?![-‑]|\s+of\b)`;
  const after = String.raw`${qualifiedHead().replace('<qualifier>', '<qualifier2>').replace('<head>', '<head2>')}(?<plural2>s)?\s+of\s+(?:(?<month2>${MONTH})\s+)?(?<year2>(?:19|20)\d{2})\b(?![-‑/])`;
  ownedPattern ??= new RegExp(String.raw`(?<=[\p{L}\p{N}.)])['’]s\s+(?:${dated}|${after})`, 'gud');
  return ownedPattern;
}

/** "[qualifier] head", as groups `qualifier` and `head`. */
function qualifiedHead(): string {
  const g = grammar().shortForms;
  const qualifiers = [...g.qualifiers, ...g.qualifiers.map((q) => q.toLowerCase())].map(phrasePattern).join('|');
  const heads = [...g.heads, ...g.lowercase].sort((a, b) => b.length - a.length).map(phrasePattern).join('|');
  return String.raw`(?:(?<qualifier>${qualifiers})\s+)?(?<head>${heads})`;
}

/** Whether a dated form's words are one of the forms a year makes one instrument of ("executive order", "final rule"). */
function datedWords(words: string[]): boolean {
  return grammar().introducedInstruments.dated.includes(words.join(' '));
}

/** The short forms of instruments in one sentence. */
export function findShortForms(text: string): ShortForm[] {
  const out: ShortForm[] = [];
  const read = (m: RegExpExecArray, indefinite: boolean): void => {
    const { year, qualifier, head } = m.groups ?? {};
    const at = m.indices?.groups;
    const start = (indefinite ? [m.index] : (at?.year ?? at?.qualifier ?? at?.head ?? [m.index]))[0];
    const words = [year, ...(qualifier?.split(/\s+/) ?? []), head].filter((w): w is string => !!w).map((w) => w.toLowerCase());
    if (indefinite && !datedWords(words.slice(1))) return;
    const from = indefinite ? (at?.year ?? [m.index])[0] : start;
    out.push({ start: from, end: m.index + m[0].length, surface: text.slice(from, m.index + m[0].length), words, ...(year ? { year } : {}), capitalised: /^\p{Lu}/u.test(head), ...(indefinite ? { indefinite } : {}) });
  };
  for (const m of text.matchAll(shortFormPattern())) read(m, false);
  if (/\b[Aa]n?\s+(?:19|20)\d{2}\s/.test(text)) for (const m of text.matchAll(datedFormPattern())) read(m, true);
  if (/['’]s\s/.test(text) && /(?:19|20)\d{2}/.test(text)) {
    for (const m of text.matchAll(ownedDatedPattern())) {
      const g = m.groups ?? {};
      const at = m.indices?.groups;
      const head = g.head ?? g.head2;
      const qualifier = g.qualifier ?? g.qualifier2;
      const year = g.year ?? g.year2;
      const start = (at?.month ?? at?.year ?? at?.qualifier2 ?? at?.head2 ?? [m.index])[0];
      const end = m.index + m[0].length;
      const words = [year, ...(qualifier?.split(/\s+/) ?? []), head].filter((w): w is string => !!w).map((w) => w.toLowerCase());
      out.push({ start, end, surface: text.slice(start, end), words, year, capitalised: /^\p{Lu}/u.test(head ?? ''), owner: m.index });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The one instrument named before `at` whose name has the form's words; several: the candidates; none: undefined. */
export function resolveShortForm(form: ShortForm, antecedents: Antecedent[], at: [number, number]): Resolution {
  const ids = new Set<string>();
  for (const a of antecedents) {
    if (a.at[0] > at[0] || (a.at[0] === at[0] && a.at[1] >= at[1])) continue;
    const words = antecedentWords(a);
    if (form.words.every((w) => words.has(w))) ids.add(a.id);
  }
  if (ids.size === 1) return { id: [...ids][0] };
  return ids.size > 1 ? { candidates: [...ids] } : undefined;
}

/** An antecedent's words, split once (every short form of the document is compared with every antecedent before it). */
const wordsOf = new WeakMap<Antecedent, Set<string>>();
function antecedentWords(a: Antecedent): Set<string> {
  let words = wordsOf.get(a);
  if (!words) {
    words = new Set(a.text.split(/[^\p{L}\p{N}]+/u));
    wordsOf.set(a, words);
  }
  return words;
}

/** Chinese instrument names that another of the document's names has with only the state's name before it
 *  (grammar `cjk-prefixes`): short id -> full id. */
export function cjkShortNames(laws: { id: string; name: string }[]): Map<string, string> {
  const prefixes = grammar().shortForms.cjkPrefixes;
  const byName = new Map(laws.map((l) => [l.name, l.id]));
  const out = new Map<string, string>();
  for (const l of laws) {
    const full = prefixes.map((p) => byName.get(p + l.name)).find((id) => id !== undefined && id !== l.id);
    if (full) out.set(l.id, full);
  }
  // A list named with a state's name before it is the state's list the text also names alone (美国实体清单 = 实体清单: the
  // state says whose list it is, no other list).
  const state = new RegExp(`^${cjkStateAlternation()}`, 'u');
  for (const l of laws) {
    if (out.has(l.id) || !LIST.test(l.name)) continue;
    const s = state.exec(l.name)?.[0];
    if (!s || prefixes.includes(s)) continue;
    const bare = byName.get(l.name.slice(s.length));
    if (bare !== undefined && bare !== l.id && !out.has(bare)) out.set(l.id, bare);
  }
  return out;
}
/** A Chinese list's name (清单, 名单). */
const LIST = /(?:清单|名单)$/u;

/** Each sentence's place in reading order: the body's in turn, a section's heading just before its first sentence
 *  (`heading`: whether a sentence is a heading; `section`: its section). */
export function readingOrder<S>(all: { heading: boolean; section: S }[]): number[] {
  const first = new Map<S, number>();
  all.forEach(({ heading, section }, i) => {
    if (!heading && !first.has(section)) first.set(section, i);
  });
  return all.map(({ heading, section }, i) => (heading && (first.get(section) ?? i) < i ? first.get(section)! - 0.5 : i));
}

export interface ShortFormContext {
  antecedents: Antecedent[];
  /** The sentence's mentions so far: a short form inside one is none. */
  mentions: { start: number; end: number; label?: string }[];
  /** Spans of the sentence's name runs: a short form inside a longer name is none ("the Act Now Coalition"). */
  runs: [number, number][];
  /** An entity for an instrument of its own ("the 1958 Agreement"). */
  create: (f: Found) => string;
  ambiguities: Ambiguity[];
  unplaced: { name: string; locator: string; rule: string }[];
}

/**
 * The short forms of one sentence as mentions: the one instrument named before (resolveShortForm); a capitalised one
 * with several candidates is reported, one with a year and none is an instrument of its own, another is unplaced.
 */
export function shortFormMentions(text: string, at: number, locator: string, ctx: ShortFormContext): Mention[] {
  const out: Mention[] = [];
  for (const f of findShortForms(text)) {
    if (ctx.mentions.some((m) => f.start < m.end && m.start < f.end)) continue;
    // "BIS's rule of June 2026": the owner a body or a country the sentence names right before its possessive (not
    // "Boeing's 2024 order", a company's business, nor "the decade's 2020 rules").
    // A body named by its head alone ("the Commission's 2022 rules", "the agency's rule of May 2025") is resolved after
    // the short forms: its head (names.yaml body-apposition-nouns) is owner enough.
    if (f.owner !== undefined && !ctx.mentions.some((m) => OWNERS.has(m.label ?? '') && m.start < f.owner! && (m.end === f.owner || m.end === f.owner! + 2)) && !bodyHeadBefore().test(text.slice(Math.max(0, f.owner - 40), f.owner))) continue;
    if (ctx.runs.some(([a, b]) => a < f.end && f.start < b && b - a > f.end - f.start)) continue;
    const r = resolveShortForm(f, ctx.antecedents, [at, f.start]);
    const base = { label: 'Law', start: f.start, end: f.end, surface: f.surface };
    if (r && 'id' in r) out.push({ ...base, id: r.id, via: 'instrument:short-form', confidence: 0.6 });
    else if (!r && f.year && datedWords(f.words.filter((w) => w !== f.year)) && !resolveShortForm({ ...f, words: f.words.filter((w) => w !== f.year) }, ctx.antecedents, [at, f.start])) {
      // "a 2019 executive order" where the text named no executive order before: that order, one of its own (its year
      // and words name it only in its document). After one named without its year, which one is left open.
      const kind = grammar().instrumentKinds.get(capital(f.words.at(-1) ?? '')) ?? 'statute';
      const id = ctx.create({ ...base, name: f.surface, rule: 'instrument:dated', score: 0.6, kind, local: true });
      out.push({ ...base, id, via: 'instrument:dated', confidence: 0.6 });
      // "The order" after it takes it up.
      ctx.antecedents.push({ id, at: [at, f.start], text: f.surface.toLowerCase() });
    }
    else if (r && f.capitalised) ctx.ambiguities.push({ surface: f.surface, locator, candidates: r.candidates, why: 'short form of more than one instrument named before it' });
    else if (!r && f.capitalised && f.year) {
      const kind = grammar().instrumentKinds.get(f.surface.split(/\s+/).at(-1) ?? '') ?? 'statute';
      out.push({ ...base, id: ctx.create({ ...base, name: f.surface, rule: 'instrument:named', score: 0.8, kind }), via: 'instrument:named', confidence: 0.8 });
    } else if (f.capitalised) ctx.unplaced.push({ name: f.surface, locator, rule: 'bare-head' });
  }
  return out;
}

let bodyHead: RegExp | undefined;
/** "the Commission", "the agency", "the Federal Maritime Authority" right before an owner's possessive. */
function bodyHeadBefore(): RegExp {
  bodyHead ??= new RegExp(String.raw`\b[Tt]he\s+(?:\p{Lu}[\p{L}.&-]*\s+){0,4}(?:${grammar().bodyAppositionNouns.map((n) => `[${n.charAt(0).toUpperCase()}${n.charAt(0)}]${n.slice(1).replace(/\s+/g, String.raw`\s+`)}`).join('|')})$`, 'u');
  return bodyHead;
}

/** Who may own an instrument named by its owner and date: a body or a state. */
const OWNERS = new Set(['Authority', 'Jurisdiction']);

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** What `appositeCitations` reads of a sentence's mentions. */
type Apposable = Pick<Mention, 'id' | 'label' | 'start' | 'end' | 'surface' | 'via' | 'procedural'>;

/** ", ", ", as amended, ", and where the citation says where the instrument was printed: ", proposed at ", ", published in ". */
const BETWEEN_AFTER = /^(?:\s*,\s*(?:as\s+amended\s*,\s*|(?:proposed|published|issued|codified|printed)\s+(?:at|in)\s+)?|\s+(?:(?:codified|published|set\s+out)\s+)?at\s+)$/;
const BETWEEN_BEFORE = /^\s*,\s*(?:the\s+)?$/i;

/**
 * "the Secure Equipment Act of 2021, Pub. L. 117-55, ...", "Executive Order 13873, 84 FR 22689", "the connected vehicles
 * rule, proposed at 89 FR 79088", "the harbour crane rule at 15 CFR part 795" (where it stands), "Pub. L. 116-124, the
 * Secure and Trusted Communications Networks Act of 2019": a procedural citation between commas (or after "at") right after a named
 * instrument, or right before one, is that instrument, where the citation's kind can cite that kind of instrument
 * (grammar/instruments.yaml `apposed-kinds`: a code section or Public Law an act, a CFR part a rule, a Federal Register
 * page a rule or an order). Adds citation id -> instrument id to `apposed` (as definitions.ts does for brackets).
 */
export function appositeCitations(text: string, mentions: Apposable[], apposed: Map<string, string>): void {
  const laws = mentions.filter((m) => m.label === 'Law').sort((a, b) => a.start - b.start);
  for (let k = 0; k < laws.length; k++) {
    const c = laws[k];
    if (!c.procedural || apposed.has(c.id)) continue;
    const prev = laws[k - 1];
    const next = laws[k + 1];
    // After a citation that is itself an instrument's ("the X Act of 2019, Pub. L. 116-124, codified at 47 U.S.C.
    // 1601-1609"): that instrument.
    const before = prev && (prev.procedural ? laws.find((l) => l.id === apposed.get(prev.id) && !l.procedural) : prev);
    const named = [
      before && BETWEEN_AFTER.test(text.slice(prev.end, c.start)) ? before : undefined,
      next && !next.procedural && BETWEEN_BEFORE.test(text.slice(c.end, next.start)) ? next : undefined,
      datedBefore(text, c, laws.slice(0, k)),
    ].find((n): n is Apposable => n !== undefined && cites(c, n));
    if (named && named.id !== c.id) apposed.set(c.id, named.id);
  }
}

/** The date an instrument came out and the bracket opening its citation: " on January 2, 2025 (". */
const DATED_PAREN = /\s+(?:on|of|dated)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+(?:19|20)\d{2}\s*\(\s*$/;
/** Between an instrument and that date: nothing, or a few words of its subject with no punctuation ("on this subject"). */
const SUBJECT_GAP = /^(?:\s+[\p{L}\p{N}-]+){0,5}$/u;

/** "BIS published an advance notice of proposed rulemaking on this subject on January 2, 2025 (90 Fed. Reg. 271)": a
 *  citation in brackets right after the date an instrument came out names the instrument named last before the date, a
 *  few words of its subject at most between them and no punctuation (a Federal Register page where it was published). */
function datedBefore(text: string, c: Apposable, before: Apposable[]): Apposable | undefined {
  const date = DATED_PAREN.exec(text.slice(Math.max(0, c.start - 60), c.start));
  if (!date) return undefined;
  const at = c.start - date[0].length;
  const named = before.filter((l) => l.end <= at).at(-1);
  return named && !named.procedural && SUBJECT_GAP.test(text.slice(named.end, at)) ? named : undefined;
}

/** An EU act by its number ("Regulation (EU) 2022/2560", "Directive 2014/53/EU"), its type its first word, then "on" and
 *  the words of its subject ("on foreign subsidies distorting the internal market"). */
const EU_NUMBERED = /^(Regulation|Directive|Decision)\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+(?:No\s+)?)?\d{1,4}\/\d{1,4}(?:\/(?:EU|EC|EEC))?$/;
const SUBJECT_AFTER = /^\s*,?\s+on\s+((?:[\p{Ll}][\p{Ll}-]*\s+){0,5}[\p{Ll}][\p{Ll}-]*)/u;

/**
 * "having regard to Regulation (EU) 2022/2560 on foreign subsidies distorting the internal market" ... "under the Foreign
 * Subsidies Regulation": a name of capitalised words and the act's type that spells the first words of the subject of an
 * EU act the document cites by its number (the words the act's own title names it by) is that act, where one act only
 * fits. `sentences` are the document's texts, `mentions` each one's; adds name id -> act id to `apposed`.
 */
export function subjectShortNames(sentences: string[], mentions: Apposable[][], apposed: Map<string, string>): void {
  const acts: { id: string; type: string; subject: string[] }[] = [];
  mentions.forEach((ms, i) => {
    for (const m of ms) {
      const type = m.label === 'Law' ? EU_NUMBERED.exec(m.surface)?.[1] : undefined;
      const subject = type ? SUBJECT_AFTER.exec(sentences[i].slice(m.end))?.[1] : undefined;
      if (type && subject) acts.push({ id: apposed.get(m.id) ?? m.id, type, subject: subject.split(/\s+/) });
    }
  });
  if (acts.length === 0) return;
  for (const ms of mentions) {
    for (const m of ms) {
      if (m.label !== 'Law' || m.procedural || apposed.has(m.id) || m.via !== 'instrument:named') continue;
      const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
      const type = words.pop() ?? '';
      if (words.length === 0 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
      const lower = words.map((w) => w.toLowerCase());
      const fits = new Set(acts.filter((a) => a.type === type && lower.every((w, k) => a.subject[k] === w)).map((a) => a.id));
      if (fits.size === 1 && !fits.has(m.id)) apposed.set(m.id, [...fits][0]);
    }
  }
}

/**
 * "the Harbour Act, codified at 47 U.S.C. 1801-1809" ... "47 U.S.C. 1803": a US Code citation inside a range of
 * sections the document gives as an instrument's place (a range citation `apposed` to it) is that instrument, as a
 * catalog act's codification is (entities.ts codifying); in the one such range that holds it. Adds citation id ->
 * instrument id to `apposed`. `nameOf`: a citation's canonical name ("47 U.S.C. 1803").
 */
export function codifiedCitations(mentions: Apposable[], apposed: Map<string, string>, nameOf: (id: string) => string): void {
  const codeVia = 'instrument:us-code';
  const spans: { title: number; first: number; last: number; to: string }[] = [];
  for (const m of mentions) {
    const to = apposed.get(m.id);
    const c = to && m.via === codeVia ? codeCitation(nameOf(m.id)) : undefined;
    const range = c && /^(\d+)[-–](\d+)$/.exec(c.section);
    if (to && c && range) spans.push({ title: c.title, first: Number(range[1]), last: Number(range[2]), to });
  }
  if (spans.length === 0) return;
  for (const m of mentions) {
    if (m.via !== codeVia || apposed.has(m.id)) continue;
    const c = codeCitation(nameOf(m.id));
    const n = c && /^(\d+)/.exec(c.section);
    if (!c || !n) continue;
    const holding = new Set(spans.filter((x) => x.title === c.title && Number(n[1]) >= x.first && Number(n[1]) <= x.last).map((x) => x.to));
    if (holding.size === 1) apposed.set(m.id, [...holding][0]);
  }
}

/** Whether a citation's kind can cite the kind of the named instrument. */
function cites(citation: Apposable, named: Apposable): boolean {
  const g = grammar();
  const kind = g.citations.find((c) => `instrument:${c.id}` === citation.via)?.kind;
  return !!kind && (g.apposedKinds[kind] ?? []).includes(instrumentKind(named));
}

/** A named instrument's kind: its citation's (an executive order), else its head word's ("Act": statute). */
function instrumentKind(m: Apposable): string {
  const g = grammar();
  const citation = g.citations.find((c) => `instrument:${c.id}` === m.via);
  if (citation) return citation.kind;
  // A head in lower case counts as one ("the connected vehicles rule": a rule).
  const words = m.surface.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const head = words.findLast((w) => g.instrumentHeads.has(w)) ?? (g.leadingInstruments.has(words[0]) ? words[0] : undefined);
  return (head && g.instrumentKinds.get(head)) ?? 'statute';
}

/**
 * The document's other names of its instruments: a Chinese name after the state's name (cjkShortNames), and a name the
 * text once gives an instrument by its title ("the connected-vehicle rule, published ... as "Securing ..."",
 * instruments.ts) wherever else it writes that name ("### The connected-vehicle rule"), and a numbered note without the
 * series the document names it with ("Press Note 3", "Press Note 3 (2020 Series)"): id -> the instrument's id.
 */
export function instrumentAliases(mentions: { id: string; label: string; surface: string }[], nameOf: (id: string) => string): Map<string, string> {
  const laws = mentions.filter((m) => m.label === 'Law');
  const out = cjkShortNames([...new Set(laws.map((m) => m.id))].map((id) => ({ id, name: nameOf(id) })));
  const bySurface = new Map<string, Set<string>>();
  for (const m of laws) {
    const key = entityKey('Law', m.surface);
    bySurface.set(key, (bySurface.get(key) ?? new Set()).add(m.id));
  }
  for (const [key, ids] of bySurface) {
    const own = recognisedId('Law', key);
    const titled = [...ids].filter((id) => id !== own);
    if (ids.has(own) && titled.length === 1 && !out.has(own)) out.set(own, titled[0]);
  }
  // "the FCC Covered List" beside "the Covered List maintained by the Federal Communications Commission": a name opening
  // with a public body's acronym the document gives it (a body's name it spells, or the body named by the acronym) is the
  // instrument of the rest of the name, two words at least, where the document names one by those words; one rest that two
  // owners open names neither's (ownerOpenedNames).
  for (const [id, to] of ownerOpenedNames(mentions, bySurface, nameOf)) if (!out.has(id)) out.set(id, to);
  // "Press Note 3" after "Press Note 3 (2020 Series)": a numbered instrument named without its series is the one the
  // document names with it, where it names one (grammar/instruments.yaml numbered-note).
  const ids = [...new Set(laws.map((m) => m.id))];
  const withSeries = new Map<string, string[]>();
  for (const id of ids) {
    const base = SERIES.exec(nameOf(id))?.[1];
    if (base) withSeries.set(base, [...(withSeries.get(base) ?? []), id]);
  }
  for (const id of ids) {
    const series = withSeries.get(nameOf(id));
    if (series?.length === 1 && series[0] !== id && !out.has(id)) out.set(id, series[0]);
  }
  // "§ 791.502" (a section cited by its sign alone, as a rule's own text cites its sections: grammar/instruments.yaml
  // cfr-section-sign) in a document that names one CFR part of that number ("15 CFR Part 791"): a section of that part,
  // one instrument with it, as a section cited with its act's name is a surface of the act. Two parts of that number
  // (two titles): which one is left open.
  const parts = new Map<string, string[]>();
  for (const id of ids) {
    const part = CFR_PART.exec(nameOf(id))?.[1];
    if (part) parts.set(part, [...(parts.get(part) ?? []), id]);
  }
  for (const id of ids) {
    const of = parts.get(SIGNED_SECTION.exec(nameOf(id))?.[1] ?? '');
    if (of?.length === 1 && !out.has(id)) out.set(id, of[0]);
  }
  return out;
}
const SERIES = /^(.+) \((?:19|20)\d{2} Series\)$/;

/** A word written as an acronym: capitals, at least two ("FCC", "DoD"). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\p{Ll}]{2,8}$/u;

/**
 * Instruments named with a public body's acronym before the name the document also writes alone ("FCC Covered List",
 * "Covered List"), id -> the bare name's instrument. The acronym must be the document's for a body it names: an
 * Authority mention written so, or the initials of one it names in full ("Federal Communications Commission"). The
 * rest of the name has two words at least, capitalised ("Covered List", not "List"). Where two owners' names leave one
 * rest ("FCC Covered List", "DHS Covered List"), which one the bare name is stays open: none is joined.
 */
function ownerOpenedNames(mentions: { id: string; label: string; surface: string }[], bySurface: Map<string, Set<string>>, nameOf: (id: string) => string): Map<string, string> {
  const owners = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'Authority') continue;
    if (ACRONYM.test(m.surface)) owners.add(m.surface);
    for (const name of [m.surface, nameOf(m.id)]) {
      const spelled = name && initials(name);
      if (spelled) owners.add(spelled);
    }
  }
  const byRest = new Map<string, { id: string; owner: string }[]>();
  for (const id of new Set(mentions.filter((m) => m.label === 'Law').map((m) => m.id))) {
    const words = nameOf(id).replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 3 || !owners.has(words[0]) || !words.slice(1).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue;
    const rest = entityKey('Law', words.slice(1).join(' '));
    byRest.set(rest, [...(byRest.get(rest) ?? []), { id, owner: words[0] }]);
  }
  const out = new Map<string, string>();
  for (const [rest, named] of byRest) {
    const bare = [...(bySurface.get(rest) ?? [])].filter((id) => !named.some((n) => n.id === id));
    if (bare.length !== 1 || new Set(named.map((n) => n.owner)).size !== 1) continue;
    for (const n of named) out.set(n.id, bare[0]);
  }
  return out;
}
/** The names grammar/instruments.yaml gives a CFR part ("15 CFR part 791") and a section cited by its sign ("§ 791.502"). */
const CFR_PART = /^\d{1,2} CFR part (\d+)$/;
const SIGNED_SECTION = /^§ (\d+)\.\d+$/;
