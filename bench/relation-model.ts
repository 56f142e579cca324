// `node bench/relation-model.ts [--first-sight DIR] [--sensitivity] [--write]`: does a relation model learned from the development gold transfer better than
// the hand rules? (issue 15). Leave-one-file-out over the development gold files: for each file, a multinomial logistic
// regression (bench/logistic.ts) is trained on the candidates (bench/relation-candidates.ts) of every other file and
// scores the held-out file's, which plays a document nobody tuned on. Each candidate is one pair of entities of one
// sentence, its class "none" or the relation type the gold holds between them (matched as evaluate.ts matches a
// relation). Four systems are scored on the held-out files, pooled: (a) the rules alone, (b) the model alone (a pair's
// types scored at or above a threshold), (c) the rules plus the model's pairs at or above a threshold, (d) the rules less
// their pairs the model scores below a threshold; (b0) is (b) with no feature of what the rules made of the pair. Each
// threshold is chosen inside the training files, by an inner cross-validation over them (their out-of-fold scores), for
// the best F1 there. Prints the table by group of documents (own-words fixtures, real reports, real statute text);
// `--first-sight DIR` adds the rules as they first read each file (the probes `bench/first-sight.ts --work DIR` leaves)
// beside (b0) and combined with it, since today's rules were tuned on every held-out file. (e) and (e') add only the
// model's pairs a gate lets through (GATES: a cue of the type around the pair, no veto of meaning, only a check of
// structure stopped a rule), to the rules at first sight and to today's rules; --sensitivity adds the figures
// under other settings of the regression; --write puts the output in docs/relation-model.md (its generated part).
// Deterministic: a fixed seed, files in their numbers' order.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { loadConfig, repoRoot } from '../config.ts';
import { loadCatalog } from '../ingest/catalog/index.ts';
import { type Extracted, extract, GOLD_SETS, goldRelationsOf, goldSource, loadGoldSet, ratio, recordMatcher, STATED } from '../ingest/reports/evaluate.ts';
import { type Candidate, context, cuesAround, sentenceCandidates, TYPES } from '../ingest/reports/relation-candidates.ts';
import { GATES as GATE_RULES } from '../ingest/reports/relation-gates.ts';
import { type RelationRule, loadRules } from '../ingest/reports/relations.ts';
import { annotatingCommit } from './first-sight-commit.ts';
import { DEFAULTS, type Example, type Model, probabilities, type TrainOptions, train } from './logistic.ts';

export const CLASSES = ['none', ...TYPES];
const GROUPS = ['own-words reports', 'real reports', 'real statute text'] as const;
type Group = (typeof GROUPS)[number];
/** Inner folds over the training files, for the thresholds. */
const INNER = 4;
/** 0 (every pair: (d) vetoes nothing), 0.05 to 0.95, and above 1 (no pair: (c) adds nothing), so that (c) and (d) may
 *  choose the rules alone. */
const GRID = [0, ...Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100), 1.01];
/** The features that carry the rules (what they made of a pair, the check that stopped one, a rule's cue between the
 *  two): left out for (b0), a model of the words and word classes alone. */
export const RULE_FEATURE = /^(?:rule|veto|cue|cue-ordered):/;

interface RuleRelation {
  key: string;
  type: string;
  fits: number[];
}
export interface Scored extends Candidate {
  /** Per type of `types`, the gold relations it is. */
  fits: Record<string, number[]>;
  /** With `--first-sight`: the types a cue of the rules of the file's annotating commit matches around the pair (g1-then). */
  cueThen?: string[];
}
export interface Doc {
  file: string;
  id: string;
  group: Group;
  gold: number;
  /** The gold relations (indices) both of whose ends some extracted entity matches. */
  endsFound: Set<number>;
  rules: RuleRelation[];
  candidates: Scored[];
  /** The relations the rules of the file's annotating commit made (bench/first-sight.ts's probe), with `--first-sight`. */
  first?: { key: string; fits: number[] }[];
  /** The gold relations both of whose ends today's entities and those at first sight both match. */
  common?: Set<number>;
  /** The annotating commit's relation-rules.yaml loaded with today's loader (g1-then reads its cues). */
  thenLoaded?: boolean;
}

