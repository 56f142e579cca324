// Norm extraction: what a provision obliges, forbids, permits or empowers, of whom, toward whom.
// Sentence by sentence: find the modal markers and sanctions, read each one's subject from the text
// (subject.ts) and resolve it to classes (parties.ts: vocabulary, the statute's own definitions, or
// the statute's term), group markers sharing one subject and modality, decide what kind of norm the
// group is (roles.ts: an authority's clause acting on others is a POWER), and read its actions, data
// categories, conditions and exceptions. The only text carried over is the verbatim quote.
import { LANGUAGES } from '../languages/index.ts';
import type { Provision } from '../model.ts';
import { splitClauses, splitSentences, type Span } from '../text/sentences.ts';
import { defaultVocabulary } from '../vocab/index.ts';
import type { Lang, Modality, Vocabulary } from '../vocab/index.ts';
import { readDefinitions, type Definition } from './definitions.ts';
import { grammarOf, type Grammar } from './grammar.ts';
import { groupMarkers, type Group } from './groups.ts';
import { type Marker, matchersFor, type Matchers, type Mention } from './matchers.ts';
import { type Party, PartyResolver, type PartyRef } from './parties.ts';
import { type AuthorityLink, authoritiesOf, authorityMentions, classify, type AuthorityRole, membersOf, owedInListItem } from './roles.ts';
import { owedFromEarlier } from './carried.ts';
import { statedBody } from './topic.ts';
import { breachedArticles, findSanctions, listedArticles } from './sanctions.ts';

export type { AuthorityRole };

export interface NormFinding {
  /** Provision locator (`art_7`). */
  locator: string;
  /** Sub-provision (paragraph) locator holding the sentence, when the provision has paragraphs. */
  paragraph?: string;
  /** 1-based position of the norm within the provision: part of the Norm id. */
  n: number;
  modality: Modality;
  /** The modal word(s) as printed (for a sanction without one, its verb). */
  markers: string[];
  /** Who must, may or must not; for a POWER, the authority that holds it. Undefined: implicit. */
  bearer?: Party;
  /** The bearer was not named in the sentence but carried over (topic chaining, pronouns). */
  bearerInherited: boolean;
  /** ActorClass node ids bound (DUTY, PROHIBITION, PERMISSION of a private party). */
  bearers: string[];
  /** POWER only: the classes it acts on. */
  addressees: string[];
  authorities: { id: string; role: AuthorityRole; term?: string }[];
  /** Action ids; `['unspecified']` when no action pattern matched (the norm is kept). */
  actions: string[];
  dataCategories: string[];
  condition?: string;
  exception?: string;
  /** A sanctioning power: the sanction as printed, and the provisions whose duties it enforces. */
  sanction?: string;
  enforces?: string[];
  /** The verbatim sentence and its offsets into the provision text. */
  quote: string;
  start: number;
  end: number;
  confidence: number;
}

export const UNSPECIFIED = 'unspecified';

/** What a document's norms are read with: its language's matchers and grammar, and its own definitions. */
export interface NormContext {
  lang: Lang;
  m: Matchers;
  g: Grammar;
  parties: PartyResolver;
  definitions: Definition[];
  /** Defining sentences state no norm (匿名化，是指…不能复原的过程). */
  definingQuotes: Set<string>;
  /** A vocabulary authority of this document's jurisdiction (or an international one), not a foreign one. */
  isDomestic(authorityId: string): boolean;
}

const scoped = new WeakMap<Vocabulary, Map<string, Vocabulary>>();

/** The vocabulary as a statute of `jurisdiction` uses it: its own authorities (and international and
 *  foreign ones), never another jurisdiction's ("the Commission" of a US statute is not the EU's). */
export function vocabularyFor(vocab: Vocabulary, jurisdiction: string | undefined): Vocabulary {
  if (!jurisdiction) return vocab;
  const byJur = scoped.get(vocab) ?? new Map<string, Vocabulary>();
  scoped.set(vocab, byJur);
  let v = byJur.get(jurisdiction);
  if (!v) {
    v = { ...vocab, authorities: vocab.authorities.filter((a) => a.jurisdiction === jurisdiction || a.jurisdiction === 'intl' || a.jurisdiction === 'foreign') };
    byJur.set(jurisdiction, v);
  }
  return v;
}

