// Scores extracted norms against a gold set annotated by ../shared/docs/evaluation.md (test/gold/
// norms-dev.yaml, norms-eval.yaml). Pure: the caller supplies provisions and predictions.
//
// Matching: an extracted norm matches a gold norm when the gold unit (ingest/norms/units.ts) lies
// inside its quote and the modality agrees (or is one of the gold's `either`), one-to-one, per
// provision. Gold norms marked `optional` are matched too, but neither reward nor penalise: a
// prediction matched to one leaves the precision denominator. Bearers and authorities are scored on
// matched norms, by term: the printed terms agree when one contains the other after normalisation,
// or both name the same vocabulary class; a predicted class more generic than the gold's is partly
// correct. A gold bearer of null (implicit subject, EU passive) is not scored.
import type { Modality } from '../vocab/index.ts';
import { goldUnits } from './units.ts';

export interface GoldNorm {
  unit: number;
  marker?: string;
  modality: Modality;
  either?: Modality[];
  optional?: boolean;
  bearer: string | null;
  bearerKind?: string | null;
  carried?: boolean;
  addressee?: string;
  authority?: { term: string; role: 'EMPOWERS' | 'OWED_TO' }[];
  action?: string;
}

export interface GoldItem {
  document: string;
  locator: string;
  note?: string;
  norms: GoldNorm[];
}

/** A party as an extractor names it: the printed term, and/or the class it resolved to. */
export interface Party {
  term?: string;
  id?: string;
}

export interface Predicted {
  quote: string;
  modality: Modality;
  /** Who must, may or must not; for a POWER, the authority holding it. */
  bearers: Party[];
  authorities: (Party & { role: string })[];
}

/** Resolves printed terms to vocabulary classes, for comparing terms that differ in wording. */
export interface Terms {
  classOf(term: string): string | undefined;
  /** The class and its ancestors (more generic classes). */
  ancestors(id: string): string[];
}

export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface BearerCounts {
  correct: number;
  partly: number;
  wrong: number;
  missing: number;
}

export interface Scores {
  modality: Counts;
  power: Counts;
  bearer: BearerCounts;
  authority: Counts;
  /** Per gold item: what disagreed. */
  errors: { document: string; locator: string; message: string }[];
}

export const emptyScores = (): Scores => ({
  modality: { matched: 0, predicted: 0, gold: 0 },
  power: { matched: 0, predicted: 0, gold: 0 },
  bearer: { correct: 0, partly: 0, wrong: 0, missing: 0 },
  authority: { matched: 0, predicted: 0, gold: 0 },
  errors: [],
});

const LEADING_LABEL = /^(\d+\.\s+|\([a-z0-9]+\)\s+|（[一二三四五六七八九十]+）)/u;
const squash = (s: string): string => s.replace(LEADING_LABEL, '').replace(/\s+/g, ' ').trim();