/** Every development document read once: its rules' relations and its candidates. */
export function readDocuments(): Doc[] {
  const corpus = loadConfig().corpus;
  const catalog = loadCatalog();
  const rules = loadRules();
  const cx = context(rules);
  const docs: Doc[] = [];
  for (const file of GOLD_SETS.dev) {
    const gold = loadGoldSet(file);
    for (const [id, doc] of Object.entries(gold.documents)) {
      const { entities, relations, trace } = extract(goldSource(id, doc, corpus), catalog);
      const matchesOf = recordMatcher(doc);
      const fitting = goldRelationsOf(doc, entities, matchesOf);
      const recordOf = (name: string): number => doc.entities.findIndex((g) => g.name === name || g.surfaces.includes(name));
      const recognised = new Set(entities.flatMap((e) => matchesOf(e)));
      const stated = relations.filter((r) => STATED.has(r.type));
      const made = new Map<string, Set<string>>();
      for (const r of stated) made.set(r.locator, (made.get(r.locator) ?? new Set()).add(`${r.type}|${r.start}|${r.end}`));
      const candidates = trace.flatMap((t) =>
        sentenceCandidates(t, made.get(t.locator) ?? new Set(), cx).map((c) => ({ ...c, fits: Object.fromEntries(c.types.map((ty) => [ty, fitting({ type: ty, start: c.start, end: c.end })])) })),
      );
      const group: Group = doc.source ? 'own-words reports' : doc.passages || !id.startsWith('report-') ? 'real statute text' : 'real reports';
      docs.push({
        file: path.basename(file),
        id,
        group,
        gold: doc.relations.length,
        endsFound: new Set(doc.relations.flatMap((g, i) => (recognised.has(recordOf(g.subject)) && recognised.has(recordOf(g.object)) ? [i] : []))),
        rules: stated.map((r) => ({ key: `${r.type}|${r.locator}|${r.start}|${r.end}`, type: r.type, fits: fitting(r) })),
        candidates,
      });
    }
  }
  return docs;
}

/** Feature names to indices, over every document (a feature no training example has keeps its weight at 0). */
function indexFeatures(docs: Doc[]): Map<string, number> {
  const index = new Map<string, number>();
  for (const d of docs) for (const c of d.candidates) for (const f of c.features) if (!index.has(f)) index.set(f, index.size);
  return index;
}

/** A candidate's training examples: one per gold type it holds, else one of class "none". */
export function examplesOf(c: Scored, features: number[]): Example[] {
  const allowed = [0, ...c.types.map((t) => CLASSES.indexOf(t))];
  const held = c.types.filter((t) => (c.fits[t] ?? []).length > 0);
  return (held.length ? held.map((t) => CLASSES.indexOf(t)) : [0]).map((target) => ({ features, allowed, target }));
}

type Vectors = Map<Scored, number[]>;
const vectorsOf = (docs: Doc[], index: Map<string, number>, keep: (f: string) => boolean): Vectors =>
  new Map(docs.flatMap((d) => d.candidates.map((c) => [c, c.features.filter(keep).map((f) => index.get(f) as number)] as const)));

let options = DEFAULTS;
function trainOn(docs: Doc[], v: Vectors, size: number): Model {
  return train(docs.flatMap((d) => d.candidates.flatMap((c) => examplesOf(c, v.get(c) as number[]))), CLASSES.length, size, options);
}

/** Per candidate, its types' probabilities. */
type Scores = Map<Scored, Record<string, number>>;
function scoreWith(m: Model, docs: Doc[], v: Vectors, into: Scores = new Map()): Scores {
  for (const d of docs) {
    for (const c of d.candidates) {
      const p = probabilities(m, v.get(c) as number[], [0, ...c.types.map((t) => CLASSES.indexOf(t))]);
      into.set(c, Object.fromEntries(c.types.map((t) => [t, p[CLASSES.indexOf(t)] as number])));
    }
  }
  return into;
}

interface Count {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
  /** At first sight: the gold relations whose ends both readings recognised, and those of them found. */
  common: number;
  foundCommon: number;
}
const zero = (): Count => ({ gold: 0, found: 0, extracted: 0, correct: 0, common: 0, foundCommon: 0 });
const add = (a: Count, b: Count): Count => ({
  gold: a.gold + b.gold,
  found: a.found + b.found,
  extracted: a.extracted + b.extracted,
  correct: a.correct + b.correct,
  common: a.common + b.common,
  foundCommon: a.foundCommon + b.foundCommon,
});
const f1 = (c: Count): number => {
  const [r, p] = [ratio(c.found, c.gold), ratio(c.correct, c.extracted)];
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
};

