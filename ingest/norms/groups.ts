// A sentence's modal markers (and its sanction) grouped into norms: each marker's subject is read from
// the text; a marker whose clause names none continues the previous group's subject (…应当…，并…) or,
// in Chinese, the sentence's topic carried from the previous sentence; markers of one modality for one
// subject are one norm. 不得/不准 inside a power's own content (可以决定其…不准出境) belong to the power.
import type { Marker, Matchers } from './matchers.ts';
import type { Mention } from './matchers.ts';
import { MemoPer } from './memo.ts';
import type { NormContext } from './extract.ts';
import type { SanctionSpan } from './sanctions.ts';
import { enBodies, type Party } from './parties.ts';
import { withoutAdverbs } from './roles.ts';
import { enHead, enPartyKind, findSubject, opensAdverbial, type Subject } from './subject.ts';

export interface Group {
  markers: Marker[];
  /** Offsets in the sentence. */
  start: number;
  end: number;
  party?: Party;
  /** The subject was carried from an earlier clause or sentence (or a pronoun). */
  inherited: boolean;
  /** No bearer is named or implied (EU passive, subjectless sanction). */
  implicit: boolean;
  /** A sanction group: the sanction words. */
  sanction?: string;
  /** English: the clause's subject is a noun phrase that names no party ("Adherence to a code may …"). */
  nonParty?: boolean;
  /** English: the modal verb is passive ("shall be notified"). */
  passive?: boolean;
  /** English dative passive: the subject receives ("the authorities shall be granted access"). */
  beneficiary?: Party;
}

// "shall be granted access", "shall be informed": the subject receives what the implicit bearer gives.
// A parenthetical may stand between the modal and its passive ("shall, upon a reasoned request, be granted").
const EN_DATIVE = /^(?:\s*,[^,.;]{1,80},)?\s+be\s+(granted|given|provided|informed|notified|sent|offered|allowed|permitted|afforded|supplied|told)\b/u;

const EN_PASSIVE = /^(?:\s*,[^,.;]{1,80},)?\s+(?:not\s+)?be\s+(?!able|responsible|liable|entitled|subject|free|deemed)(?:[a-z]+(?:ed|en|wn)|made|kept|held|laid|set|sent|sold|put|paid|borne|brought|taken|given|done|met|bound)\b/u;
const EN_BARE_MODAL = /^(?:shall|must|may)(?:\s+not)?$/u;
const EN_COORDINATED = /\b(and|or)\s*$/u;
// "Member States shall provide by law that its supervisory authority shall have the power", "shall lay
// down rules on whether fines may be imposed": the second modal is the content of the first norm.
const EN_COMPLEMENT = /\b(ensure|provide(?:\s+by\s+law)?|require|stipulate|specify|lay\s+down|determine|decide|verify|demonstrate)\b[^.;]{0,120}\b(?:that|whether)\s/u;

/** The words between two modals make the second the content of the first ("shall ensure that X shall"),
 *  unless a coordinated clause with a subject of its own begins between them (", and the Commission may"). */
function complementOf(between: string): boolean {
  const m = EN_COMPLEMENT.exec(between);
  return !!m && !/,\s+(?:and|or|but)\s+(?:the|a|an|each|any|its|their)\s/u.test(between.slice(m.index));
}

/** Markers in order with the sentence's sanctions: each replaces the 可以 that governs it. */
function withSanctions(markers: Marker[], sanctions: SanctionSpan[], sentence: string): Marker[] {
  let out = markers;
  for (const s of sanctions) out = withSanction(out, s, sentence);
  return out;
}

