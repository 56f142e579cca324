// The closed word classes the subject reader needs (grammar.yaml), validated by the one data loader and
// compiled once per language.
import path from 'node:path';
import { z } from 'zod';
import { loadData, regexSource } from '../data.ts';
import { verbList } from '../recognize/verb-forms.ts';
import type { Lang } from '../languages/index.ts';
import { caselessPattern, escapeRegExp } from '../text/clean.ts';
import { LANGUAGE_CODES } from '../languages/index.ts';

export type PartyKind = 'actor' | 'authority' | 'state';

export interface Grammar {
  lang: Lang;
  /** Head suffixes with the kind of party they make, longest first. */
  heads: { text: string; kind: PartyKind }[];
  staff: string[];
  boundaries: string[];
  adverbialOpeners: string[];
  /** Chinese: prepositions that may open a relative clause naming the subject (为…提供服务的经营者). */
  relativeOpeners: string[];
  /** Words that begin like an adverbial opener but are nouns (经营单位, 自然人). */
  openerNouns: string[];
  coordinators: string[];
  /** Where a state body's name read backward from its head stops (punctuation and `bodyStops`). */
  bodyStop?: RegExp;
  /** Chinese: names of places and levels with 的 inside (设区的市): their 的 modifies no coordinated phrase. */
  nameWords: string[];
  /** Chinese: a verb of acting jointly (会同, 协同, 部门商): the bodies after it are the subject's partners. Sticky: read
   *  with jointAt, in the whole text so its lookbehinds see the name before it. */
  jointAction?: RegExp;
  /** Chinese: a partner after the modal by 与…共同 (prepositions, then the partners, then one of the adverbs). */
  jointWith?: { prepositions: string[]; adverbs: string[] };
  /** Chinese: a subject naming bodies by an earlier provision (前款规定的部门): the bodies named before it. */
  backReference?: RegExp;
  /** A body named only by what it may do (有权处理的部门), anchored at the name's start. */
  indefiniteBody?: RegExp;
  /** Adverbs between a modal and its verb, longest first (及时, 依法, 予以). */
  adverbs: string[];
  /** Prepositional phrases of manner or ground opening a predicate (按照职责分工), anchored at the start. */
  adverbial?: RegExp;
  modifiers: string[];
  leading: string[];
  pronouns: string[];
  /** Chinese: permission markers meaning "only then may" (方可): after a duty, its condition. */
  onlyThen: string[];
  /** Chinese: pronouns that are a verb's object (他人): a longer phrase ending in one is no party noun. */
  objectPronouns: string[];
  headEnders: string[];
  actorSuffixes: string[];
  /** Never inside a subject (compiled from `prepositions`). */
  prepositions: RegExp[];
  verbs: string[];
  generic: Set<string>;
  /** Per head: what may follow it without ending the phrase (个人 + 信息). */
  headBlockers: Record<string, string[]>;
  /** Chinese: heads that are also verbs (组织 = to organise): alone at a clause's start and followed by one of
   *  these verbs (组织开展…工作), the clause is a predicate, not a subject. */
  verbalHeads: Record<string, string[]>;
  nonParties: Set<string>;
  /** Party nouns that take in every company (组织, 单位, undertakings). */
  everyOrganisation: Set<string>;
  /** Words of a penalty's conduct that mean refusing or obstructing cooperation (拒不配合, 阻碍). */
  refusals: string[];
  /** Chinese: words ending a clause of time (后, 时): before a modal it names no subject. */
  timeClauseEnds: string[];
  /** Nouns of a communication to an authority (通知, 报告; notification): a duty about one is owed where it went. */
  communications: string[];
  /** Chinese: what a list of acts is called (下列…义务 / 职责 / 措施), as opposed to conditions or contents. */
  listsOfActs: string[];
  /** Chinese: verbs by which an organ learns of a breach (发现, 认为): a body whose condition opens with one sanctions. */
  perceptions: string[];
  /** Verbs of refusing or obstructing an organ (拒绝, 阻碍; obstruct): a prohibition of them is owed to it. */
  obstructions: string[];
  /** Chinese: predicates that only carry out an organ's decision (执行, 予以执行): the duty answers the organ. */
  executions: string[];
  /** A body named before the modal as the one requesting (应X的要求, X依法要求…的; "at the request of X"): the
   *  text just before its name, and just after it. */
  requestedBy?: { before?: RegExp; after?: RegExp };
  /** Chinese: predicates by which an organ lifts its own measure (撤销…决定, 解除查封): no power over anyone. */
  lifting?: RegExp;
  /** Chinese: what an organ may do for itself (优先乘坐, 享受便利): a privilege, no power. Anchored at the start. */
  privilege?: RegExp;
  /** Chinese: frames fronting the party acted on before the verb (对X进行, 加强对X的), anchored at both ends. */
  objectFrame?: RegExp;
  /** Chinese: verbs standing for the act the subject's clause named (进行, 实施). */
  proVerbs: string[];
  /** Chinese: an organ's measures of no named kind (采取有效措施), its own work rather than an act on others. */
  ownMeasures?: RegExp;
  /** Chinese: party heads that a name opening with one of `openers` makes a state body (国家…中心). */
  publicBodies?: { openers: string[]; heads: string[] };
  /** English: the state-body and state heads as one expression ending a phrase, and as a finder of bodies in a sentence. */
  enBodyEnd?: { authority: RegExp; state: RegExp; proper?: RegExp; public?: RegExp };
  enBodies?: RegExp;
  /** English: any head word enBodies needs (each of its alternatives ends with one): a sentence without one
   *  names no body, and is not scanned by enBodies, which tries every word of a sentence. */
  enBodyHeads?: RegExp;
}