/** The gates on the model's adds (ingest/reports/relation-gates.ts, pre-registered), and g1 with the cues of the rules
 *  of the file's annotating commit (at first sight only). */
export const GATES = { ...GATE_RULES, g1t: (c: Scored, ty: string) => (c.cueThen ?? []).includes(ty) } as const;
type Gate = keyof typeof GATES;

type System = 'a' | 'b' | 'b0' | 'c' | 'd' | 'a1' | 'b01' | 'c1' | 'd1' | 'e1' | 'e2' | 'e3' | 'e1t' | 'e1p' | 'e2p' | 'e3p' | 'e1tp' | 'f1' | 'f2' | 'f3' | 'f01' | 'f02' | 'f03';
/** The systems on the rules at first sight: the model is (b0)'s, which reads nothing of today's rules. */
const FIRST: System[] = ['a1', 'b01', 'c1', 'd1', 'e1', 'e2', 'e3', 'e1t', 'e1p', 'e2p', 'e3p', 'e1tp'];
/** The precision-bound systems: their threshold keeps the training files' precision at or above (a1)'s there. */
const BOUND: System[] = ['e1p', 'e2p', 'e3p', 'e1tp'];
/** The gate of each gated system: (e) at first sight with (b0)'s adds, (e') on today's rules with (b)'s (f) or (b0)'s (f0). */
const GATE_OF: Partial<Record<System, Gate>> = { e1: 'g1', e2: 'g2', e3: 'g3', e1t: 'g1t', e1p: 'g1', e2p: 'g2', e3p: 'g3', e1tp: 'g1t', f1: 'g1', f2: 'g2', f3: 'g3', f01: 'g1', f02: 'g2', f03: 'g3' };
const GATED_FULL: System[] = ['f1', 'f2', 'f3'];
const GATED_BARE: System[] = ['f01', 'f02', 'f03'];
/** One document's relations under a system at threshold `t`, counted as evaluate.ts counts them. */
function count(d: Doc, system: System, scores: Scores, t: number): Count {
  if (FIRST.includes(system)) return countFirst(d, system, scores, t);
  const made: { fits: number[] }[] = [];
  if (system !== 'b' && system !== 'b0') {
    // (d) alone vetoes; (c) and the gated systems keep every relation of the rules.
    const byKey = new Map(d.candidates.map((c) => [`${c.locator}|${c.start}|${c.end}`, c]));
    for (const r of d.rules) {
      const [type, locator, start, end] = r.key.split('|');
      const c = byKey.get(`${locator}|${start}|${end}`);
      if (system === 'd' && c && (scores.get(c)?.[type as string] ?? 1) < t) continue;
      made.push(r);
    }
  }
  const gate = GATE_OF[system];
  if (system !== 'a' && system !== 'd') {
    for (const c of d.candidates) {
      for (const ty of c.types) {
        if ((scores.get(c)?.[ty] ?? 0) < t) continue;
        if ((system === 'c' || gate) && c.made.includes(ty)) continue;
        if (gate && !GATES[gate](c, ty)) continue;
        made.push({ fits: c.fits[ty] ?? [] });
      }
    }
  }
  return counted(d, made);
}

function counted(d: Doc, made: { fits: number[] }[]): Count {
  const found = new Set(made.flatMap((r) => r.fits));
  const common = d.common ?? new Set<number>();
  return { gold: d.gold, found: found.size, extracted: made.length, correct: made.filter((r) => r.fits.length > 0).length, common: common.size, foundCommon: [...common].filter((i) => found.has(i)).length };
}

/** As `count`, with the rules at first sight, whose relations are known by document only (no sentence): (c1) adds a pair
 *  of a type they did not make between the two anywhere, (d1) vetoes their relation where every candidate of its pair
 *  scores below `t`. */
function countFirst(d: Doc, system: System, scores: Scores, t: number): Count {
  if (system === 'b01') return count(d, 'b0', scores, t);
  const first = d.first ?? [];
  const keys = new Set(first.map((r) => r.key));
  const best = new Map<string, number>();
  for (const c of d.candidates) for (const ty of c.types) best.set(`${ty}|${c.start}|${c.end}`, Math.max(best.get(`${ty}|${c.start}|${c.end}`) ?? 0, scores.get(c)?.[ty] ?? 0));
  const made: { fits: number[] }[] = first.filter((r) => system !== 'd1' || (best.get(r.key) ?? 1) >= t);
  const gate = GATE_OF[system];
  if (system === 'c1' || gate) {
    for (const c of d.candidates) {
      for (const ty of c.types) {
        if (keys.has(`${ty}|${c.start}|${c.end}`) || (scores.get(c)?.[ty] ?? 0) < t) continue;
        if (gate && !GATES[gate](c, ty)) continue;
        made.push({ fits: c.fits[ty] ?? [] });
      }
    }
  }
  return counted(d, made);
}