function withSanction(markers: Marker[], sanction: SanctionSpan, sentence: string): Marker[] {
  // A sanction inside an earlier norm's predicate (国家安全机关应当责令其整改; 可以建议有关主管部门依法责令…) is
  // that norm's content, unless 由 names the sanctioning body anew.
  // The sanction's own modal: 可以并处…, or 可以由公安机关对其…处…拘留 (the modal governs a 由-agent sanction).
  const governing = markers.find((k) => k.modality === 'PERMISSION' && ((k.start >= sanction.start - 2 && k.start < sanction.end) || (k.end <= sanction.start && /^(?:并|也)?由/u.test(sentence.slice(k.end, sanction.start)))));
  const before = markers.filter((k) => k.end <= sanction.start && k !== governing && !k.sanction).at(-1);
  if (before && !sentence.slice(before.end, sanction.start).includes('由')) return markers;
  // An English sanction begins with its own modal ("shall be barred"): that modal is no duty besides.
  const kept = markers.filter((k) => k !== governing && !(sanction.modal && /^[a-z]/u.test(sanction.modal) && k.start === sanction.start));
  const verb = /^(可以|并处|处|责令|给予|予以|没收|吊销|停业整顿|追究|may|shall)/u.exec(sentence.slice(sanction.start))?.[1] ?? sanction.sanction.slice(0, 2);
  const own: Marker = { modality: 'POWER', start: sanction.start, end: sanction.end, text: sanction.modal ?? verb, sanction };
  return [...kept, own].sort((a, b) => a.start - b.start);
}

/** `context`: the provision's text, which tells what a generic party (当事人) is. */
export function groupMarkers(ctx: NormContext, sentence: string, markers: Marker[], sanctions: SanctionSpan[], mentions: Mention[], clauses: [number, number][], carried: Party | undefined, context: string, earlierBodies: { id: string; term: string }[] = []): Group[] {
  const groups: Group[] = [];
  const spans = mentions.filter((x) => x.kind !== 'data').map((x) => ({ start: x.start, end: x.end, kind: x.kind === 'authority' ? ('authority' as const) : ('actor' as const) }));
  const clauseOf = (pos: number) => clauses.find(([s, e]) => pos >= s && pos < e) ?? [pos, pos];
  let floor = 0;
  for (const k of withSanctions(markers, sanctions, sentence)) {
    const sanction = k.sanction;
    const found: Subject | undefined = sanction?.authority
      ? { ...sanction.authority, kind: 'authority' }
      : (agentAfter(ctx, sentence, k) ?? subjectOf(ctx, sentence, clauses, k.start, floor, spans));
    const subj = sanction && found && offender(ctx, sentence, clauses, found, k) ? undefined : found;
    const last = groups.at(-1);
    const lastKind = last ? (last.markers[0] as Marker).modality : undefined;
    // 不准/不得 inside a power's content (可以决定其…不准出境), and a sanction's own modals (可以并处, 并可以
    //决定禁止其…): the power's, not further norms.
    if (last && !subj && ((k.modality === 'PROHIBITION' && (lastKind === 'PERMISSION' || lastKind === 'POWER') && last.party?.kind !== 'actor' && last.party) || (last.sanction && k.modality !== 'DUTY'))) {
      last.markers.push(k);
      continue;
    }
    // 应当…报告…，经…确认后方可起飞: "only then may" after a duty is the duty's condition.
    if (last && !subj && lastKind === 'DUTY' && ctx.g.onlyThen.includes(k.text)) {
      last.markers.push(k);
      continue;
    }
    if (last && ctx.lang === 'en' && complementOf(sentence.slice((last.markers.at(-1) as Marker).end, k.start))) continue;
    // "shall be notified", not "shall have the right to be informed" (the right's holder bears it).
    const passive = ctx.lang === 'en' && EN_BARE_MODAL.test(k.text) && EN_PASSIVE.test(sentence.slice(k.end));
    if (last && !subj && !sanction && (last.markers[0] as Marker).modality === k.modality) {
      last.markers.push(k);
      floor = (clauseOf(k.start) as [number, number])[1];
      continue;
    }
    const start = last ? (subj?.start ?? groupStart(ctx, sentence, (clauseOf(k.start) as [number, number])[0], last.markers.at(-1) as Marker, k)) : 0;
    if (last) last.end = start;
    const agent = (passive || (sanction && ctx.lang === 'en')) && !subj ? passiveAgent(ctx, sentence, k) : undefined;
    const beneficiary = passive && subj && EN_DATIVE.test(sentence.slice(k.end)) ? subj : undefined;
    const g = newGroup(ctx, sentence, k, beneficiary ? undefined : (subj ?? agent), last, carried, passive && !agent, start, context, earlierBodies);
    if (beneficiary) g.beneficiary = ctx.parties.resolve(beneficiary.text, beneficiary.kind, context);
    if (ctx.lang === 'en' && !subj) g.nonParty = namesNoParty(ctx, sentence, k, clauses);
    g.passive = passive;
    if (sanction) g.sanction = sanction.sanction;
    groups.push(g);
    floor = (clauseOf(k.start) as [number, number])[1];
  }
  return groups;
}