export function normContext(provisions: Provision[], lang: Lang, baseVocab: Vocabulary = defaultVocabulary(), jurisdiction?: string): NormContext {
  const vocab = vocabularyFor(baseVocab, jurisdiction);
  const m = matchersFor(vocab, lang);
  const g = grammarOf(lang);
  const knownEndingAt = (text: string) => {
    const last = m.mentions(text).filter((x) => x.kind !== 'data').at(-1);
    return last && last.end === text.trimEnd().length ? text.slice(last.start, last.end) : undefined;
  };
  const definitions = readDefinitions(provisions, lang, g, knownEndingAt);
  const definingQuotes = new Set(definitions.filter((d) => !d.shortFor).map((d) => d.quote));
  return { lang, m, g, parties: new PartyResolver(lang, vocab, g, definitions), definitions, definingQuotes, isDomestic: domesticOf(vocab) };
}

const domestic = new WeakMap<Vocabulary, (authorityId: string) => boolean>();

/** A lookup by id built once per vocabulary (never a search of the authorities per mention). */
function domesticOf(vocab: Vocabulary): (authorityId: string) => boolean {
  let test = domestic.get(vocab);
  if (!test) {
    const jurisdictionOf = new Map<string, string>();
    for (const a of vocab.authorities) if (!jurisdictionOf.has(a.id)) jurisdictionOf.set(a.id, a.jurisdiction);
    test = (id) => jurisdictionOf.get(id) !== 'foreign';
    domestic.set(vocab, test);
  }
  return test;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Per provision, what earlier sentences left for later ones. */
interface Carry {
  /** The last named subject (Chinese topic chaining; pronouns). */
  subject?: Party;
  /** The authorities named by the provision's latest sentence that named any (for duties owed to "the
   *  organs" named earlier: …责令有关单位停止传输。有关单位应当立即执行，…协助进行调查). */
  named: { id: string; term: string }[];
  /** The last norm, when its sentence introduces a list ("下列…：", "the following powers:"). */
  listOwner?: NormFinding;
  /** The list's points are what its chapeau sends to an authority ("… submit to the CSIRT:"): where they go. */
  sentTo?: AuthorityLink[];
  /** The sentence being read is a point of that list. */
  inPoint?: boolean;
  /** The articles breached, as the provision's last sanction named them. */
  breached: string[];
  /** The last sanctioning authority. */
  sanctioner?: Party;
}

/** Extracts the norms of one provision. */
export function extractNorms(p: Provision, language: Lang, ctx: NormContext = normContext([p], language)): NormFinding[] {
  const out: NormFinding[] = [];
  const carry: Carry = { named: [], breached: [] };
  for (const s of splitSentences(p.text, LANGUAGES[language], { dropLabels: true })) {
    readSentence(p, s, ctx, carry, out);
  }
  return out;
}

function readSentence(p: Provision, s: Span, ctx: NormContext, carry: Carry, out: NormFinding[]): void {
  const { m } = ctx;
  if (ctx.definingQuotes.has(s.text)) return;
  const exceptions = m.exceptions(s.text);
  const sanctions = findSanctions(s.text, ctx.lang);
  const markers = withoutConditional(ctx, s.text, m.markers(s.text).filter((k) => !exceptions.some((e) => k.start >= e.start && k.start < e.end)), sanctions);
  const mentions = m.mentions(s.text);
  if (!markers.length && !sanctions.length) {
    listItem(ctx, s.text, mentions, exceptions, carry, out);
    // A sentence without a modal still names the organ whose work the next one answers (国家安全机关依法开展
    // 调查。有关单位应当如实提供…), unless it is a point of a list, which belongs to its chapeau.
    if (!carry.listOwner) nameAuthorities(ctx, s.text, mentions, carry);
    // …and an organ it opens with is the topic later subjectless norms are of (X负责监督检查。检查时，可以查阅…).
    const topic = carry.listOwner ? undefined : statedBody(ctx, s.text, authorityMentions(ctx, s.text, mentions));
    if (topic) carry.subject = topic;
    return;
  }
  const clauses = splitClauses(s.text, LANGUAGES[ctx.lang]);
  carry.inPoint = !!carry.listOwner && isPoint(p.text, s.start);
  const all = groupMarkers(ctx, s.text, markers, sanctions, mentions, clauses, carry.subject, p.text, carry.named);
  // 可以责令…遵守下列约束措施：（一）未经批准不得离开…: a point's ban without a subject of its own is a measure the
  // power imposes, its content (as 可以决定其不准出境), not a prohibition of anyone.
  const groups = carry.inPoint ? all.filter((grp) => !imposedByPower(carry.listOwner, grp)) : all;
  if (groups.length < all.length) listItem(ctx, s.text, mentions, exceptions, carry, out);
  for (const grp of groups) {
    const f = finding(p, s, ctx, grp, mentions, clauses, exceptions, carry, out);
    const prev = out.at(-1);
    if (f && prev && sameNorm(prev, f)) mergeInto(prev, f);
    else if (f) out.push(f);
    if (f && carry.inPoint && carry.listOwner) holdsByPoint(carry.listOwner, f);
  }
  nameAuthorities(ctx, s.text, mentions, carry);
  const last = groups.at(-1);
  if (last?.party && !last.implicit) carry.subject = last.party;
  // US drafting introduces its points with a dash ("shall immediately notify—").
  // A point with a modal of its own (（二）发现…的，应当…；) is still a point of a list of acts: the points
  // after it belong to the same chapeau (not so a list of contents, 下列内容, whose points state no acts).
  const continues = carry.listOwner && isPoint(p.text, s.start) && (ctx.lang !== 'zh' || listsActs(ctx, carry.listOwner.quote));
  const opens = /[:：—]$/u.test(s.text.trimEnd());
  carry.listOwner = opens ? out.at(-1) : continues ? carry.listOwner : undefined;
  if (opens) carry.sentTo = carry.listOwner ? recipientsEnding(carry.listOwner) : undefined;
  else if (!carry.listOwner) carry.sentTo = undefined;
}

/** A point of a power's list of measures that bans without naming who is banned: the measure imposed. */
function imposedByPower(owner: NormFinding | undefined, grp: Group): boolean {
  return owner?.modality === 'POWER' && (grp.markers[0] as Marker).modality === 'PROHIBITION' && (grp.implicit || grp.inherited) && !grp.sanction;
}

/** An organ's duty whose list of acts includes a power it holds (…应当…按照下列情形分别处理：…（二）…予以没收)
 *  acts on others through its points: the chapeau empowers the organ too. */
function holdsByPoint(owner: NormFinding, point: NormFinding): void {
  if (owner.modality !== 'DUTY' || point.modality !== 'POWER') return;
  const bound = new Set(owner.authorities.filter((a) => a.role === 'BOUND').map((a) => a.id));
  for (const a of point.authorities) {
    if (a.role === 'EMPOWERS' && bound.has(a.id) && !owner.authorities.some((x) => x.id === a.id && x.role === 'EMPOWERS')) owner.authorities.push({ ...a });
  }
}

/** "Member States shall ensure that the entities submit to the CSIRT or the competent authority:": a duty's
 *  chapeau ending with the authorities it is directed to lists what goes there. */
function recipientsEnding(owner: NormFinding): AuthorityLink[] | undefined {
  if (owner.modality !== 'DUTY') return undefined;
  const head = owner.quote.trimEnd().replace(/\s*[:：—]$/u, '');
  const owed = owner.authorities.filter((a) => a.role === 'OWED_TO');
  return owed.some((a) => a.term && head.endsWith(a.term)) ? owed : undefined;
}

const POINT_LABEL = /(?:（[一二三四五六七八九十]+）|\([a-z0-9]+\))\s*$/u;

/** The sentence at `start` opens a numbered point (（三）, (b)) of its provision. */
function isPoint(text: string, start: number): boolean {
  return POINT_LABEL.test(text.slice(Math.max(0, start - 8), start));
}

/** Two readings of one sentence with one modality and one named bearer are one norm (处…罚款，并可以由有关
 *  主管部门责令…: the fine and the order of the same organ), as evaluation.md counts markers. */
export function sameNorm(a: NormFinding, b: NormFinding): boolean {
  return a.start === b.start && a.modality === b.modality && !!a.bearer && !!b.bearer && a.bearer.term === b.bearer.term;
}

function mergeInto(a: NormFinding, b: NormFinding): void {
  a.markers = uniq([...a.markers, ...b.markers]);
  for (const x of b.authorities) if (!a.authorities.some((y) => y.id === x.id && y.role === x.role)) a.authorities.push(x);
  a.addressees = uniq([...a.addressees, ...b.addressees]);
  a.actions = uniq([...a.actions, ...b.actions].filter((x, _, all) => x !== UNSPECIFIED || all.length === 1));
  a.dataCategories = uniq([...a.dataCategories, ...b.dataCategories]);
  if (b.sanction) a.sanction = [a.sanction, b.sanction].filter(Boolean).join('；');
  if (b.enforces) a.enforces = uniq([...(a.enforces ?? []), ...b.enforces]);
}

/** Chinese: a modal inside a condition clause (法律规定…应当取得许可的，…; 依法应当…而未…的，由…处…) states
 *  the condition, not a norm, when a later clause of the sentence has a modal or a sanction of its own. */
function withoutConditional(ctx: NormContext, sentence: string, markers: Marker[], sanctions: { start: number }[]): Marker[] {
  if (ctx.lang !== 'zh' || markers.length === 0) return markers;
  return markers.filter((k) => {
    const end = clauseEnd(sentence, k.end);
    // 的 ending the clause, not the noun 目的 (应当具有明确的目的，并…): /(?<!目)的[，,]$/u of the text up to `end`, read
    // by code unit (clauseEnd gives an end within the sentence).
    const comma = sentence.charCodeAt(end - 1);
    if (!((comma === 0xff0c || comma === 0x2c) && sentence[end - 2] === '的' && sentence[end - 3] !== '目')) return true;
    return !markers.some((x) => x.start >= end) && !sanctions.some((x) => x.start >= end);
  });
}

/** The offset just past the clause (up to and including its ，；。) holding `from`: the first of ，,；;。：: from there, by code unit
 *  (not a string and an expression per character). */
function clauseEnd(sentence: string, from: number): number {
  for (let i = from; i < sentence.length; i++) if (isClauseStop(sentence.charCodeAt(i))) return i + 1;
  return sentence.length;
}
const isClauseStop = (c: number): boolean => c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0x3002 || c === 0xff1a || c === 0x3a;

/** What joins coordinated bodies (X和Y, X、Y). */
const ZH_JOINED = /^(?:、|和|及|以及|或者|或|与)$/u;

/** The domestic authorities the sentence names, latest first, become the ones later duties may answer.
 *  A sentence that names no known one but opens a clause with a state body the vocabularies do not know
 *  (邮政管理机构依法进行监督检查。被检查单位应当如实提供…) names that body: a subject, not a body it mentions. */
function nameAuthorities(ctx: NormContext, sentence: string, mentions: Mention[], carry: Carry): void {
  const bodies = authorityMentions(ctx, sentence, mentions);
  // A known body named more precisely (国务院水利行政主管部门 around 主管部门) is named by the longer name.
  // English names bodies by structure beside known ones ("to the Fisheries Centre … and to ENISA"): each is named.
  const named = ctx.lang === 'en' ? bodies.filter((x) => ctx.isDomestic(x.id)) : mentions.filter((x) => x.kind === 'authority' && ctx.isDomestic(x.id)).map((x) => bodies.find((b) => b.id === x.id && b.start <= x.start && b.end >= x.end) ?? x);
  // …else bodies opening a clause, with those coordinated after them (X和Y负责…).
  if (!named.length) for (const x of bodies) if (ctx.isDomestic(x.id) && (/(?:^|[，,])$/u.test(sentence.slice(0, x.start)) || (named.length > 0 && ZH_JOINED.test(sentence.slice((named.at(-1) as Mention).end, x.start))))) named.push(x);
  if (named.length) carry.named = named.reverse().map((x) => ({ id: `authority:${x.id}`, term: sentence.slice(x.start, x.end) })).filter((x, i, all) => all.findIndex((y) => y.id === x.id && y.term === x.term) === i);
}

/** Items of a list introduced by a norm ("履行下列安全保护义务：", "the following powers:") carry its actions, data and addressees. */
function listItem(ctx: NormContext, text: string, mentions: Mention[], exceptions: { text: string }[], carry: Carry, out: NormFinding[]): void {
  const owner = carry.listOwner;
  if (!owner) {
    // "法律、行政法规另有规定的，依照其规定" qualifies the norm before it.
    const prev = out.at(-1);
    if (prev && exceptions.length && ctx.lang === 'zh') prev.exception = [prev.exception, ...exceptions.map((e) => e.text)].filter(Boolean).join('；');
    return;
  }
  if (owner.sanction) owner.enforces = uniq([...(owner.enforces ?? []), ...listedArticles(text, ctx.lang, owner.locator)]);
  owner.actions = uniq([...owner.actions.filter((a) => a !== UNSPECIFIED), ...ctx.m.actions(text)]);
  if (owner.actions.length === 0) owner.actions = [UNSPECIFIED];
  owner.dataCategories = uniq([...owner.dataCategories, ...mentions.filter((x) => x.kind === 'data').map((x) => x.id)]);
  if (owner.modality === 'POWER') owner.addressees = uniq([...owner.addressees, ...mentions.filter((x) => x.kind === 'actor').map((x) => `actor:${x.id}`)]);
  // "履行下列义务：…（五）向国家安全机关、公安机关提供支持": the duty is owed to the authorities its points are directed to.
  if (owner.modality === 'DUTY' && listsActs(ctx, owner.quote)) {
    const directed = owedInListItem(ctx, text, mentions, splitClauses(text, LANGUAGES[ctx.lang]));
    // "对公安机关依法进行的检查，…应当履行下列义务：（一）如实提供…": a party's point that answers an organ's
    // request without naming one answers the organ its chapeau names (an organ's own list of measures does not).
    const owed = directed.length ? directed : owner.bearer?.kind === 'actor' && answersRequest(ctx, text) ? namedInChapeau(ctx, owner) : [];
    for (const a of owed) if (!owner.authorities.some((x) => x.id === a.id && x.role === a.role)) owner.authorities.push(a);
  }
  if (owner.modality === 'DUTY' && ctx.lang === 'en') for (const a of enOwedInPoint(ctx, owner.quote, text)) if (!owner.authorities.some((x) => x.id === a.id && x.role === a.role)) owner.authorities.push(a);
}

const EN_DIRECTING_END = /\b(?:to|with|notify|inform|consult)\s*[—:]\s*$/iu;

/** English: "shall immediately notify— (i) the Committee on …; and": a chapeau that ends with its
 *  directing word leaves whom the duty is directed to to its points, read as if they followed it. */
function enOwedInPoint(ctx: NormContext, chapeau: string, point: string): AuthorityLink[] {
  const named = point.replace(/^\s*\([^)\s]{1,6}\)\s*/u, '');
  // "the Assistant Secretary shall— (A) submit to the Committee on …": each point is the duty's predicate.
  if (/\b(?:shall|must)\s*[—:]\s*$/u.test(chapeau)) return owedInListItem(ctx, named, ctx.m.mentions(named), splitClauses(named, LANGUAGES[ctx.lang]));
  // The point is the recipient's name ("the Committee on …"), not an act ("regular audits by a body").
  if (!EN_DIRECTING_END.test(chapeau) || !/^(?:(?:the|its|their|each)\s+)?\p{Lu}/u.test(named)) return [];
  const joined = `${/\bto\s*[—:]\s*$/iu.test(chapeau) ? 'to' : 'notify'} ${named}`;
  return owedInListItem(ctx, joined, ctx.m.mentions(joined), splitClauses(joined, LANGUAGES[ctx.lang]));
}