const words = z.array(z.string().min(1)).optional();
const rawGrammar = z.strictObject({
  heads: z.strictObject({ authority: z.array(z.string().min(1)), state: z.array(z.string().min(1)), actor: z.array(z.string().min(1)) }),
  staff: words,
  prepositions: z.array(regexSource('gu')).optional(),
  verbs: words,
  boundaries: words,
  adverbialOpeners: words,
  openerNouns: words,
  relativeOpeners: words,
  coordinators: words,
  adverbs: words,
  bodyStops: z.array(regexSource('u')).optional(),
  indefiniteBodies: z.array(regexSource('u')).optional(),
  backReferences: z.array(regexSource('u')).optional(),
  nameWords: words,
  adverbials: z.array(regexSource('u')).optional(),
  modifiers: words,
  leading: words,
  pronouns: words,
  objectPronouns: words,
  onlyThen: words,
  headEnders: words,
  actorSuffixes: words,
  properBodyHeads: words,
  properBodyStops: words,
  publicBodies: z.strictObject({ modifiers: z.array(z.string().min(1)), heads: z.array(z.string().min(1)) }).optional(),
  generic: words,
  headBlockers: z.record(z.string(), z.array(z.string().min(1))).optional(),
  verbalHeads: z.record(z.string(), z.array(z.string().min(1))).optional(),
  liftings: z.array(regexSource('u')).optional(),
  ownMeasures: z.array(regexSource('u')).optional(),
  requestedBy: z.strictObject({ before: z.array(regexSource('iu')).optional(), after: z.array(regexSource('u')).optional() }).optional(),
  nonParties: words,
  everyOrganisation: words,
  // English writes its verbs as lemmas and forms (recognize/verb-forms.ts), Chinese its words as they stand.
  refusals: z.union([z.array(z.string().min(1)), verbList]).optional(),
  timeClauseEnds: words,
  communications: words,
  listsOfActs: words,
  obstructions: words,
  perceptions: words,
  objectFrames: z.array(regexSource('u')).optional(),
  privileges: z.array(regexSource('u')).optional(),
  proVerbs: words,
  executions: words,
  jointAction: z.array(regexSource('u')).optional(),
  jointWith: z.strictObject({ prepositions: z.array(z.string().min(1)), adverbs: z.array(z.string().min(1)) }).optional(),
});
type RawGrammar = z.output<typeof rawGrammar>;
const grammarFile = z.record(z.enum(LANGUAGE_CODES as [Lang, ...Lang[]]), rawGrammar);

const byLength = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
/** Patterns longest first by the text they match (a lookbehind matches none): 报告 before (?<!情)报. */
const byMatchedLength = (xs: string[]): string[] => {
  const matched = (x: string) => x.replace(/\(\?<[!=][^)]*\)/gu, '').length;
  return [...xs].sort((a, b) => matched(b) - matched(a));
};