/** Without a subject of its own, a group begins at its clause; an English modal in the clause of the
 *  previous one ("shall submit a report … but may contain") begins at the word joining it, so the
 *  previous group keeps its predicate. */
function groupStart(ctx: NormContext, sentence: string, clauseStart: number, previous: Marker, k: Marker): number {
  if (ctx.lang !== 'en' || clauseStart >= previous.end) return clauseStart;
  const between = sentence.slice(previous.end, k.start);
  const joins = [...between.matchAll(/\s(?:but|and|or|which|that|who)\s/gu)].at(-1);
  return previous.end + (joins?.index ?? between.length);
}

const subjects = new MemoPer<Matchers, Map<number | string, Subject | undefined>>();

/** findSubject, remembered per sentence and position: it reads only the sentence, its clauses and the
 *  vocabulary's mentions in it (all fixed by the sentence), and statutes repeat their sentences. Keyed by
 *  the sentence itself, whose hash the string keeps, then by the marker's position and the floor as one number
 *  (a key string built per call, `${marker}:${floor}`, was hashed anew on every lookup; a map per marker cost
 *  an allocation per sentence). Both are offsets into the sentence, the floor at most its length, so
 *  marker * (length + 1) + floor names one pair; anything else keeps the string. */
function subjectOf(ctx: NormContext, sentence: string, clauses: [number, number][], marker: number, floor: number, spans: { start: number; end: number; kind: 'authority' | 'actor' }[]): Subject | undefined {
  const byPosition = subjects.of(ctx.m).get(sentence, () => new Map());
  const width = sentence.length + 1;
  const key = Number.isInteger(marker) && Number.isInteger(floor) && marker >= 0 && floor >= 0 && floor < width ? marker * width + floor : `${marker}:${floor}`;
  if (!byPosition.has(key)) byPosition.set(key, findSubject(sentence, clauses, marker, floor, spans, ctx.g));
  return byPosition.get(key);
}

/** A sanction's subject read from the text is the offender, not the sanctioning body, when it is a
 *  private party or opens a condition, in one clause or several (…的，处…罚款 / 国家机关…有…行为的，依法给予
 *  处分 / 有关部门的工作人员滥用职权、玩忽职守，构成犯罪的，依法追究刑事责任). */
function offender(ctx: NormContext, sentence: string, clauses: [number, number][], subj: Subject, k: Marker): boolean {
  if (subj.kind === 'actor') return true;
  const sanctionAt = k.start;
  // 公安机关（会同Y）（在检查中）发现…的，可以责令…: the body that finds a breach may sanction it. Not staff, nor a
  // sanction of no modal of its own: those punish the finder (工作人员发现…不报告的，依法给予处分).
  const verb = withoutAdverbs(sentence.slice(subj.end, sanctionAt), ctx);
  const staff = ctx.g.staff.some((w) => subj.text.endsWith(w));
  if (k.sanction?.modal && !staff && ctx.g.perceptions.some((v) => verb.startsWith(v))) return false;
  const [cs] = clauses.find(([s, e]) => subj.start >= s && subj.start < e) ?? [subj.start];
  const own = clauses.filter(([s, e]) => s >= cs && e <= sanctionAt);
  return own.some(([s, e]) => /的[，,]$/u.test(sentence.slice(Math.max(s, subj.start), e)));
}