/** The point's action answers whichever organ asked (actions.yaml `owedTo: named`: 如实提供, 予以配合). */
function answersRequest(ctx: NormContext, text: string): boolean {
  return ctx.m.actions(text).some((id) => ctx.m.vocab.actions.find((a) => a.id === id)?.owedTo === 'named');
}

/** The domestic organs a list's chapeau names, other than its bearer. */
function namedInChapeau(ctx: NormContext, owner: NormFinding): AuthorityLink[] {
  const bound = new Set([...(owner.bearer?.refs ?? []).map((r) => r.id), ...owner.authorities.filter((a) => a.role === 'BOUND').map((a) => a.id)]);
  return authorityMentions(ctx, owner.quote, ctx.m.mentions(owner.quote))
    .filter((x) => ctx.isDomestic(x.id) && !bound.has(`authority:${x.id}`))
    .flatMap((x) => membersOf(ctx, { id: `authority:${x.id}`, term: owner.quote.slice(x.start, x.end) }).map((m) => ({ ...m, role: 'OWED_TO' as const })));
}

/** The list a norm introduces is one of acts to perform (下列…义务 / 职责 / 措施), not of conditions or
 *  contents (下列条件之一, 下列事项). */
function listsActs(ctx: NormContext, quote: string): boolean {
  const m = /下列([^：:，,。；;]{0,16})[：:]$/u.exec(quote);
  return !!m && ctx.g.listsOfActs.some((w) => (m[1] as string).endsWith(w));
}

