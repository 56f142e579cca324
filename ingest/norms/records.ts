// Norms as graph records: Norm nodes and the vocabulary nodes they point to, with one evidence per
// relationship (the sentence that states it). The caller has already emitted `prov:<doc>:<locator>`.
import type { Emitter } from '../emit.ts';
import type { Provision } from '../model.ts';
import { actorAncestors, defaultVocabulary } from '../vocab/index.ts';
import type { Lang, Vocabulary } from '../vocab/index.ts';
import { UNSPECIFIED, extractNorms } from './extract.ts';
import type { NormFinding } from './extract.ts';
import { detectPenalties } from './penalties.ts';

export interface NormsReport {
  norms: number;
  byModality: Record<string, number>;
  unspecifiedActions: number;
  sanctionedBy: number;
  triggers: number;
  /** Norms whose provision node the caller did not emit (skipped, never invented). */
  skipped: number;
}

export const normId = (documentId: string, f: Pick<NormFinding, 'locator' | 'n'>): string => `norm:${documentId}:${f.locator}:${f.n}`;

const CONFIDENCE = { bearer: 0.85, authority: 0.75, data: 0.8, penalty: 0.9, triggers: 0.6 };

/** Names and surface forms in one string, for the full-text index (it cannot index lists). */
function searchText(name: string, nameZh: string | undefined, patterns: { zh: string[]; en: string[] }, acronym?: string): string {
  return [name, nameZh, acronym, ...patterns.zh, ...patterns.en].filter(Boolean).join(' | ');
}

interface VocabIndex {
  actors: Map<string, Vocabulary['actors'][number]>;
  authorities: Map<string, Vocabulary['authorities'][number]>;
  dataCategories: Map<string, Vocabulary['dataCategories'][number]>;
  actionLabel: Map<string, string>;
  /** Per power action: the actions that answer it (itself and its `answeredBy`). */
  answers: Map<string, string[]>;
  /** Per actor class: itself and its ancestors. */
  ancestors: Map<string, string[]>;
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
    answers: new Map(vocab.actions.map((a) => [a.id, [a.id, ...a.answeredBy]])),
    ancestors: new Map(vocab.actors.map((a) => [a.id, actorAncestors(vocab, a.id)])),
  };
  indexes.set(vocab, ix);
  return ix;
}

function emitVocabNodes(emit: Emitter, ix: VocabIndex, f: NormFinding): void {
  // A vocabulary node's properties come from the vocabulary alone: the first norm that names it
  // emits it (and stamps its evidence); later ones would merge identical properties.
  const ev = { locator: f.locator, quote: f.quote, method: 'pattern:vocabulary', confidence: f.confidence };
  for (const id of [...f.bearers, ...f.addressees]) {
    const a = ix.actors.get(id);
    if (a && !emit.has(`actor:${a.id}`)) emit.node(`actor:${a.id}`, ['ActorClass'], { name: a.name, nameZh: a.nameZh, coversEveryOrganisation: a.coversEveryOrganisation ?? false, aliases: [...a.patterns.zh, ...a.patterns.en], searchText: searchText(a.name, a.nameZh, a.patterns) }, ev);
  }
  for (const { id } of f.authorities) {
    const a = ix.authorities.get(id);
    if (a && !emit.has(`authority:${a.id}`)) emit.node(`authority:${a.id}`, ['Authority'], { name: a.name, nameZh: a.nameZh, acronym: a.acronym, jurisdiction: a.jurisdiction, aliases: [...a.patterns.zh, ...a.patterns.en], searchText: searchText(a.name, a.nameZh, a.patterns, a.acronym) }, ev);
  }
  for (const id of f.dataCategories) {
    const d = ix.dataCategories.get(id);
    if (d && !emit.has(`data:${d.id}`)) emit.node(`data:${d.id}`, ['DataCategory'], { name: d.name, nameZh: d.nameZh, aliases: [...d.patterns.zh, ...d.patterns.en], searchText: searchText(d.name, d.nameZh, d.patterns) }, ev);
  }
}

/** The actions a power's duties may carry to answer it: its own (specified) actions and their `answeredBy`. */
function answeringActions(ix: VocabIndex, power: NormFinding): Set<string> {
  const out = new Set<string>();
  for (const a of power.actions) if (a !== UNSPECIFIED) for (const b of ix.answers.get(a) ?? [a]) out.add(b);
  return out;
}

function triggers(ix: VocabIndex, power: NormFinding, answers: Set<string>, duty: NormFinding): boolean {
  if (power.modality !== 'POWER' || duty.modality !== 'DUTY' || duty.bearers.length === 0) return false;
  if (!duty.actions.some((a) => answers.has(a))) return false;
  if (power.addressees.length === 0) return true;
  return duty.bearers.some((b) => (ix.ancestors.get(b) ?? [b]).some((x) => power.addressees.includes(x)));
}

/** A power answers to a duty when an action matches (directly or via `answeredBy`) and, if the power names whom it may require, the duty binds one of them (or a subclass). */
export function powerTriggersDuty(vocab: Vocabulary, power: NormFinding, duty: NormFinding): boolean {
  const ix = indexOf(vocab);
  return triggers(ix, power, answeringActions(ix, power), duty);
}