function newGroup(ctx: NormContext, sentence: string, k: Marker, subj: Subject | undefined, last: Group | undefined, carried: Party | undefined, passive: boolean, start: number, context: string, earlierBodies: { id: string; term: string }[]): Group {
  const group: Group = { markers: [k], start, end: sentence.length, inherited: false, implicit: false };
  // 前款规定的部门可以…: the bodies the text named before (in the order it named them).
  if (subj?.backReference && earlierBodies.length) {
    const refs = [...earlierBodies].reverse().map((b) => ({ id: b.id, kind: 'authority' as const, term: b.term, canonical: !b.id.startsWith(`authority:${ctx.lang}:`) }));
    group.party = { term: subj.text, kind: 'authority', refs };
    group.inherited = true;
    return group;
  }
  if (subj && !subj.pronoun) {
    group.party = ctx.parties.resolve(subj.text, subj.kind, context);
    return group;
  }
  // "Where the market surveillance authority … makes a finding, it shall require …": an English pronoun
  // with no earlier subject refers to the party its sentence's opening clause names first, known or a body
  // named by structure ("Where the Fisheries Centre of a Member State finds …, it shall": the centre).
  // A passive's pronoun ("it shall be accompanied by") is the thing acted on, not a party.
  if (subj?.pronoun && ctx.lang === 'en' && !last && !passive) {
    const opening = sentence.slice(0, subj.start);
    const known = ctx.m.mentions(opening).filter((x) => x.kind !== 'data');
    const bodies = enBodies(opening, ctx.g, known).map((b) => ({ start: b.start, end: b.end, kind: 'authority' }));
    const antecedent = [...known, ...bodies].sort((a, b) => a.start - b.start)[0];
    if (antecedent) {
      group.party = ctx.parties.resolve(sentence.slice(antecedent.start, antecedent.end), antecedent.kind === 'authority' ? 'authority' : 'actor', context);
      group.inherited = true;
      return group;
    }
    // "If the holder of the approval ceases …, he shall": the first party noun phrase the opening names.
    const named = enFirstParty(ctx, sentence.slice(0, subj.start));
    if (named) {
      group.party = ctx.parties.resolve(named.text, named.kind, context);
      group.inherited = true;
      return group;
    }
  }
  // A pronoun, a coordinated predicate (…，并应当…; "and shall"), or Chinese topic chaining (a clause with
  // nothing before its modal but adverbs): the subject goes on. A topic that names no party
  // (查阅、调取不得超出…) leaves the bearer implicit.
  const before = sentence.slice(0, k.start);
  const zhEllipsis = ctx.lang === 'zh' && ellipsis(ctx, sentence, k);
  const continues = subj?.pronoun || zhEllipsis || (last !== undefined && EN_COORDINATED.test(before.trimEnd().replace(/,$/u, '')));
  const from = last?.party ?? (last ? undefined : carried);
  if (continues && from && !passive) {
    group.party = from;
    group.inherited = true;
    return group;
  }
  group.implicit = true;
  return group;
}

const EN_NOUN_PHRASE = /\b(?:an?|the|any|each|every)\s+[a-z]+(?:\s+of\s+(?:the\s+)?[a-z]+)?/gu;

/** English: the first noun phrase of `text` whose head names a party ("an entity", "the holder of the approval"). */
function enFirstParty(ctx: NormContext, text: string): { text: string; kind: 'actor' | 'authority' | 'state' } | undefined {
  for (const m of text.matchAll(EN_NOUN_PHRASE)) {
    const kind = enPartyKind(enHead(m[0], ctx.g), ctx.g);
    if (kind) return { text: m[0], kind };
  }
  return undefined;
}