/** Who bears the norm and the authorities it concerns (EMPOWERS, BOUND, OWED_TO). */
function holdersOf(ctx: NormContext, sentence: string, grp: Group, modality: Modality, mentions: Mention[], clauses: [number, number][], actions: string[], carry: Carry, earlier: NormFinding[]): { party?: Party; authorities: AuthorityLink[] } {
  // A sanction without a body of its own is imposed by the body that imposed the last one, else (Chinese
  // topic chaining) by the state body the provision last named as a subject (国家安全机关可以…搜查；对其…予以没收).
  const topic = ctx.lang === 'zh' && carry.subject?.kind !== 'actor' ? carry.subject : undefined;
  const sanctioner = grp.sanction && !grp.party ? (carry.sanctioner ?? topic) : undefined;
  if (sanctioner) {
    grp.implicit = false;
    grp.inherited = true;
  }
  let party = grp.party ?? sanctioner;
  // A duty about a communication an earlier norm made is owed where it went, before any organ merely named earlier.
  // …and a point of what a chapeau sends to an authority ("(b) an incident notification, which shall update …") goes there.
  const fromEarlier = modality === 'DUTY' ? owedFromEarlier(ctx, sentence, grp.markers[0] as Marker, earlier) : [];
  const communicated = fromEarlier.length || modality !== 'DUTY' || !carry.inPoint ? fromEarlier : (carry.sentTo ?? []);
  const before = communicated.length ? communicated : carry.named;
  let authorities = authoritiesOf(ctx, sentence, grp, modality, party, mentions, clauses, actions, before);
  // A Chinese topic carried over (no pronoun names it) that the norm is directed to (…空中交通管理机构。…的，
  // 可以提出申请，并应当…报空中交通管理机构备案) is not its bearer: the bearer is left implicit.
  if (ctx.lang === 'zh' && grp.inherited && party && authorities.some((a) => a.role === 'OWED_TO' && party?.refs.some((r) => r.id === a.id))) {
    const owed = authorities.filter((a) => a.role === 'OWED_TO');
    party = undefined;
    grp.implicit = true;
    grp.inherited = false;
    authorities = authoritiesOf(ctx, sentence, grp, modality, party, mentions, clauses, actions, before);
    // …and what it was directed to stays owed (向其报告: 其 is the topic, which the sentence does not name again).
    for (const a of owed) if (!authorities.some((x) => x.id === a.id && x.role === 'OWED_TO')) authorities.push(a);
  }
  if (!authorities.some((a) => a.role === 'OWED_TO')) for (const a of communicated) if (!party?.refs.some((r) => r.id === a.id)) authorities.push(a);
  return { ...(party ? { party } : {}), authorities };
}