/** The threshold of the grid with the best F1 over `docs` (the lowest of equals); with `minPrecision`, among those whose
 *  precision over `docs` is not below it. */
function bestThreshold(docs: Doc[], system: System, scores: Scores, minPrecision = 0): number {
  let best = { t: GRID.at(-1) as number, f: -1 };
  for (const t of GRID) {
    const c = docs.map((d) => count(d, system, scores, t)).reduce(add, zero());
    if (ratio(c.correct, c.extracted) < minPrecision) continue;
    const f = f1(c);
    if (f > best.f) best = { t, f };
  }
  return best.t;
}

interface Result {
  counts: Record<System, Record<Group | 'all', Count>>;
  thresholds: Record<System, number[]>;
  candidates: number;
  positives: number;
  /** The gold relations some candidate is: the most the model alone can find. */
  reachable: Record<Group | 'all', number>;
  endsFound: Record<Group | 'all', number>;
  features: number;
  /** Every document's candidates scored by the model of the fold that held it out (all features). */
  heldOut: Scores;
  /** The same by (b0)'s model (no rule features). */
  heldOutBare: Scores;
}

function leaveOneFileOut(docs: Doc[]): Result {
  const files = [...new Set(docs.map((d) => d.file))];
  const index = indexFeatures(docs);
  const full = vectorsOf(docs, index, () => true);
  const bare = vectorsOf(docs, index, (f) => !RULE_FEATURE.test(f));
  const systems: System[] = ['a', 'b0', 'b', 'c', 'd', ...GATED_FULL, ...GATED_BARE, ...FIRST];
  const counts = Object.fromEntries(systems.map((s) => [s, Object.fromEntries([...GROUPS, 'all'].map((g) => [g, zero()]))])) as Result['counts'];
  const thresholds = Object.fromEntries(systems.map((s) => [s, []])) as unknown as Result['thresholds'];
  const heldOut: Scores = new Map();
  const heldOutBare: Scores = new Map();
  for (const held of files) {
    const test = docs.filter((d) => d.file === held);
    const training = docs.filter((d) => d.file !== held);
    const trainFiles = files.filter((f) => f !== held);
    for (const [v, models] of [[full, ['b', 'c', 'd', ...GATED_FULL]], [bare, ['b0', ...GATED_BARE, ...FIRST]]] as const) {
      // Out-of-fold scores of the training files, for the thresholds.
      const inner: Scores = new Map();
      for (let k = 0; k < INNER; k++) {
        const out = new Set(trainFiles.filter((_, i) => i % INNER === k));
        scoreWith(trainOn(training.filter((d) => !out.has(d.file)), v, index.size), training.filter((d) => out.has(d.file)), v, inner);
      }
      const scores = scoreWith(trainOn(training, v, index.size), test, v);
      for (const [c, p] of scores) (v === full ? heldOut : heldOutBare).set(c, p);
      for (const s of models) {
        // The systems at first sight are chosen and scored on the documents the rules had not read yet.
        const onFirst = FIRST.includes(s);
        if (onFirst && !test.some((d) => d.first)) continue;
        const then = s === 'e1t' || s === 'e1tp';
        if (then && !test.some((d) => d.first && d.thenLoaded)) continue;
        const among = (x: Doc): boolean => (onFirst ? x.first !== undefined : true) && (!then || x.thenLoaded === true);
        const on = training.filter(among);
        const bound = BOUND.includes(s) ? on.map((d) => count(d, 'a1', inner, 0)).reduce(add, zero()) : undefined;
        const t = s === 'a1' ? 0 : bestThreshold(on, s, inner, bound ? ratio(bound.correct, bound.extracted) : 0);
        thresholds[s].push(t);
        for (const d of test.filter(among)) {
          const c = count(d, s, scores, t);
          counts[s][d.group] = add(counts[s][d.group], c);
          counts[s].all = add(counts[s].all, c);
        }
      }
    }
    for (const d of test) {
      const c = count(d, 'a', new Map(), 0);
      counts.a[d.group] = add(counts.a[d.group], c);
      counts.a.all = add(counts.a.all, c);
    }
  }
  const candidates = docs.flatMap((d) => d.candidates);
  const reachable = Object.fromEntries([...GROUPS, 'all'].map((g) => [g, 0])) as Result['reachable'];
  const endsFound = { ...reachable };
  for (const d of docs) {
    const n = new Set(d.candidates.flatMap((c) => c.types.flatMap((t) => c.fits[t] ?? []))).size;
    reachable[d.group] += n;
    reachable.all += n;
    endsFound[d.group] += d.endsFound.size;
    endsFound.all += d.endsFound.size;
  }
  const positives = candidates.filter((c) => c.types.some((t) => (c.fits[t] ?? []).length > 0)).length;
  return { counts, thresholds, candidates: candidates.length, positives, reachable, endsFound, features: index.size, heldOut, heldOutBare };
}

