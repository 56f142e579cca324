// Norms as graph records: Norm nodes, the classes and authorities they point to (canonical vocabulary
// entries, or classes keyed by the statute's own term), the statute's definitions (DEFINES, and
// SUBCLASS_OF for the kinds a definition lists and the bodies a collective short form names), sanctions (SANCTIONED_BY from the duties a sanction
// enforces) and "could compel" chains (TRIGGERS). One evidence per relationship: the sentence that
// states it. The caller has already emitted `prov:<doc>:<locator>`.
import type { Emitter, PropertyValue } from '../emit.ts';
import { labelOfId, ownId, relationshipType } from '../kinds.ts';
import type { Provision } from '../model.ts';
import { actorAncestors, defaultVocabulary } from '../vocab/index.ts';
import type { Lang, Vocabulary } from '../vocab/index.ts';
import type { Definition } from './definitions.ts';
import { extractNorms, normContext, type NormContext, type NormFinding, UNSPECIFIED } from './extract.ts';
import { coversEveryOrganisation, grammarOf } from './grammar.ts';
import { modalWords, predicateOf } from './predicate.ts';

export interface NormsReport {
  norms: number;
  byModality: Record<string, number>;
  unspecifiedActions: number;
  /** Norms whose bearer the text names (or carries) — the rest are implicit (passive, subjectless). */
  withBearer: number;
  /** Bearers read as a statute's own term rather than a vocabulary class. */
  ownTerms: number;
  definitions: number;
  sanctionedBy: number;
  triggers: number;
  /** Norms whose provision node the caller did not emit (skipped, never invented). */
  skipped: number;
}

export const normId = (documentId: string, f: Pick<NormFinding, 'locator' | 'n'>): string => ownId('Norm', documentId, `${f.locator}:${f.n}`);

const CONFIDENCE = { bearer: 0.85, authority: 0.75, data: 0.8, penalty: 0.9, conduct: 0.6, triggers: 0.6, definition: 0.9 };

/** Names and surface forms in one string, for the full-text index (it cannot index lists). */
function searchText(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' | ');
}

interface VocabIndex {
  actors: Map<string, Vocabulary['actors'][number]>;
  authorities: Map<string, Vocabulary['authorities'][number]>;
  dataCategories: Map<string, Vocabulary['dataCategories'][number]>;
  actionLabel: Map<string, string>;
  /** Per power action: the actions that answer it (itself and its `answeredBy`). */
  answers: Map<string, string[]>;
  /** Per actor class node id: itself and its ancestors (node ids). */
  ancestors: Map<string, string[]>;
  /** Actions whose exposure category is access or assistance (exposure.yaml categories with `towardSecurity`). */
  accessActions: Set<string>;
  /** The modal markers written as words (应当, shall): a norm's predicate follows them. */
  modalWords: Set<string>;
}

const indexes = new WeakMap<Vocabulary, VocabIndex>();

/** Lookups by id, built once per vocabulary (never a linear search per norm). */
function indexOf(vocab: Vocabulary): VocabIndex {
  const hit = indexes.get(vocab);
  if (hit) return hit;
  const ix: VocabIndex = {
    actors: new Map(vocab.actors.map((a) => [a.id, a])),
    authorities: new Map(vocab.authorities.map((a) => [a.id, a])),
    dataCategories: new Map(vocab.dataCategories.map((d) => [d.id, d])),
    actionLabel: new Map(vocab.actions.map((a) => [a.id, a.label])),
    accessActions: new Set(vocab.actions.filter((a) => vocab.exposure.categories.find((c) => c.id === a.exposure)?.towardSecurity).map((a) => a.id)),
    answers: new Map(vocab.actions.map((a) => [a.id, [a.id, ...a.answeredBy]])),
    ancestors: new Map(vocab.actors.map((a) => [`actor:${a.id}`, actorAncestors(vocab, a.id).map((x) => `actor:${x}`)])),
    modalWords: modalWords(vocab.modalities.markers),
  };
  indexes.set(vocab, ix);
  return ix;
}

