// The learned relation model as extraction reads it (docs/relation-model.md): a multinomial logistic regression over the
// candidates' features (relation-candidates.ts), trained on the development gold by bench/relation-model-export.ts and
// stored as data in relation-model.json, with the threshold and the gate its suggestions are read at. Scoring only;
// training stays in bench/logistic.ts, which shares the softmax below.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FEATURE_VERSION } from './relation-candidates.ts';
import type { GateName } from './relation-gates.ts';

export interface ModelHead {
  /** The development gold files it was trained on, and the sha256 of their contents in that order (goldHash). */
  trainedOn: string[];
  goldSha256: string;
  /** relation-candidates.ts FEATURE_VERSION of the features it was trained on. */
  featureVersion: number;
  /** A pair's type is suggested at or above this probability, where the gate lets it through. */
  threshold: number;
  gate: GateName;
  /** Where the threshold was read. */
  thresholdFrom: string;
  training: { epochs: number; rate: number; l2: number; seed: number; examples: number; positives: number };
}

export interface RelationModel {
  head: ModelHead;
  /** "none" first, then the relation types. */
  classes: string[];
  bias: number[];
  /** Per feature, its weight in each class (in `classes`' order); a feature not here weighs 0. */
  weights: Record<string, number[]>;
}

export const MODEL_FILE = path.join(import.meta.dirname, 'relation-model.json');

/** `z` (the allowed classes' scores) turned into their probabilities in place; a class not allowed gets 0. */
export function softmax(z: Float64Array, allowed: number[]): Float64Array {
  let max = -Infinity;
  for (const c of allowed) if ((z[c] as number) > max) max = z[c] as number;
  let sum = 0;
  for (const c of allowed) {
    const e = Math.exp((z[c] as number) - max);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c] = allowed.includes(c) ? (z[c] as number) / sum : 0;
  return z;
}

/** The probability of each of `types` for a candidate with `features`, the softmax over "none" and `types`. */
export function typeProbabilities(m: RelationModel, features: readonly string[], types: readonly string[]): Record<string, number> {
  const allowed = [0, ...types.map((t) => m.classes.indexOf(t))];
  if (allowed.some((c) => c < 0)) throw new Error(`relation model: a type outside its classes (${types.join(', ')})`);
  // Each feature's weights are looked up once, not once per class (a dictionary lookup by a string built per candidate);
  // each class still sums its bias and then its weights in the features' order, so the scores are the same to the bit.
  const z = new Float64Array(m.classes.length);
  const classes = allowed.filter((c, k) => allowed.indexOf(c) === k);
  for (const c of classes) z[c] = m.bias[c] as number;
  for (const f of features) {
    const w = m.weights[f];
    if (w) for (const c of classes) z[c] = (z[c] as number) + (w[c] as number);
  }
  const p = softmax(z, allowed);
  return Object.fromEntries(types.map((t) => [t, p[m.classes.indexOf(t)] as number]));
}

let loaded: RelationModel | undefined;

/** The exported model; one trained on features of another version than today's is refused (re-export it). */
export function loadRelationModel(file = MODEL_FILE): RelationModel {
  if (file === MODEL_FILE && loaded) return loaded;
  const m = JSON.parse(fs.readFileSync(file, 'utf8')) as RelationModel;
  if (m.head.featureVersion !== FEATURE_VERSION) {
    throw new Error(`${file}: trained on features of version ${m.head.featureVersion}, today's are ${FEATURE_VERSION}: re-export it (bench/relation-model-export.ts)`);
  }
  if (file === MODEL_FILE) loaded = m;
  return m;
}

/** The sha256 of gold files' names and contents, in the order given: what a model records it was trained on. */
export function goldHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(path.basename(f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return hash.digest('hex');
}
