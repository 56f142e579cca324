// Norm extraction: what a provision obliges, forbids, permits or empowers, of whom, toward whom.
// Sentence by sentence: find modal markers, group the markers that share one subject and modality,
// take the bearer from the nearest clause before the marker that names an actor or authority, and
// read actions, data categories, conditions and exceptions from the group's span. Everything English
// comes from vocabulary labels; the only text carried over is the verbatim quote.
import type { Provision } from '../model.ts';
import { defaultVocabulary } from '../vocab/index.ts';
import type { Lang, Modality, Vocabulary } from '../vocab/index.ts';
import { matchersFor } from './matchers.ts';
import type { Marker, Matchers, Mention } from './matchers.ts';
import { isPenaltyProvision } from './penalties.ts';
import { LANGUAGES } from '../languages/index.ts';
import { splitClauses, splitSentences } from '../text/sentences.ts';
import type { Span } from '../text/sentences.ts';

/** EMPOWERS: the authority holds the power/permission; OWED_TO: a duty runs toward it; BOUND: the authority itself bears the duty. */
export type AuthorityRole = 'EMPOWERS' | 'OWED_TO' | 'BOUND';

export interface NormFinding {
  /** Provision locator (`art_7`). */
  locator: string;
  /** Sub-provision (paragraph) locator holding the sentence, when the provision has paragraphs. */
  paragraph?: string;
  /** 1-based position of the norm within the provision: part of the Norm id. */
  n: number;
  modality: Modality;
  /** The modal word(s) as printed. */
  markers: string[];
  /** ActorClass ids bound by the norm (for POWER: none; see addressees). */
  bearers: string[];
  /** The bearer was not named in the sentence but carried over from the previous norm. */
  bearerInherited: boolean;
  /** POWER only: the ActorClasses the authority can require or order. */
  addressees: string[];
  authorities: { id: string; role: AuthorityRole }[];
  /** Action ids; `['unspecified']` when no action pattern matched (the norm is kept). */
  actions: string[];
  dataCategories: string[];
  condition?: string;
  exception?: string;
  /** The verbatim sentence and its offsets into the provision text. */
  quote: string;
  start: number;
  end: number;
  confidence: number;
}

export const UNSPECIFIED = 'unspecified';

interface Group {
  markers: Marker[];
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  subject: Mention[];
  inherited: boolean;
  /** The subject is a state body the vocabularies do not name (收到举报的部门): no actor class is bound. */
  state: boolean;
}

interface Subject {
  mentions: Mention[];
}

/** Mentions of actors/authorities in the nearest clause before `pos` (not before `floor`) that names one. */
function nearestSubject(clauses: [number, number][], mentions: Mention[], floor: number, pos: number): { mentions: Mention[]; clauseStart: number } | undefined {
  const who = mentions.filter((m) => m.kind !== 'data' && m.start >= floor && m.end <= pos);
  if (!who.length) return undefined;
  for (let i = clauses.length - 1; i >= 0; i--) {
    const [cs, ce] = clauses[i] as [number, number];
    if (cs >= pos) continue;
    const inClause = who.filter((m) => m.start >= cs && m.start < Math.min(ce, pos));
    if (inClause.length) return { mentions: inClause, clauseStart: Math.max(cs, floor) };
  }
  return undefined;
}

const EN_PRONOUN = /\b(they|it|he|she)\b/i;

function clauseOf(clauses: [number, number][], pos: number): [number, number] {
  return clauses.find(([s, e]) => pos >= s && pos < e) ?? [pos, pos];
}

/** Splits a sentence's markers into groups sharing one subject and modality. The subject of a marker
 *  is the noun phrase before it in its own clause; only a clause with none looks further back (earlier
 *  clauses of the sentence, then the previous group or sentence). */