/** Emits a class or authority node once: from the vocabulary when canonical, else named by the statute's term. */
function emitParty(emit: Emitter, ix: VocabIndex, lang: Lang, id: string, term: string | undefined, ev: { locator: string; quote: string; method: string; confidence: number }): void {
  if (emit.has(id)) return;
  const [prefix, rest] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
  const label = prefix === 'actor' ? 'ActorClass' : 'Authority';
  const a = prefix === 'actor' ? ix.actors.get(rest) : undefined;
  const b = prefix === 'authority' ? ix.authorities.get(rest) : undefined;
  if (a) emit.node(id, [label], { name: a.name, nameZh: a.nameZh, coversEveryOrganisation: a.coversEveryOrganisation ?? false, condition: a.condition, aliases: [...a.patterns.zh, ...a.patterns.en], searchText: searchText(a.name, a.nameZh, ...a.patterns.zh, ...a.patterns.en) }, ev);
  else if (b) emit.node(id, [label], { name: b.name, nameZh: b.nameZh, acronym: b.acronym, jurisdiction: b.jurisdiction, security: b.security, aliases: [...b.patterns.zh, ...b.patterns.en], searchText: searchText(b.name, b.nameZh, b.acronym, ...b.patterns.zh, ...b.patterns.en) }, ev);
  else {
    // A class the statute names in its own words: its term is its name (in the statute's language).
    const name = term ?? rest.slice(rest.indexOf(':') + 1);
    const covers = label === 'ActorClass' && coversEveryOrganisation(name, lang);
    emit.node(id, [label], { name, ...(lang === 'zh' ? { nameZh: name } : {}), language: lang, canonical: false, ...(covers ? { coversEveryOrganisation: true } : {}), searchText: name }, ev);
  }
}

function emitDataCategory(emit: Emitter, ix: VocabIndex, id: string, ev: { locator: string; quote: string; method: string; confidence: number }): void {
  const d = ix.dataCategories.get(id);
  if (d && !emit.has(`data:${d.id}`)) emit.node(`data:${d.id}`, ['DataCategory'], { name: d.name, nameZh: d.nameZh, aliases: [...d.patterns.zh, ...d.patterns.en], searchText: searchText(d.name, d.nameZh, ...d.patterns.zh, ...d.patterns.en) }, ev);
}

function emitNorm(emit: Emitter, ix: VocabIndex, ctx: NormContext, documentId: string, f: NormFinding): void {
  const id = normId(documentId, f);
  const provId = `prov:${documentId}:${f.locator}`;
  const action = f.actions[0];
  emit.nodeOwning(id, ['Norm'], normProperties(documentId, f, action, ix.actionLabel.get(action), predicateOf(f.quote, f.markers[0], ctx.lang, ix.modalWords)), { locator: f.locator, quote: f.quote, method: 'pattern:modality', confidence: f.confidence });
  const ev = (method: string, confidence: number) => ({ locator: f.locator, quote: f.quote, method, confidence: Math.min(confidence, f.confidence) });
  emit.rel('EXPRESSES', provId, id, ev('pattern:modality', f.confidence));
  const termOf = (rid: string) => f.bearer?.refs.find((r) => r.id === rid)?.term;
  // The Emitter copies evidence into each record, so one object serves every class node of the norm.
  const vocabulary = ev('pattern:vocabulary', f.confidence);
  for (const b of f.bearers) {
    emitParty(emit, ix, ctx.lang, b, termOf(b), vocabulary);
    emit.rel('BINDS', id, b, ev('pattern:bearer', f.bearerInherited ? 0.7 : CONFIDENCE.bearer), { inherited: f.bearerInherited, term: f.bearer?.term });
  }
  for (const a of f.addressees) {
    emitParty(emit, ix, ctx.lang, a, undefined, vocabulary);
    emit.rel('REQUIRES', id, a, ev('pattern:addressee', CONFIDENCE.bearer));
  }
  for (const a of f.authorities) {
    // An authority bound by a duty is a bearer like an actor class: BINDS, to the Authority node. So is
    // a state the vocabulary lists as a class of addressees that holds a power ("Member States may take
    // action against an entity"): EMPOWERS ends at Authority (ingest/kinds.ts), the power's holder is
    // its bearer. A link the model has no type for stays in the finding only.
    const fits = (t: string) => relationshipType(t)?.to.includes(labelOfId(a.id) ?? '') ?? false;
    const type = a.role === 'BOUND' || (a.role === 'EMPOWERS' && !fits('EMPOWERS')) ? 'BINDS' : a.role;
    if (!fits(type)) continue;
    emitParty(emit, ix, ctx.lang, a.id, a.term, vocabulary);
    emit.rel(type, id, a.id, ev('pattern:authority', CONFIDENCE.authority), a.term ? { term: a.term } : {});
  }
  for (const d of f.dataCategories) {
    emitDataCategory(emit, ix, d, vocabulary);
    emit.rel('CONCERNS', id, `data:${d}`, ev('pattern:data-category', CONFIDENCE.data));
  }
}