/** A printed term reduced for comparison: no spaces, articles, demonstratives or final punctuation. */
export function normaliseTerm(t: string): string {
  return t
    .toLowerCase()
    .replace(/^(the|a|an|each|every|any|such|that|those|these|its|their|该|其|本|上述)\s*/u, '')
    .replace(/[\s，,、。；;：:“”‘’'"]/gu, '');
}

function termsAgree(terms: Terms, gold: string, p: Party): 'correct' | 'partly' | 'wrong' {
  const g = normaliseTerm(gold);
  const t = p.term ? normaliseTerm(p.term) : '';
  if (t && (t.includes(g) || g.includes(t))) return 'correct';
  const gc = terms.classOf(gold);
  const pc = p.id ?? (p.term ? terms.classOf(p.term) : undefined);
  if (gc && pc && gc === pc) return 'correct';
  if (gc && pc && terms.ancestors(gc).includes(pc)) return 'partly';
  return 'wrong';
}

/** Assigns predictions to gold norms one-to-one: first a same-unit, same-modality prediction whose bearer agrees, then any. */
function assign(units: Map<number, string>, gold: GoldNorm[], predicted: Predicted[], terms: Terms): Map<GoldNorm, Predicted> {
  const out = new Map<GoldNorm, Predicted>();
  const taken = new Set<Predicted>();
  const fits = (g: GoldNorm, p: Predicted) => {
    const unit = units.get(g.unit);
    if (!unit || taken.has(p)) return false;
    if (!squash(p.quote).includes(squash(unit))) return false;
    return p.modality === g.modality || (g.either ?? []).includes(p.modality);
  };
  // Required norms before optional ones, so an optional reading never takes a required norm's match.
  const order = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  for (const pass of ['bearer', 'any'] as const) {
    for (const g of order) {
      if (out.has(g)) continue;
      const p = predicted.find((x) => fits(g, x) && (pass === 'any' || !g.bearer || x.bearers.some((b) => termsAgree(terms, g.bearer as string, b) === 'correct')));
      if (p) {
        out.set(g, p);
        taken.add(p);
      }
    }
  }
  return out;
}

function scoreBearer(s: Scores, item: GoldItem, g: GoldNorm, p: Predicted, terms: Terms): void {
  if (!g.bearer) return;
  if (p.bearers.length === 0) {
    s.bearer.missing++;
    s.errors.push({ document: item.document, locator: item.locator, message: `unit ${g.unit}: bearer ${g.bearer} missing` });
    return;
  }
  const verdicts = p.bearers.map((b) => termsAgree(terms, g.bearer as string, b));
  const v = verdicts.includes('correct') ? 'correct' : verdicts.includes('partly') ? 'partly' : 'wrong';
  s.bearer[v]++;
  if (v !== 'correct') s.errors.push({ document: item.document, locator: item.locator, message: `unit ${g.unit}: bearer ${g.bearer} read as ${p.bearers.map((b) => b.term ?? b.id).join(', ')} (${v})` });
}

function scoreAuthorities(s: Scores, item: GoldItem, g: GoldNorm, p: Predicted, terms: Terms): void {
  const gold = (g.authority ?? []).filter((a) => a.role === 'EMPOWERS' || a.role === 'OWED_TO');
  const pred = p.authorities.filter((a) => a.role === 'EMPOWERS' || a.role === 'OWED_TO');
  const used = new Set<number>();
  for (const a of gold) {
    const i = pred.findIndex((x, k) => !used.has(k) && x.role === a.role && termsAgree(terms, a.term, x) !== 'wrong');
    if (i >= 0) {
      used.add(i);
      s.authority.matched++;
    } else s.errors.push({ document: item.document, locator: item.locator, message: `unit ${g.unit}: ${a.role} ${a.term} missing` });
  }
  for (const [k, x] of pred.entries()) if (!used.has(k)) s.errors.push({ document: item.document, locator: item.locator, message: `unit ${g.unit}: extra ${x.role} ${x.term ?? x.id}` });
  s.authority.gold += gold.length;
  s.authority.predicted += pred.length;
}

/** Adds one provision's figures to `s`. */
export function scoreItem(s: Scores, item: GoldItem, text: string, language: string, predicted: Predicted[], terms: Terms): void {
  const units = new Map(goldUnits(text, language).map((u) => [u.n, u.text]));
  const matches = assign(units, item.norms, predicted, terms);
  const optionalMatches = [...matches.entries()].filter(([g]) => g.optional).length;
  const required = item.norms.filter((g) => !g.optional);
  s.modality.gold += required.length;
  s.modality.predicted += predicted.length - optionalMatches;
  for (const g of required) {
    const p = matches.get(g);
    if (g.modality === 'POWER') s.power.gold++;
    if (!p) {
      s.errors.push({ document: item.document, locator: item.locator, message: `unit ${g.unit}: ${g.modality} (${g.marker ?? ''}) not found` });
      continue;
    }
    s.modality.matched++;
    if (g.modality === 'POWER') s.power.matched++;
    scoreBearer(s, item, g, p, terms);
    scoreAuthorities(s, item, g, p, terms);
  }
  const matched = new Set(matches.values());
  for (const p of predicted) if (!matched.has(p)) s.errors.push({ document: item.document, locator: item.locator, message: `extra ${p.modality}: ${p.quote.slice(0, 40)}…` });
  s.power.predicted += predicted.filter((p) => p.modality === 'POWER' && !matchedOptional(matches, p)).length;
}

function matchedOptional(matches: Map<GoldNorm, Predicted>, p: Predicted): boolean {
  for (const [g, q] of matches) if (q === p && g.optional) return true;
  return false;
}

export const precision = (c: Counts): number => (c.predicted === 0 ? 1 : c.matched / c.predicted);
export const recall = (c: Counts): number => (c.gold === 0 ? 1 : c.matched / c.gold);

/** Bearer accuracy on matched norms with a gold bearer: correct, with partly correct counting half. */
export function bearerAccuracy(b: BearerCounts): number {
  const n = b.correct + b.partly + b.wrong + b.missing;
  return n === 0 ? 1 : (b.correct + b.partly / 2) / n;
}

export function mergeScores(into: Scores, from: Scores): void {
  for (const k of ['modality', 'power', 'authority'] as const) {
    into[k].matched += from[k].matched;
    into[k].predicted += from[k].predicted;
    into[k].gold += from[k].gold;
  }
  for (const k of ['correct', 'partly', 'wrong', 'missing'] as const) into.bearer[k] += from.bearer[k];
  into.errors.push(...from.errors);
}
