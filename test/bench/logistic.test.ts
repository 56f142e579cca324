import { describe, expect, it } from 'vitest';
import { DEFAULTS, type Example, probabilities, train } from '../../bench/logistic.ts';

// Three classes: feature 0 says class 1, feature 1 says class 2, feature 2 is on everywhere and says nothing.
const examples: Example[] = [
  ...Array.from({ length: 20 }, () => ({ features: [0, 2], allowed: [0, 1, 2], target: 1 })),
  ...Array.from({ length: 20 }, () => ({ features: [1, 2], allowed: [0, 1, 2], target: 2 })),
  ...Array.from({ length: 20 }, () => ({ features: [2], allowed: [0, 1, 2], target: 0 })),
];

describe('multinomial logistic regression', () => {
  it('learns which feature says which class', () => {
    const m = train(examples, 3, 3);
    expect(probabilities(m, [0, 2], [0, 1, 2])[1]).toBeGreaterThan(0.9);
    expect(probabilities(m, [1, 2], [0, 1, 2])[2]).toBeGreaterThan(0.9);
    expect(probabilities(m, [2], [0, 1, 2])[0]).toBeGreaterThan(0.9);
  });

  it('gives a class not allowed no probability, and the allowed ones all of it', () => {
    const m = train(examples, 3, 3);
    const p = probabilities(m, [1, 2], [0, 1]);
    expect(p[2]).toBe(0);
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 12);
    // Feature 1 says class 2, which is not allowed: between the other two, it is no evidence for class 1.
    expect(p[0]).toBeGreaterThan(p[1] as number);
  });

  it('is deterministic for one seed, and the seed orders the examples', () => {
    const a = train(examples, 3, 3);
    const b = train(examples, 3, 3);
    expect([...a.weights]).toEqual([...b.weights]);
    const c = train(examples, 3, 3, { ...DEFAULTS, seed: DEFAULTS.seed + 1 });
    expect([...c.weights]).not.toEqual([...a.weights]);
  });

  it('leaves the weight of a feature no example has at 0, and ignores a feature index past the model', () => {
    const m = train(examples, 3, 4);
    for (let c = 0; c < 3; c++) expect(m.weights[c * 4 + 3]).toBe(0);
    expect([...probabilities(m, [0, 2, 99], [0, 1, 2])]).toEqual([...probabilities(m, [0, 2], [0, 1, 2])]);
  });
});