/** What the model would change at fixed thresholds, each document scored by the fold that held it out: the pairs (c)
 *  adds that the gold holds and that it does not, and the rules' pairs (d) vetoes that the gold holds and that it does not. */
function changes(r: Result, docs: Doc[]): string[] {
  const gates = ['g1', 'g2', 'g3'] as const;
  const lines = [
    `| threshold | (c) adds: true | (c) adds: false | (d) vetoes: true | (d) vetoes: false | ${gates.map((g) => `(e') ${g} adds: true | false`).join(' | ')} |`,
    `| --- | --- | --- | --- | --- |${' --- | --- |'.repeat(gates.length)}`,
  ];
  for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    const n = { addTrue: 0, addFalse: 0, vetoTrue: 0, vetoFalse: 0 };
    const gated = Object.fromEntries(gates.map((g) => [g, { true: 0, false: 0 }]));
    for (const d of docs) {
      const byKey = new Map(d.candidates.map((c) => [`${c.locator}|${c.start}|${c.end}`, c]));
      for (const c of d.candidates) {
        for (const ty of c.types) {
          if (c.made.includes(ty) || (r.heldOut.get(c)?.[ty] ?? 0) < t) continue;
          const right = (c.fits[ty] ?? []).length > 0;
          if (right) n.addTrue++;
          else n.addFalse++;
          for (const g of gates) if (GATES[g](c, ty)) (gated[g] as { true: number; false: number })[right ? 'true' : 'false']++;
        }
      }
      for (const rel of d.rules) {
        const [type, locator, start, end] = rel.key.split('|');
        const c = byKey.get(`${locator}|${start}|${end}`);
        if (!c || (r.heldOut.get(c)?.[type as string] ?? 1) >= t) continue;
        if (rel.fits.length > 0) n.vetoTrue++;
        else n.vetoFalse++;
      }
    }
    lines.push(`| ${t.toFixed(1)} | ${n.addTrue} | ${n.addFalse} | ${n.vetoTrue} | ${n.vetoFalse} | ${gates.map((g) => `${gated[g]?.true} | ${gated[g]?.false}`).join(' | ')} |`);
  }
  return lines;
}

/** At first sight, what (b0)'s adds to the rules of that time would be at fixed thresholds under each gate, every document
 *  scored by the model of the fold that held it out: the added pairs the gold holds and those it does not. */
function firstSightAdds(r: Result, docs: Doc[]): string[] {
  const gates: (Gate | 'none')[] = ['none', 'g1', 'g2', 'g3', 'g1t'];
  const lines = [`| threshold | ${gates.map((g) => `${g === 'none' ? '(c1) no gate' : g}: true | false`).join(' | ')} |`, `| ---${' | --- | ---'.repeat(gates.length)} |`];
  for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
    const n = gates.map(() => ({ true: 0, false: 0 }));
    for (const d of docs) {
      const keys = new Set((d.first ?? []).map((x) => x.key));
      for (const c of d.candidates) {
        for (const ty of c.types) {
          if (keys.has(`${ty}|${c.start}|${c.end}`) || (r.heldOutBare.get(c)?.[ty] ?? 0) < t) continue;
          const right = (c.fits[ty] ?? []).length > 0;
          gates.forEach((g, i) => {
            if (g === 'none' || GATES[g](c, ty)) (n[i] as { true: number; false: number })[right ? 'true' : 'false']++;
          });
        }
      }
    }
    lines.push(`| ${t.toFixed(1)} | ${n.map((x) => `${x.true} | ${x.false}`).join(' | ')} |`);
  }
  return lines;
}