/** A Norm node's properties, in their order, each set only when it has a value (what the Emitter keeps of
 *  them): built by named stores, of which a norm has few shapes, instead of an object of every key whose
 *  undefined ones the Emitter would drop key by key (its slowest path, taken by every norm). */
function normProperties(documentId: string, f: NormFinding, action: string | undefined, actionLabel: string | undefined, predicate: string | undefined): Record<string, PropertyValue> {
  const p: Record<string, PropertyValue> = {};
  if (documentId !== undefined) p.documentId = documentId;
  if (f.locator !== undefined) p.locator = f.locator;
  if (f.paragraph !== undefined) p.paragraph = f.paragraph;
  if (f.modality !== undefined) p.modality = f.modality;
  if (action !== undefined) p.action = action;
  if (actionLabel !== undefined) p.actionLabel = actionLabel;
  if (f.actions !== undefined) p.actions = f.actions;
  if (f.markers !== undefined) p.markers = f.markers;
  if (predicate !== undefined) p.predicate = predicate;
  const bearerTerm = f.bearer?.term;
  if (bearerTerm !== undefined) p.bearerTerm = bearerTerm;
  if (f.condition !== undefined) p.condition = f.condition;
  if (f.exception !== undefined) p.exception = f.exception;
  if (f.sanction !== undefined) p.sanction = f.sanction;
  if (f.enforces !== undefined) p.enforces = f.enforces;
  if (f.quote !== undefined) p.quote = f.quote;
  if (f.start !== undefined) p.start = f.start;
  if (f.end !== undefined) p.end = f.end;
  return p;
}

const headEndings = new Map<string, RegExp>();

/** English: a term ending with the head word (or its plural), compiled once per head. Case counts, as in the grammar's
 *  head lists, which write a head in each case it names a party in ("Service" a body, "digital service" none). */
function enHeadEnding(head: string): RegExp {
  let re = headEndings.get(head);
  if (!re) {
    re = new RegExp(`\\b${head}s?$`);
    headEndings.set(head, re);
  }
  return re;
}

/** A statute's definitions of parties: DEFINES from the defining provision, SUBCLASS_OF for the kinds it lists,
 *  and for the bodies a collective short form names together (A和B（以下统称X）: A and B are each an X; the
 *  norms that name X are linked to A and B). */
function emitDefinitions(emit: Emitter, ix: VocabIndex, ctx: NormContext, documentId: string, definitions: Definition[]): number {
  let n = 0;
  for (const d of definitions) {
    const provId = `prov:${documentId}:${d.locator}`;
    const kind = ctx.g.heads.find((h) => (ctx.lang === 'zh' ? d.term.endsWith(h.text) : enHeadEnding(h.text).test(d.term)))?.kind;
    const members = d.shortFor ? ctx.parties.members(d.term) : undefined;
    if (!kind || (d.shortFor && !members) || !emit.has(provId)) continue;
    const ev = { locator: d.locator, quote: d.quote, method: 'pattern:definition', confidence: CONFIDENCE.definition };
    const cls = ctx.parties.termRef(d.term, kind);
    emitParty(emit, ix, ctx.lang, cls.id, d.term, ev);
    emit.rel('DEFINES', provId, cls.id, ev, { term: d.term });
    n++;
    if (members) {
      for (const m of members) {
        if (m.id === cls.id || m.kind !== cls.kind) continue;
        emitParty(emit, ix, ctx.lang, m.id, m.term, ev);
        emit.rel('SUBCLASS_OF', m.id, cls.id, ev, { term: m.term });
      }
      continue;
    }
    for (const part of d.covers) {
      const sub = ctx.parties.termRef(part, kind);
      if (sub.id === cls.id || !ctx.g.heads.some((h) => part.endsWith(h.text)) || sub.kind !== cls.kind) continue;
      emitParty(emit, ix, ctx.lang, sub.id, part, ev);
      emit.rel('SUBCLASS_OF', sub.id, cls.id, ev, { term: part });
    }
  }
  return n;
}