function requestExpressions(r: { before?: string[]; after?: string[] }): NonNullable<Grammar['requestedBy']> {
  return {
    ...(r.before?.length ? { before: new RegExp(`(?:${r.before.join('|')})$`, 'iu') } : {}),
    ...(r.after?.length ? { after: new RegExp(`^(?:${r.after.join('|')})`, 'u') } : {}),
  };
}

function compile(lang: Lang, raw: RawGrammar): Grammar {
  const heads: Grammar['heads'] = [];
  for (const kind of ['authority', 'state', 'actor'] as const) for (const text of raw.heads[kind] ?? []) heads.push({ text, kind });
  heads.sort((a, b) => b.text.length - a.text.length);
  return {
    lang,
    heads,
    staff: byLength(raw.staff ?? []),
    boundaries: byLength(raw.boundaries ?? []),
    adverbialOpeners: byLength(raw.adverbialOpeners ?? []),
    openerNouns: byLength(raw.openerNouns ?? []),
    relativeOpeners: byLength(raw.relativeOpeners ?? []),
    coordinators: byLength(raw.coordinators ?? []),
    adverbs: byLength(raw.adverbs ?? []),
    nameWords: byLength(raw.nameWords ?? []),
    ...(raw.backReferences?.length ? { backReference: new RegExp(`^(?:${raw.backReferences.join('|')})(?:${byLength(raw.heads.authority).join('|')})$`, 'u') } : {}),
    ...(raw.indefiniteBodies?.length ? { indefiniteBody: new RegExp(`^(?:${raw.indefiniteBodies.join('|')})`, 'u') } : {}),
    ...(raw.bodyStops?.length ? { bodyStop: new RegExp(`[，,。；;：:、（）()《》“”]|${byMatchedLength([...raw.bodyStops, ...(raw.jointAction ?? []), ...(raw.adverbs ?? []), ...(raw.obstructions ?? [])]).join('|')}`, 'gu') } : {}),
    ...(raw.jointWith ? { jointWith: raw.jointWith } : {}),
    ...(raw.jointAction?.length ? { jointAction: new RegExp(`(?:${raw.jointAction.join('|')})`, 'uy') } : {}),
    ...(raw.adverbials?.length ? { adverbial: new RegExp(`^(?:${raw.adverbials.join('|')})`, 'u') } : {}),
    modifiers: byLength(raw.modifiers ?? []),
    leading: byLength(raw.leading ?? []),
    pronouns: raw.pronouns ?? [],
    objectPronouns: raw.objectPronouns ?? [],
    onlyThen: raw.onlyThen ?? [],
    headEnders: raw.headEnders ?? [],
    actorSuffixes: raw.actorSuffixes ?? [],
    prepositions: [...(raw.prepositions ?? []), ...(raw.jointAction ?? [])].map((p) => new RegExp(p, 'gu')),
    verbs: raw.verbs ?? [],
    generic: new Set(raw.generic ?? []),
    headBlockers: raw.headBlockers ?? {},
    verbalHeads: raw.verbalHeads ?? {},
    nonParties: new Set(raw.nonParties ?? []),
    everyOrganisation: new Set(raw.everyOrganisation ?? []),
    refusals: raw.refusals ?? [],
    timeClauseEnds: byLength(raw.timeClauseEnds ?? []),
    communications: byLength(raw.communications ?? []),
    listsOfActs: raw.listsOfActs ?? [],
    obstructions: raw.obstructions ?? [],
    perceptions: raw.perceptions ?? [],
    proVerbs: raw.proVerbs ?? [],
    ...(raw.privileges?.length ? { privilege: new RegExp(`^(?:${raw.privileges.join('|')})`, 'u') } : {}),
    ...(raw.objectFrames?.length ? { objectFrame: new RegExp(`^(?:${raw.objectFrames.join('|')})$`, 'u') } : {}),
    executions: raw.executions ?? [],
    ...(raw.requestedBy ? { requestedBy: requestExpressions(raw.requestedBy) } : {}),
    ...(raw.ownMeasures?.length ? { ownMeasures: new RegExp(`^(?:${raw.ownMeasures.join('|')})`, 'u') } : {}),
    ...(raw.liftings?.length ? { lifting: new RegExp(`^(?:${raw.liftings.join('|')})`, 'u') } : {}),
    ...(lang === 'zh' && raw.publicBodies ? { publicBodies: { openers: byLength(raw.publicBodies.modifiers), heads: byLength(raw.publicBodies.heads) } } : {}),
    ...(lang === 'en' ? enExpressions(heads, raw) : {}),
  };
}


