// A small multinomial logistic regression over sparse binary features, written by hand (bench/relation-model.ts): each
// example has the indices of its features that are on, the classes it may take (a candidate pair's labels allow only
// some relation types) and its class. Trained by stochastic gradient descent with AdaGrad steps and L2 shrinkage, the
// examples shuffled by a seeded generator: the same examples give the same weights. The packaged regressions on npm
// take dense matrices and fit one class against the rest, where here a few tens of features of tens of thousands are
// on per example and the softmax runs over the allowed classes only.
import { softmax } from '../ingest/reports/relation-model.ts';
import { rng } from './prng.ts';

export interface Example {
  /** The indices of the features that are on (value 1). */
  features: number[];
  /** The classes the example may take; the softmax runs over these alone. */
  allowed: number[];
  target: number;
}

export interface Model {
  classes: number;
  features: number;
  /** Class-major: weights[c * features + f]. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty per example seen. */
  l2: number;
  seed: number;
}

export const DEFAULTS: TrainOptions = { epochs: 12, rate: 0.3, l2: 1e-4, seed: 205 };

/** The allowed classes' probabilities (0 for a class not allowed): the softmax extraction scores with
 *  (ingest/reports/relation-model.ts). */
export function probabilities(m: Model, features: number[], allowed: number[]): Float64Array {
  const z = new Float64Array(m.classes);
  for (const c of allowed) {
    let s = m.bias[c] as number;
    const row = c * m.features;
    for (const f of features) if (f < m.features) s += m.weights[row + f] as number;
    z[c] = s;
  }
  return softmax(z, allowed);
}

export function train(examples: Example[], classes: number, features: number, o: TrainOptions = DEFAULTS): Model {
  const m: Model = { classes, features, weights: new Float64Array(classes * features), bias: new Float64Array(classes) };
  // AdaGrad's sums of squared gradients, per weight and per bias.
  const gw = new Float64Array(classes * features);
  const gb = new Float64Array(classes);
  const order = examples.map((_, i) => i);
  const r = rng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(r.next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const x = examples[k] as Example;
      const p = probabilities(m, x.features, x.allowed);
      for (const c of x.allowed) {
        const g = (p[c] as number) - (c === x.target ? 1 : 0);
        gb[c] = (gb[c] as number) + g * g;
        m.bias[c] = (m.bias[c] as number) - (o.rate * g) / Math.sqrt((gb[c] as number) + 1e-8);
        const row = c * features;
        for (const f of x.features) {
          const w = row + f;
          const gf = g + o.l2 * (m.weights[w] as number);
          gw[w] = (gw[w] as number) + gf * gf;
          m.weights[w] = (m.weights[w] as number) - (o.rate * gf) / Math.sqrt((gw[w] as number) + 1e-8);
        }
      }
    }
  }
  return m;
}