function finding(p: Provision, s: Span, ctx: NormContext, grp: Group, mentions: Mention[], clauses: [number, number][], exceptions: { start: number; end: number; text: string }[], carry: Carry, earlier: NormFinding[]): NormFinding | undefined {
  const span = s.text.slice(grp.start, grp.end);
  const modality = classify(ctx, s.text, grp, clauses);
  if (!modality) return undefined;
  const actions = ctx.m.actions(span);
  const { party, authorities } = holdersOf(ctx, s.text, grp, modality, mentions, clauses, actions, carry, earlier);
  const first = grp.markers[0];
  const condText = ctx.lang === 'zh' ? span.slice(0, Math.max(0, (first?.start ?? grp.start) - grp.start)) : span;
  const conditions = ctx.m.conditions(condText);
  const exception = exceptions.filter((e) => e.start >= grp.start && e.start < grp.end).map((e) => e.text);
  const paragraph = p.paragraphs.find((q) => s.start >= q.start && s.start < q.end);
  const holdsPower = modality === 'POWER' || (modality === 'PERMISSION' && party?.kind !== 'actor');
  const actorRefs = (party?.refs ?? []).filter((r) => r.kind === 'actor');
  // Every field is set, absent ones to undefined: one object shape for all findings keeps the readers
  // of findings (records.ts) fast.
  const f: NormFinding = {
    locator: p.locator,
    paragraph: paragraph && p.paragraphs.length > 1 ? paragraph.locator : undefined,
    n: earlier.length + 1,
    modality,
    markers: grp.markers.map((k) => k.text),
    bearer: party && !grp.implicit ? party : undefined,
    bearerInherited: grp.inherited,
    bearers: holdsPower ? [] : uniq(actorRefs.map((r) => r.id)),
    // A power, or an organ's duty that acts on others (应当…对网络数据处理者…进行监督检查): whom it reaches.
    addressees: modality === 'POWER' || (modality === 'DUTY' && authorities.some((a) => a.role === 'EMPOWERS')) ? addressees(ctx, s.text, grp, mentions) : [],
    authorities,
    actions: actions.length ? actions : [UNSPECIFIED],
    dataCategories: uniq(mentions.filter((x) => x.kind === 'data' && x.start >= grp.start && x.end <= grp.end).map((x) => x.id)),
    condition: conditions.length ? conditions.join('；') : undefined,
    exception: exception.length ? exception.join('；') : undefined,
    sanction: undefined,
    enforces: undefined,
    quote: s.text,
    start: s.start,
    end: s.end,
    confidence: !party ? 0.6 : grp.inherited ? 0.7 : 0.9,
  };
  if (grp.sanction) sanctionOf(f, ctx, s.text, grp, carry, p.locator, party);
  return f;
}