/** Compiled once: heads are matched case-sensitively when capitalised (Commission), else not. */
function enExpressions(heads: Grammar['heads'], raw: RawGrammar): Pick<Grammar, 'enBodyEnd' | 'enBodies' | 'enBodyHeads'> {
  const of = (kind: PartyKind) => heads.filter((h) => h.kind === kind).map((h) => (h.text[0] === h.text[0]?.toUpperCase() ? escapeRegExp(h.text) : caselessPattern(h.text)));
  const end = (kind: PartyKind) => new RegExp(`(?:^|\\s)(?:${of(kind).join('|')})$`, 'u');
  const bodies = of('authority');
  const { proper, publicBody } = enBodyNames(raw);
  // Each alternative of enBodies ends with one of its heads; one with none (an empty list) needs no head.
  const headLists = [bodies, ...(proper ? [(raw.properBodyHeads ?? []).map(escapeRegExp)] : []), ...(publicBody ? [(raw.publicBodies?.heads ?? []).map(escapeRegExp)] : [])];
  const headed = headLists.every((list) => list.length > 0 && list.every((h) => h.length > 0));
  return {
    enBodyEnd: { authority: end('authority'), state: end('state'), ...(proper ? { proper: new RegExp(`(?:^|\\s)${proper}$`, 'u') } : {}), ...(publicBody ? { public: new RegExp(`(?:^|\\s)${publicBody}$`, 'u') } : {}) },
    // Up to three modifiers before the head, never a function word or a verb ("submit to the Commission"),
    // and the name a head takes after it ("the Committee on Energy and Commerce", "Department of Commerce");
    // else a body named by structure (enBodyNames), as a whole proper-noun phrase.
    enBodies: new RegExp(`\\b(?:(?:the|its|their|a|an|each|any)\\s+)?(?:((?:(?!(?:to|the|of|and|or|by|with|for|from|in|on|at|that|which|those|these|shall|may|must|submit|notify|inform|report|provide|consult|a|an|its|their|existing|legal|statutory|own|The|A|An|Its|Their|Each|Any|In|For|To|Where|If|When|This|That|Such)\\b)(?:[a-z][a-z-]*|[A-Z][a-z]+)\\s+){0,3}(?:${bodies.join('|')})(?:\\s+(?:on|of)\\s+[A-Z][\\w-]*(?:(?:,\\s+|,?\\s+and\\s+|\\s+)[A-Z][\\w-]*)*)?)\\b${[proper, publicBody].filter(Boolean).map((x) => `|(${x}(?![\\p{L}-])(?!\\s+[A-Z]))`).join('')})`, 'gu'),
    ...(headed ? { enBodyHeads: new RegExp(headLists.flat().join('|'), 'u') } : {}),
  };
}

/** English bodies named by structure, as expressions without anchors: a proper-noun phrase ending in an
 *  institutional head (capitalised words, none of them a sentence opener or a reference word), and a public
 *  modifier before a common head ("the designated body", "competent certification bodies"). */
function enBodyNames(raw: RawGrammar): { proper?: string; publicBody?: string } {
  const alternatives = (xs: string[]) => byLength(xs).map(escapeRegExp).join('|');
  const stops = alternatives(raw.properBodyStops ?? []);
  const proper = raw.properBodyHeads?.length ? `(?:(?:${stops ? `(?!(?:${stops})\\b)` : ''}[A-Z][\\p{L}-]*)\\s+){1,4}(?:${alternatives(raw.properBodyHeads)})` : undefined;
  const pb = raw.publicBodies;
  // Up to two words between the modifier and the head, none a function word ("public or private bodies",
  // "CSIRTs designated as coordinators").
  const publicBody = pb ? `(?:${byLength(pb.modifiers).map(caselessPattern).join('|')})\\s+(?:(?!(?:or|and|of|to|the|a|an|in|by|for|as|with|under|on|at|from|pursuant|that|which|who)\\b)[a-z][a-z-]*\\s+){0,2}(?:${alternatives(pb.heads)})` : undefined;
  return { ...(proper ? { proper } : {}), ...(publicBody ? { publicBody } : {}) };
}