export function emitNorms(emit: Emitter, documentId: string, language: Lang, provisions: Provision[], vocab: Vocabulary = defaultVocabulary()): NormsReport {
  const report: NormsReport = { norms: 0, byModality: {}, unspecifiedActions: 0, sanctionedBy: 0, triggers: 0, skipped: 0 };
  const ix = indexOf(vocab);
  const all: NormFinding[] = [];
  const byLocator = new Map<string, NormFinding[]>();
  for (const p of provisions) {
    const provId = `prov:${documentId}:${p.locator}`;
    const findings = extractNorms(p, language, vocab);
    if (!emit.has(provId)) {
      report.skipped += findings.length;
      continue;
    }
    for (const f of findings) {
      const id = normId(documentId, f);
      const action = f.actions[0] as string;
      emit.node(
        id,
        ['Norm'],
        {
          documentId,
          locator: f.locator,
          paragraph: f.paragraph,
          modality: f.modality,
          action,
          actionLabel: ix.actionLabel.get(action),
          actions: f.actions,
          markers: f.markers,
          condition: f.condition,
          exception: f.exception,
          quote: f.quote,
          start: f.start,
          end: f.end,
        },
        { locator: f.locator, quote: f.quote, method: 'pattern:modality', confidence: f.confidence },
      );
      emitVocabNodes(emit, ix, f);
      const ev = (method: string, confidence: number) => ({ locator: f.locator, quote: f.quote, method, confidence: Math.min(confidence, f.confidence) });
      emit.rel('EXPRESSES', provId, id, ev('pattern:modality', f.confidence));
      for (const b of f.bearers) emit.rel('BINDS', id, `actor:${b}`, ev('pattern:bearer', f.bearerInherited ? 0.7 : CONFIDENCE.bearer), { inherited: f.bearerInherited });
      for (const a of f.addressees) emit.rel('REQUIRES', id, `actor:${a}`, ev('pattern:addressee', CONFIDENCE.bearer));
      for (const a of f.authorities) {
        // An authority bound by a duty is a bearer like an actor class: BINDS, to the Authority node.
        const type = a.role === 'BOUND' ? 'BINDS' : a.role;
        emit.rel(type, id, `authority:${a.id}`, ev('pattern:authority', CONFIDENCE.authority));
      }
      for (const d of f.dataCategories) emit.rel('CONCERNS', id, `data:${d}`, ev('pattern:data-category', CONFIDENCE.data));
      report.norms++;
      report.byModality[f.modality] = (report.byModality[f.modality] ?? 0) + 1;
      if (f.actions[0] === UNSPECIFIED) report.unspecifiedActions++;
      all.push(f);
      const same = byLocator.get(f.locator);
      if (same) same.push(f);
      else byLocator.set(f.locator, [f]);
    }
  }

  // Penalty articles sanction the duties and prohibitions of the provisions they cite.
  for (const p of provisions) {
    const penaltyProv = `prov:${documentId}:${p.locator}`;
    if (!emit.has(penaltyProv)) continue;
    for (const pen of detectPenalties(p, language)) {
      for (const target of pen.sanctions) {
        for (const f of byLocator.get(target) ?? []) {
          if (f.modality !== 'DUTY' && f.modality !== 'PROHIBITION') continue;
          emit.rel('SANCTIONED_BY', normId(documentId, f), penaltyProv, { locator: pen.locator, quote: pen.quote, method: 'pattern:penalty', confidence: CONFIDENCE.penalty });
          report.sanctionedBy++;
        }
      }
    }
  }

  // "Could compel" chains: a power of an authority answered by a duty in the same act (NIL 14 -> 7).
  // Duties are indexed by action once, so each power looks only at the duties carrying an answering
  // action (linear in norms plus matches, not powers x norms).
  const dutiesByAction = new Map<string, number[]>();
  all.forEach((f, i) => {
    if (f.modality !== 'DUTY' || f.bearers.length === 0) return;
    for (const a of new Set(f.actions)) {
      const list = dutiesByAction.get(a);
      if (list) list.push(i);
      else dutiesByAction.set(a, [i]);
    }
  });
  for (const power of all) {
    if (power.modality !== 'POWER') continue;
    const answers = answeringActions(ix, power);
    const candidates = new Set<number>();
    for (const a of answers) for (const i of dutiesByAction.get(a) ?? []) candidates.add(i);
    // In document order, as before the index.
    for (const i of [...candidates].sort((x, y) => x - y)) {
      const duty = all[i] as NormFinding;
      if (!triggers(ix, power, answers, duty)) continue;
      emit.rel(
        'TRIGGERS',
        normId(documentId, power),
        normId(documentId, duty),
        { locator: power.locator, quote: power.quote, method: 'inferred:power-duty', confidence: CONFIDENCE.triggers },
        { dutyLocator: duty.locator, dutyQuote: duty.quote },
      );
      report.triggers++;
    }
  }
  return report;
}