function groupMarkers(m: Matchers, sentence: Span, markers: Marker[], mentions: Mention[], clauses: [number, number][], carried: Subject | undefined, lang: Lang): Group[] {
  const groups: Group[] = [];
  // Chinese drops a subject that continues from the previous sentence (topic chaining); English
  // repeats it or uses a pronoun, so only "They shall…" inherits there.
  if (lang === 'en' && markers[0] && !EN_PRONOUN.test(sentence.text.slice(clauseOf(clauses, markers[0].start)[0], markers[0].start))) carried = undefined;
  let floor = 0;
  for (const k of markers) {
    let subj = nearestSubject(clauses, mentions, floor, k.start);
    const [cs] = clauseOf(clauses, k.start);
    const ownStart = Math.max(cs, floor);
    // A clause whose own subject is a state body outside the vocabularies (收到举报的部门应当…, 国家应当…,
    // 工作人员应当…) binds that body — never an actor class from an earlier clause or sentence.
    let state = false;
    if (!(subj && subj.clauseStart >= ownStart) && m.stateSubject(sentence.text.slice(ownStart, k.start))) {
      subj = { mentions: [], clauseStart: ownStart };
      state = true;
    }
    // English puts the subject first ("Distributors who know … that … its manufacturer … shall"): a
    // sentence opening with an actor or authority names the first norm's bearer.
    const opening = lang === 'en' && groups.length === 0 ? mentions.filter((x) => x.kind !== 'data' && x.end <= k.start && x.start < (clauses[0]?.[1] ?? 0)) : [];
    if (opening.length && (opening[0] as Mention).start <= 15) {
      subj = { mentions: opening, clauseStart: 0 };
      state = false;
    }
    const last = groups.at(-1);
    if (last && !subj && (last.markers[0] as Marker).modality === k.modality) {
      last.markers.push(k);
    } else {
      const start = last ? (subj?.clauseStart ?? clauseOf(clauses, k.start)[0]) : 0;
      if (last) last.end = start;
      const inheritedFrom = last ? (last.state ? undefined : { mentions: last.subject }) : carried;
      const subject = subj ? subj.mentions : (inheritedFrom?.mentions ?? []);
      groups.push({ markers: [k], start, end: sentence.text.length, subject, inherited: !subj && subject.length > 0, state: state || (!subj && !!last?.state) });
    }
    floor = clauseOf(clauses, k.start)[1];
  }
  return groups;
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/** Words that join the items of one list of authorities, with the next item's modifiers (公安机关、国家安全机关;
 *  X和有管辖权的Y; "X and the Y"). */
const LIST_JOINER = /^\s*(、|和|及|以及|或者|或|与|,|and|or)(?!\s*(会同|协同))[^，,。；;：:]{0,12}$/u;

/**
 * The authorities a duty is owed to. First those the action is directed to — an authority list that is
 * the object of 向/为/配合/接受/报送… ("report to", "cooperate with"), never the subject or a mere mention.
 * When there is none, the action's `owedTo` (actions.yaml): named authorities (支持国家情报工作 -> the
 * intelligence agencies), or `named` — the authority the sentence names (公安机关…调取数据，有关组织、个人
 * 应当予以配合 -> the organs), else the one the provision's previous sentence names (公安机关…有权…调取…。
 * 有关单位和个人应当如实提供。). Foreign bodies are what a duty protects against, never its beneficiary.
 */
function owedTo(m: Matchers, sentence: string, mentions: Mention[], g: Group, clauses: [number, number][], actions: string[], namedBefore: string[]): string[] {
  const vocab = m.vocab;
  const domestic = (x: Mention) => x.kind === 'authority' && vocab.authorities.find((a) => a.id === x.id)?.jurisdiction !== 'foreign';
  // An authority that bears the duty itself is not owed it; authorities beside an actor in the subject
  // clause (网络运营者对网信部门…的监督检查) are objects, not subjects.
  const bound = g.subject.some((x) => x.kind === 'actor') ? new Set<string>() : new Set(g.subject.filter((x) => x.kind === 'authority').map((x) => x.id));
  const candidates = mentions.filter((x) => domestic(x) && !bound.has(x.id));
  const predicateStart = (g.markers[0] as Marker).end;
  const inSpan = candidates.filter((x) => x.start >= predicateStart && x.end <= g.end);
  const out: string[] = [];
  let prevEnd = 0;
  for (let i = 0; i < inSpan.length; ) {
    let j = i;
    while (j + 1 < inSpan.length && LIST_JOINER.test(sentence.slice((inSpan[j] as Mention).end, (inSpan[j + 1] as Mention).start))) j++;
    const head = inSpan[i] as Mention;
    const tail = inSpan[j] as Mention;
    // The words before the list, after any earlier authority (会同国务院有关部门 is a partner); in Chinese
    // within its clause (English commas also set off adverbials between a verb and its object).
    const from = Math.max(m.lang === 'zh' ? clauseOf(clauses, head.start)[0] : 0, g.start, prevEnd);
    if (m.directedBefore(sentence.slice(from, head.start)) || m.directedAfter(sentence, tail.end)) {
      for (let k = i; k <= j; k++) out.push((inSpan[k] as Mention).id);
    }
    prevEnd = tail.end;
    i = j + 1;
  }
  if (out.length) return uniq(out);
  let named = false;
  for (const id of actions) {
    const o = vocab.actions.find((a) => a.id === id)?.owedTo;
    if (o === 'named') named = true;
    else if (o) out.push(...o.filter((id) => !bound.has(id)));
  }
  if (out.length) return uniq(out);
  if (!named) return [];
  return uniq(candidates.length ? candidates.map((x) => x.id) : namedBefore.filter((id) => !bound.has(id)));
}

function isPower(m: Matchers, sentence: string, g: Group, clauses: [number, number][]): boolean {
  const k = g.markers[0] as Marker;
  if (k.modality === 'POWER') return true;
  if (k.modality !== 'PERMISSION') return false;
  const byAuthority = g.subject.some((x) => x.kind === 'authority') && !g.subject.some((x) => x.kind === 'actor');
  if (!byAuthority) return false;
  const after = m.lang === 'zh' ? sentence.slice(k.end, clauseOf(clauses, k.start)[1]) : sentence.slice(k.end, k.end + m.vocab.modalities.power.enWindow);
  return m.powerVerb(after);
}

/** Extracts the norms of one provision. Penalty provisions yield none: they sanction other norms (see penalties.ts). */
export function extractNorms(p: Provision, language: Lang, vocab: Vocabulary = defaultVocabulary()): NormFinding[] {
  if (isPenaltyProvision(p, language)) return [];
  const m = matchersFor(vocab, language);
  const out: NormFinding[] = [];
  let carried: Subject | undefined;
  let listOwner: NormFinding | undefined;
  /** Domestic authorities named by the previous sentence with a norm (for `owedTo: named`). */
  let namedBefore: string[] = [];
  for (const s of splitSentences(p.text, LANGUAGES[language], { dropLabels: true })) {
    const exceptions = m.exceptions(s.text);
    const markers = m.markers(s.text).filter((k) => !exceptions.some((e) => k.start >= e.start && k.start < e.end));
    if (!markers.length) {
      // Items of a list introduced by a norm ("履行下列安全保护义务:", "shall have the following powers:")
      // carry its actions, data and addressees.
      if (listOwner) {
        const itemMentions = m.mentions(s.text);
        listOwner.actions = uniq([...listOwner.actions.filter((a) => a !== UNSPECIFIED), ...m.actions(s.text)]);
        if (listOwner.actions.length === 0) listOwner.actions = [UNSPECIFIED];
        listOwner.dataCategories = uniq([...listOwner.dataCategories, ...itemMentions.filter((x) => x.kind === 'data').map((x) => x.id)]);
        if (listOwner.modality === 'POWER') listOwner.addressees = uniq([...listOwner.addressees, ...itemMentions.filter((x) => x.kind === 'actor').map((x) => x.id)]);
        continue;
      }
      // A sentence such as "法律、行政法规另有规定的，依照其规定" qualifies the norm before it. (English
      // scope exceptions — "shall not apply to … unless" — qualify whole paragraphs; not attached.)
      const prev = out.at(-1);
      if (prev && exceptions.length && language === 'zh') prev.exception = [prev.exception, ...exceptions.map((e) => e.text)].filter(Boolean).join('；');
      continue;
    }
    const mentions = m.mentions(s.text);
    const clauses = splitClauses(s.text, LANGUAGES[language]);
    const groups = groupMarkers(m, s, markers, mentions, clauses, carried, language);
    for (const g of groups) {
      const span = s.text.slice(g.start, g.end);
      const firstMarker = g.markers[0] as Marker;
      const power = isPower(m, s.text, g, clauses);
      const modality: Modality = power ? 'POWER' : firstMarker.modality;
      const inPredicate = mentions.filter((x) => x.start >= firstMarker.end && x.end <= g.end);
      const bearers = uniq(g.subject.filter((x) => x.kind === 'actor').map((x) => x.id));
      const authorities: NormFinding['authorities'] = [];
      const addAuth = (id: string, role: AuthorityRole) => {
        if (!authorities.some((a) => a.id === id && a.role === role)) authorities.push({ id, role });
      };
      const holds = modality === 'POWER' || modality === 'PERMISSION';
      // An authority is the bearer only when no actor class shares its clause ("任何个人和组织对国家情报
      // 工作机构…有权检举": the organs are the object there).
      const authorityIsSubject = bearers.length === 0;
      if (authorityIsSubject) for (const x of g.subject) if (x.kind === 'authority') addAuth(x.id, holds ? 'EMPOWERS' : 'BOUND');
      const actions = m.actions(span);
      if (modality === 'DUTY') for (const id of owedTo(m, s.text, mentions, g, clauses, actions, namedBefore)) addAuth(id, 'OWED_TO');
      const exception = exceptions.filter((e) => e.start >= g.start && e.start < g.end).map((e) => e.text);
      const conditionText = language === 'zh' ? span.slice(0, firstMarker.start - g.start) : span;
      const conditions = m.conditions(conditionText);
      const paragraph = p.paragraphs.find((q) => s.start >= q.start && s.start < q.end);
      out.push({
        locator: p.locator,
        ...(paragraph && p.paragraphs.length > 1 ? { paragraph: paragraph.locator } : {}),
        n: out.length + 1,
        modality,
        markers: g.markers.map((k) => k.text),
        bearers: power ? [] : bearers,
        bearerInherited: g.inherited,
        addressees: power ? uniq(inPredicate.filter((x) => x.kind === 'actor').map((x) => x.id)) : [],
        authorities,
        actions: actions.length ? actions : [UNSPECIFIED],
        dataCategories: uniq(mentions.filter((x) => x.kind === 'data' && x.start >= g.start && x.end <= g.end).map((x) => x.id)),
        ...(conditions.length ? { condition: conditions.join('；') } : {}),
        ...(exception.length ? { exception: exception.join('；') } : {}),
        quote: s.text,
        start: s.start,
        end: s.end,
        confidence: g.subject.length === 0 ? 0.6 : g.inherited ? 0.7 : 0.9,
      });
    }
    namedBefore = uniq(mentions.filter((x) => x.kind === 'authority' && vocab.authorities.find((a) => a.id === x.id)?.jurisdiction !== 'foreign').map((x) => x.id));
    const lastGroup = groups.at(-1);
    // A state body's sentence ends the chain: the next subject-less sentence continues with that body,
    // which binds no actor class.
    if (lastGroup?.state) carried = undefined;
    else if (lastGroup?.subject.length) carried = { mentions: lastGroup.subject };
    listOwner = /[:：]$/u.test(s.text) ? out.at(-1) : undefined;
  }
  return out;
}