export function emitNorms(emit: Emitter, documentId: string, language: Lang, provisions: Provision[], vocab: Vocabulary = defaultVocabulary(), jurisdiction?: string): NormsReport {
  const report: NormsReport = { norms: 0, byModality: {}, unspecifiedActions: 0, withBearer: 0, ownTerms: 0, definitions: 0, sanctionedBy: 0, triggers: 0, skipped: 0 };
  const ix = indexOf(vocab);
  const ctx = normContext(provisions, language, vocab, jurisdiction);
  const all: NormFinding[] = [];
  for (const p of provisions) {
    const findings = extractNorms(p, language, ctx);
    if (!emit.has(`prov:${documentId}:${p.locator}`)) {
      report.skipped += findings.length;
      continue;
    }
    for (const f of findings) {
      emitNorm(emit, ix, ctx, documentId, f);
      report.norms++;
      report.byModality[f.modality] = (report.byModality[f.modality] ?? 0) + 1;
      if (f.actions[0] === UNSPECIFIED) report.unspecifiedActions++;
      if (f.bearer) report.withBearer++;
      if (f.bearer?.refs.some((r) => !r.canonical)) report.ownTerms++;
      all.push(f);
    }
  }
  report.definitions = emitDefinitions(emit, ix, ctx, documentId, ctx.definitions);
  report.sanctionedBy = emitSanctions(emit, ix, language, documentId, all, new Map(provisions.map((p) => [p.locator, p.text])));
  report.triggers = emitTriggers(emit, ix, documentId, all);
  return report;
}

/** Duties and prohibitions a sanction enforces: those of the provisions it cites, else those whose action
 *  is the conduct it punishes; a penalty provision that cites none but punishes refusing or obstructing
 *  cooperation (grammar.yaml `refusals`) also enforces the statute's cooperation duties (access and
 *  assistance categories, exposure.yaml) and the powers that require parties to act. */
function emitSanctions(emit: Emitter, ix: VocabIndex, lang: Lang, documentId: string, all: NormFinding[], texts: Map<string, string>): number {
  let n = 0;
  const byLocator = new Map<string, NormFinding[]>();
  for (const f of all) byLocator.get(f.locator)?.push(f) ?? byLocator.set(f.locator, [f]);
  const isDuty = (f: NormFinding) => f.modality === 'DUTY' || f.modality === 'PROHIBITION';
  const refusals = grammarOf(lang).refusals;
  const cooperation = (f: NormFinding) =>
    !f.sanction && ((f.modality === 'DUTY' && f.actions.some((a) => ix.accessActions.has(a))) || (f.modality === 'POWER' && f.addressees.length > 0));
  for (const s of all) {
    if (!s.sanction) continue;
    const penaltyProv = `prov:${documentId}:${s.locator}`;
    const cited = (s.enforces ?? []).flatMap((l) => byLocator.get(l) ?? []).filter(isDuty);
    const text = texts.get(s.locator) ?? s.quote;
    const sameConduct = cited.length ? [] : namedOffenders(text, all.filter((d) => d.locator !== s.locator && isDuty(d) && d.actions.some((a) => a !== UNSPECIFIED && s.actions.includes(a))));
    const refused = cited.length || !refusals.some((w) => text.includes(w)) ? [] : namedOffenders(text, all.filter((d) => d.locator !== s.locator && cooperation(d)));
    const rels: [NormFinding, string, number][] = [
      ...cited.map((d): [NormFinding, string, number] => [d, 'pattern:penalty', CONFIDENCE.penalty]),
      ...sameConduct.map((d): [NormFinding, string, number] => [d, 'pattern:penalty-conduct', CONFIDENCE.conduct]),
      ...refused.filter((d) => !sameConduct.includes(d)).map((d): [NormFinding, string, number] => [d, 'pattern:penalty-refusal', CONFIDENCE.conduct]),
    ];
    for (const [d, method, confidence] of rels) {
      emit.rel('SANCTIONED_BY', normId(documentId, d), penaltyProv, { locator: s.locator, quote: s.quote, method, confidence });
      n++;
    }
  }
  return n;
}