const NAMES: Record<System, string> = {
  a: '(a) rules alone',
  b0: '(b0) model alone, no rule features',
  b: '(b) model alone',
  c: '(c) rules + model adds',
  f1: "(e') rules + (b) adds, gate g1 (cue)",
  f2: "(e') rules + (b) adds, gate g2 (cue, no veto of meaning)",
  f3: "(e') rules + (b) adds, gate g3 (structure only)",
  f01: "(e') rules + (b0) adds, gate g1 (cue)",
  f02: "(e') rules + (b0) adds, gate g2 (cue, no veto of meaning)",
  f03: "(e') rules + (b0) adds, gate g3 (structure only)",
  e1: '(e) rules at first sight + (b0) adds, gate g1 (cue)',
  e2: '(e) rules at first sight + (b0) adds, gate g2 (cue, no veto of meaning)',
  e3: '(e) rules at first sight + (b0) adds, gate g3 (structure only)',
  e1t: '(e) rules at first sight + (b0) adds, gate g1-then (cue of that time)',
  e1p: '(e, precision-bound) gate g1 (cue)',
  e2p: '(e, precision-bound) gate g2 (cue, no veto of meaning)',
  e3p: '(e, precision-bound) gate g3 (structure only)',
  e1tp: '(e, precision-bound) gate g1-then (cue of that time)',
  d: '(d) rules, model vetoes',
  a1: '(a1) rules at first sight alone',
  b01: '(b0) model alone, no rule features',
  c1: '(c1) rules at first sight + (b0) adds',
  d1: '(d1) rules at first sight, (b0) vetoes',
};
const MAIN: System[] = ['a', 'b0', 'b', 'c', 'd', ...GATED_FULL, ...GATED_BARE];

function table(r: Result, docs: Doc[], systems: System[]): string[] {
  const cell = (c: Count): string => `${c.found}/${c.gold} = ${ratio(c.found, c.gold).toFixed(3)} | ${c.correct}/${c.extracted} = ${ratio(c.correct, c.extracted).toFixed(3)} | ${f1(c).toFixed(3)}`;
  const lines: string[] = [];
  const first = systems.every((s) => FIRST.includes(s));
  for (const g of [...GROUPS, 'all'] as const) {
    const n = docs.filter((d) => g === 'all' || d.group === g).length;
    if (n === 0) continue;
    const gold = r.counts[systems[0] as System][g].gold;
    lines.push(
      first ? `#### ${g}, at first sight (${n} documents, ${gold} gold relations)` : `### ${g} (${n} documents; of the ${gold} gold relations, ${r.endsFound[g]} have both ends recognised, ${r.reachable[g]} are some candidate)`,
      '',
      first ? '| system | recall | precision | F1 | recall where both readings found the ends | thresholds (per fold) |' : '| system | recall | precision | F1 | thresholds (per fold) |',
      first ? '| --- | --- | --- | --- | --- | --- |' : '| --- | --- | --- | --- | --- |',
    );
    for (const s of systems) {
      const ts = r.thresholds[s];
      const adds = s === 'c' || s === 'c1' || GATE_OF[s] !== undefined;
      const range = s === 'a' || s === 'a1' ? '-' : `${Math.min(...ts).toFixed(2)}-${Math.max(...ts).toFixed(2)}, median ${[...ts].sort((x, y) => x - y)[Math.floor(ts.length / 2)]?.toFixed(2)}${adds ? `; adds nothing in ${ts.filter((t) => t > 1).length} of ${ts.length}` : s === 'd' || s === 'd1' ? `; vetoes nothing in ${ts.filter((t) => t === 0).length} of ${ts.length}` : ''}`;
      const c = r.counts[s][g];
      lines.push(`| ${NAMES[s]} | ${cell(c)} |${first ? ` ${c.foundCommon}/${c.common} = ${ratio(c.foundCommon, c.common).toFixed(3)} |` : ''} ${range} |`);
    }
    lines.push('');
  }
  return lines;
}

/** Files whose first reading is no first sight (docs/recognition-evaluation-first-sight.md: dev48 re-annotates sections
 *  the development set had recorded since 2026-12-02). */
const NOT_FIRST_SIGHT = new Set(['recognition-dev48.yaml']);

/** The rules' relations at first sight, from the probes bench/first-sight.ts left in `dir` (`--work dir`): each
 *  document's relations and entities as the annotating commit extracted them, matched to today's gold. */