/** The marker's own clause has nothing before the modal but adverbs, connectives and a clause of time
 *  (…，并依法应当…; …，任务完成后应当…). */
function ellipsis(ctx: NormContext, sentence: string, k: Marker): boolean {
  let from = k.start;
  while (from > 0 && !/[，,：:；;。]/u.test(sentence[from - 1] as string)) from--;
  let rest = sentence.slice(from, k.start).trim();
  for (let changed = true; changed && rest; ) {
    changed = false;
    for (const w of [...ctx.g.leading, ...ctx.g.boundaries]) {
      if (rest.startsWith(w)) {
        rest = rest.slice(w.length).trim();
        changed = true;
      }
    }
  }
  // 任务完成后应当…: a clause of time before the modal names no new subject.
  return rest === '' || (ctx.g.timeClauseEnds.some((w) => rest.endsWith(w)) && rest.length <= 16);
}

const EN_BY = String.raw`\s+by\s+((?:the|a|an|each|its|their)\s+[^,;.]{2,80}?)(?=\s+(?:in|within|without|to|for|on|at|upon|where|if|when|and\s+shall)\b|[,;.]|$)`;
// Any participle ("submitted", "paid", "borne") before its by-agent.
const EN_AGENT = new RegExp(String.raw`^(?:\s*,[^,.;]{1,80},)?\s+(?:not\s+)?be\s+[a-z]+` + EN_BY, 'u');
// A sanction's span ends with its participle ("may be barred"): its agent follows at once.
const EN_SANCTION_AGENT = new RegExp(`^${EN_BY}`, 'u');

/** "shall be notified by the controller", "may be barred by the Commission": the by-agent of an English
 *  passive bears the norm. */
function passiveAgent(ctx: NormContext, sentence: string, k: Marker): Subject | undefined {
  const m = (k.sanction ? EN_SANCTION_AGENT : EN_AGENT).exec(sentence.slice(k.end));
  if (!m) return undefined;
  const phrase = m[1] as string;
  // The agent without its attachments ("by the Commission from participation") or a second agent ("or by their representative").
  const text = enHead(phrase, ctx.g).replace(/\s+(?:and|or)$/u, '');
  const kind = enPartyKind(text, ctx.g);
  if (!kind) return undefined;
  const start = k.end + (m.index ?? 0) + m[0].indexOf(phrase);
  return { start, end: start + text.length, text, kind };
}

/** The marker's clause opens with a noun phrase that names no party: nothing to permit or oblige. */
function namesNoParty(ctx: NormContext, sentence: string, k: Marker, clauses: [number, number][]): boolean {
  const [cs] = clauses.find(([s, e]) => k.start >= s && k.start < e) ?? [k.start];
  const text = sentence.slice(cs, k.start).trim();
  // "…, and may use": a coordinator alone continues the subject before it.
  if (!text || ctx.g.coordinators.includes(text.toLowerCase()) || /\b(is|are|was|were|be|has|have|had|shall|may|must|will|would|can|could|should)\b/iu.test(text)) return false;
  return !opensAdverbial(text.toLowerCase(), ctx.g) && /^[A-Za-z]/u.test(text);
}

const ZH_AGENT = /^(?:依法)?由([^，,。；;]{2,30}?)(?=依照|依据|按照|根据|依法|负责|对|给予|处|责令|予以|决定|组织|进行|实施|作出)/u;

/** 可以由有关部门依法给予处分: after 由, the body that acts. */
function agentAfter(ctx: NormContext, sentence: string, k: Marker): Subject | undefined {
  if (ctx.lang !== 'zh') return undefined;
  const m = ZH_AGENT.exec(sentence.slice(k.end));
  if (!m) return undefined;
  const text = m[1] as string;
  const kind = ctx.g.heads.find((h) => text.endsWith(h.text))?.kind;
  if (!kind) return undefined;
  const start = k.end + (m[0].indexOf(text));
  return { start, end: start + text.length, text, kind };
}