/** A penalty that names whom it punishes (运营者…不予配合的) sanctions the duties of those parties only, and
 *  the powers over them; one that names none of the duties' bearers (拒不配合数据调取的) sanctions them all. */
function namedOffenders(penalty: string, candidates: NormFinding[]): NormFinding[] {
  const named = candidates.filter((d) => d.modality === 'DUTY' && d.bearers.length > 0 && [d.bearer?.term, ...(d.bearer?.refs ?? []).map((r) => r.term)].some((t) => !!t && penalty.includes(t)));
  if (!named.length) return candidates;
  const offenders = new Set(named.flatMap((d) => d.bearers));
  return candidates.filter((d) => named.includes(d) || (d.modality === 'POWER' && d.addressees.some((a) => offenders.has(a))));
}

/** The actions a power's duties may carry to answer it: its own (specified) actions and their `answeredBy`. */
function answeringActions(ix: VocabIndex, power: NormFinding): Set<string> {
  const out = new Set<string>();
  for (const a of power.actions) if (a !== UNSPECIFIED) for (const b of ix.answers.get(a) ?? [a]) out.add(b);
  return out;
}

function triggers(ix: VocabIndex, power: NormFinding, answers: Set<string>, duty: NormFinding): boolean {
  if (power.modality !== 'POWER' || power.sanction || duty.modality !== 'DUTY' || duty.bearers.length === 0) return false;
  if (!duty.actions.some((a) => answers.has(a))) return false;
  if (power.addressees.length === 0) return true;
  return duty.bearers.some((b) => (ix.ancestors.get(b) ?? [b]).some((x) => power.addressees.includes(x)));
}

/** A power answers to a duty when an action matches (directly or via `answeredBy`) and, if the power names whom it may require, the duty binds one of them (or a subclass). */
export function powerTriggersDuty(vocab: Vocabulary, power: NormFinding, duty: NormFinding): boolean {
  const ix = indexOf(vocab);
  return triggers(ix, power, answeringActions(ix, power), duty);
}

/** "Could compel" chains: a power of an authority answered by a duty in the same act (NIL 14 -> 7). Duties
 *  are indexed by action once, so each power looks only at the duties carrying an answering action. */
function emitTriggers(emit: Emitter, ix: VocabIndex, documentId: string, all: NormFinding[]): number {
  let n = 0;
  const dutiesByAction = new Map<string, number[]>();
  all.forEach((f, i) => {
    if (f.modality !== 'DUTY' || f.bearers.length === 0) return;
    for (const a of new Set(f.actions)) dutiesByAction.get(a)?.push(i) ?? dutiesByAction.set(a, [i]);
  });
  for (const power of all) {
    if (power.modality !== 'POWER') continue;
    const answers = answeringActions(ix, power);
    const candidates = new Set<number>();
    for (const a of answers) for (const i of dutiesByAction.get(a) ?? []) candidates.add(i);
    for (const i of [...candidates].sort((x, y) => x - y)) {
      const duty = all[i] as NormFinding;
      if (!triggers(ix, power, answers, duty)) continue;
      emit.rel('TRIGGERS', normId(documentId, power), normId(documentId, duty), { locator: power.locator, quote: power.quote, method: 'inferred:power-duty', confidence: CONFIDENCE.triggers }, { dutyLocator: duty.locator, dutyQuote: duty.quote });
      n++;
    }
  }
  return n;
}