function readFirstSight(docs: Doc[], dir: string): void {
  const golds = new Map(GOLD_SETS.dev.map((f) => [path.basename(f), loadGoldSet(f)]));
  for (const d of docs) {
    const probe = path.join(dir, `${d.file.replace(/^recognition-(dev\d+)\.yaml$/, '$1')}.probe.json`);
    if (NOT_FIRST_SIGHT.has(d.file) || !fs.existsSync(probe)) continue;
    const text = fs.readFileSync(probe, 'utf8');
    if (text.startsWith('FAILED')) continue;
    const read = (JSON.parse(text) as Record<string, { entities: Extracted[]; relations: { type: string; start: string; end: string }[] }>)[d.id];
    const gold = golds.get(d.file)?.documents[d.id];
    if (!read || !gold) continue;
    const matchesOf = recordMatcher(gold);
    const fitting = goldRelationsOf(gold, read.entities, matchesOf);
    d.first = read.relations.filter((r) => STATED.has(r.type)).map((r) => ({ key: `${r.type}|${r.start}|${r.end}`, fits: fitting(r) }));
    const recognised = new Set(read.entities.flatMap((e) => matchesOf(e)));
    const recordOf = (name: string): number => gold.entities.findIndex((g) => g.name === name || g.surfaces.includes(name));
    const then = rulesThen(d.file);
    if (then) {
      d.thenLoaded = true;
      for (const c of d.candidates) c.cueThen = cuesAround(c.types, c.spans, then);
    }
    d.common = new Set([...d.endsFound].filter((i) => recognised.has(recordOf(gold.relations[i]?.subject ?? '')) && recognised.has(recordOf(gold.relations[i]?.object ?? ''))));
  }
}

let shape: unknown;
const today = (): unknown => {
  shape ??= parse(fs.readFileSync(path.join(repoRoot, 'ingest', 'reports', 'relation-rules.yaml'), 'utf8'));
  return shape;
};
/** `old` with every mapping key that today's file has nowhere at the same place left out (a list's items compared
 *  with the union of today's items' keys). */
function pruned(old: unknown, now: unknown): unknown {
  if (Array.isArray(old)) {
    const items = Array.isArray(now) ? now : [];
    const union = Object.assign({}, ...items.filter((x) => x && typeof x === 'object' && !Array.isArray(x)));
    return old.map((x) => (x && typeof x === 'object' && !Array.isArray(x) && items.length ? pruned(x, union) : x));
  }
  if (!old || typeof old !== 'object' || !now || typeof now !== 'object' || Array.isArray(now)) return old;
  const at = now as Record<string, unknown>;
  return Object.fromEntries(Object.entries(old).filter(([k]) => k in at).map(([k, v]) => [k, pruned(v, at[k])]));
}

/** Per type, the English rules of the relation-rules.yaml of a gold file's annotating commit, read by today's loader
 *  (undefined where it does not load): the cues of that time, for the gate g1-then. */