function sanctionOf(f: NormFinding, ctx: NormContext, sentence: string, grp: Group, carry: Carry, own: string, party: Party | undefined): void {
  const breached = breachedArticles(sentence, ctx.lang, own);
  if (breached.length) carry.breached = breached;
  f.sanction = grp.sanction;
  f.enforces = breached.length ? breached : carry.breached;
  if (party) carry.sanctioner = party;
  // The conduct punished (拒不配合数据调取) names the duty's action even when no article is cited.
  const conduct = ctx.m.actions(sentence.slice(0, grp.markers[0]?.start ?? 0));
  if (conduct.length) f.actions = uniq([...conduct, ...f.actions.filter((a) => a !== UNSPECIFIED)]);
}

/** The classes a power acts on: parties named in its predicate, and a fronted object (对…的X，…可以). */
function addressees(ctx: NormContext, sentence: string, grp: Group, mentions: Mention[]): string[] {
  const k = grp.markers[0];
  const from = k ? k.end : grp.start;
  const inPredicate = mentions.filter((x) => x.kind === 'actor' && x.start >= from && x.end <= grp.end).map((x) => `actor:${x.id}`);
  const fronted = mentions.filter((x) => x.kind === 'actor' && x.start >= grp.start && x.end <= from && /对[^，,。；]*$/u.test(sentence.slice(grp.start, x.start))).map((x) => `actor:${x.id}`);
  const distributed = ctx.lang === 'zh' ? modifiedList(ctx, sentence.slice(from, grp.end)) : [];
  return uniq([...fronted, ...inPredicate, ...distributed]);
}

/** Chinese: a modifier heads a whole coordinated list (进入有关场所、单位 = 有关场所、有关单位), so each later
 *  item with the modifier restored may name a class (有关单位). Classes the vocabulary knows only. */
function modifiedList(ctx: NormContext, predicate: string): string[] {
  const out: string[] = [];
  for (const modifier of ctx.g.modifiers) {
    for (let at = predicate.indexOf(modifier); at >= 0; at = predicate.indexOf(modifier, at + 1)) {
      const list = predicate.slice(at + modifier.length).split(/[，,。；;：:]/u)[0] as string;
      const items = list.split(/、|和|及|或者|或/u).slice(1, 8);
      for (const item of items) {
        const term = modifier + item.trim();
        const whole = ctx.m.mentions(term).find((x) => x.kind === 'actor' && x.start === 0 && x.end === term.length);
        if (whole) out.push(`actor:${whole.id}`);
      }
    }
  }
  return out;
}

export type { Party, PartyRef };