/** The verb of joint action at `at` in `text` (会同 of X会同Y), if one stands there. */
export function jointAt(g: Grammar, text: string, at: number): string | undefined {
  const re = g.jointAction;
  if (!re) return undefined;
  re.lastIndex = at;
  return re.exec(text)?.[0];
}

/** Whether a verb of joint action stands anywhere in `text`: a cheap test before reading the bodies a sentence
 *  lists as partners (a sentence without one has none). */
export function hasJointAction(g: Grammar, text: string): boolean {
  const re = g.jointAction;
  if (!re) return false;
  let anywhere = jointSearch.get(re);
  if (!anywhere) {
    anywhere = new RegExp(re.source, re.flags.replace('y', ''));
    jointSearch.set(re, anywhere);
  }
  return anywhere.test(text);
}
const jointSearch = new WeakMap<RegExp, RegExp>();

/** Stands for a 、 inside a name word while a text is split at list commas. */
export const NAME_COMMA = '\uE000';

/** The text with the 、 inside its name words (省、自治区、直辖市) masked, same length: no list comma there. */
export function maskNameWords(text: string, g: Grammar): string {
  let out = text;
  for (const w of g.nameWords) if (w.includes('、') && out.includes(w)) out = out.replaceAll(w, w.replaceAll('、', NAME_COMMA));
  return out;
}

/** The text with its name words blanked, same length: no word inside them (自 of 自治区) ends a phrase. */
export function blankNameWords(text: string, g: Grammar): string {
  let out = text;
  for (const w of g.nameWords) if (out.includes(w)) out = out.replaceAll(w, NAME_COMMA.repeat(w.length));
  return out;
}

let cached: Record<Lang, Grammar> | undefined;

export function grammarOf(lang: Lang): Grammar {
  if (!cached) {
    const file = path.join(import.meta.dirname, 'grammar.yaml');
    const raw = loadData(file, grammarFile) as Partial<Record<Lang, RawGrammar>>;
    cached = Object.fromEntries(LANGUAGE_CODES.map((l) => {
      const g = raw[l];
      if (!g) throw new Error(`${file}: no grammar for language "${l}"`);
      return [l, compile(l, g)];
    })) as Record<Lang, Grammar>;
  }
  return cached[lang];
}

/** Whether a class named by `term` takes in every company: one of its coordinated parts is, after its
 *  modifiers, a party noun of `everyOrganisation` (企业事业组织, 有关单位, any undertaking), and every part is a party
 *  (ends in a party head or such a noun; in English a lone modifier whose head is elided, "natural or legal persons"):
 *  a coordination whose other part is no party is no list of parties, but a
 *  misread phrase around the verb 组织 ("地方各级人民政府制定、组织", local governments "formulate and organise") or a list
 *  of other things (标准、…、企业). */
export function coversEveryOrganisation(term: string, lang: Lang): boolean {
  const g = grammarOf(lang);
  const parts = term.split(joinerOf(g)).map((part) => withoutModifiers(part.trim(), g));
  const party = (p: string): boolean => g.everyOrganisation.has(p) || g.heads.some((h) => p.endsWith(lang === 'en' ? h.text.toLowerCase() : h.text));
  // English elides a shared head after a lone modifier ("natural or legal persons"): that part is the next one's.
  const elided = (p: string): boolean => lang === 'en' && !p.includes(' ');
  return parts.some((p) => g.everyOrganisation.has(p)) && parts.every((p) => party(p) || elided(p));
}

const joiners = new Map<Lang, RegExp>();
function joinerOf(g: Grammar): RegExp {
  let re = joiners.get(g.lang);
  if (!re) {
    // English joiners are words (and, or): whole words only.
    const alternatives = g.coordinators.map((c) => (g.lang === 'en' && /\w/.test(c) ? `\\s${escapeRegExp(c)}\\s` : escapeRegExp(c)));
    re = new RegExp(alternatives.join('|'), 'u');
    joiners.set(g.lang, re);
  }
  return re;
}

/** The phrase without its leading modifiers (有关、其他; any, the), lower-cased in English. */
function withoutModifiers(phrase: string, g: Grammar): string {
  let rest = g.lang === 'en' ? phrase.toLowerCase() : phrase;
  for (;;) {
    const m = g.modifiers.find((x) => rest.startsWith(g.lang === 'en' ? `${x} ` : x) && rest.length > x.length);
    if (!m) return rest;
    rest = rest.slice(m.length).trim();
  }
}