const thenRules = new Map<string, Map<string, RelationRule[]> | undefined>();
function rulesThen(file: string): Map<string, RelationRule[]> | undefined {
  const commit = annotatingCommit(path.join('test', 'gold', file));
  if (!thenRules.has(commit)) {
    let byType: Map<string, RelationRule[]> | undefined;
    try {
      const yaml = execFileSync('git', ['-C', repoRoot, 'show', `${commit}:ingest/reports/relation-rules.yaml`], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const tmp = path.join(os.tmpdir(), `relation-rules-${commit}.yaml`);
      // Keys today's loader no longer knows (checks since renamed or folded into the code) say nothing of the cues.
      const old = parse(yaml) as Record<string, unknown>;
      // The word classes and fragments are named freely: kept whole.
      fs.writeFileSync(tmp, stringify({ ...(pruned(old, today()) as object), classes: old.classes, ...(old.fragments ? { fragments: old.fragments } : {}) }));
      try {
        const read = new Map<string, RelationRule[]>();
        for (const r of loadRules(tmp).rules) read.set(r.type, [...(read.get(r.type) ?? []), r]);
        byType = read;
      } finally {
        fs.rmSync(tmp);
      }
    } catch (e) {
      console.error(`g1-then: ${file} (${commit.slice(0, 8)}): ${(e as Error).message.split('\n')[0]}`);
    }
    thenRules.set(commit, byType);
  }
  return thenRules.get(commit);
}

/** Other settings of the regression, each a whole cross-validation again: how much the figures hang on them. */
const SETTINGS: [string, Partial<TrainOptions>][] = [
  ['4 epochs', { epochs: 4 }],
  ['30 epochs', { epochs: 30 }],
  ['L2 1e-3', { l2: 1e-3 }],
  ['L2 1e-5', { l2: 1e-5 }],
  ['step 0.1', { rate: 0.1 }],
];

/** The page's generated part: between these two lines of docs/relation-model.md, the rest written by hand. */
const BEGIN = '<!-- generated by bench/relation-model.ts: do not edit by hand -->';
const END = '<!-- end of the generated part -->';

if (import.meta.main) {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, sensitivity: { type: 'boolean', default: false }, 'first-sight': { type: 'string' } } });
  const started = Date.now();
  const docs = readDocuments();
  if (values['first-sight']) readFirstSight(docs, values['first-sight']);
  const read = Date.now();
  const r = leaveOneFileOut(docs);
  const d = DEFAULTS;
  const lines = [
    `${docs.length} documents in ${new Set(docs.map((x) => x.file)).size} files; ${r.candidates} candidate pairs, ${r.positives} of them a gold relation; ${r.features} features. Regression: ${d.epochs} epochs, AdaGrad step ${d.rate}, L2 ${d.l2}, seed ${d.seed}; ${INNER} inner folds for the thresholds.`,
    '',
    ...table(r, docs, MAIN),
    'What the model (b) would change at fixed thresholds, every document scored by the model of the fold that held it out (pairs of',
    'one sentence; an added pair the gold holds may still be a relation the rules found in another sentence):',
    '',
    ...changes(r, docs),
    '',
  ];
  if (values['first-sight']) {
    const first = docs.filter((d) => d.first);
    lines.push(
      '### At first sight',
      '',
      `The rules as they were when each file was annotated, before any rule was changed on it (${first.length} documents of ${new Set(first.map((d) => d.file)).size} files,`,
      `their relations from bench/first-sight.ts's probe, with its entities), beside the model (b0), which reads none of today's rules:`,
      'the held-out file is scored by the model of its fold, the thresholds chosen on the training files read at first sight.',
      '',
      ...table(r, first, FIRST),
      "(b0)'s adds to the rules at first sight at fixed thresholds, by gate (pairs of one sentence, a type the rules of that time",
      `did not make between the two anywhere in the document; the rules at first sight made ${r.counts.a1.all.extracted} relations, ${r.counts.a1.all.correct} of them right):`,
      '',
      ...firstSightAdds(r, first),
      '',
    );
  }
  if (values.sensitivity) {
    const atFirstSight = values['first-sight'] ? `; the systems at first sight over their ${docs.filter((x) => x.first).length} documents` : '';
    lines.push(`All documents under other settings of the regression (each a whole cross-validation${atFirstSight}):`, '', '| setting | system | recall | precision | F1 |', '| --- | --- | --- | --- | --- |');
    for (const [name, o] of SETTINGS) {
      options = { ...DEFAULTS, ...o };
      const x = leaveOneFileOut(docs);
      // The gated systems too; those at first sight (on their documents) only with `--first-sight`.
      const atFirst = values['first-sight'] ? (['a1', 'c1', 'e1', 'e2', 'e3', 'e1t', 'e1p', 'e2p', 'e3p', 'e1tp'] as System[]) : [];
      for (const s of ['b0', 'b', 'c', 'd', ...GATED_FULL, ...GATED_BARE, ...atFirst] as System[]) {
        const c = x.counts[s].all;
        lines.push(`| ${name} | ${NAMES[s]} | ${c.found}/${c.gold} = ${ratio(c.found, c.gold).toFixed(3)} | ${c.correct}/${c.extracted} = ${ratio(c.correct, c.extracted).toFixed(3)} | ${f1(c).toFixed(3)} |`);
      }
    }
    lines.push('');
  }
  console.log(lines.join('\n'));
  console.error(`read ${((read - started) / 1000).toFixed(1)} s, cross-validation ${((Date.now() - read) / 1000).toFixed(1)} s`);
  if (values.write) {
    const page = path.join(repoRoot, 'docs', 'relation-model.md');
    const text = fs.readFileSync(page, 'utf8');
    const [head, rest] = text.split(BEGIN);
    const tail = rest?.split(END)[1];
    if (head === undefined || tail === undefined) throw new Error(`${page} has no generated part (${BEGIN} ... ${END})`);
    fs.writeFileSync(page, `${head}${BEGIN}\n\n${lines.join('\n')}\n${END}${tail}`);
  }
}
