// The learned relation model as data (ingest/reports/relation-model.ts, relation-model.json): its scoring, and its head
// against the development gold it must have been trained on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { probabilities, train } from '../../../bench/logistic.ts';
import { exportModel, format } from '../../../bench/relation-model-export.ts';
import { GOLD_SETS } from '../../../ingest/reports/evaluate.ts';
import { FEATURE_VERSION } from '../../../ingest/reports/relation-candidates.ts';
import { goldHash, loadRelationModel, MODEL_FILE, type RelationModel, typeProbabilities } from '../../../ingest/reports/relation-model.ts';

// "none" and two types; "w:ban" says RESTRICTS, "w:probe" says INVESTIGATES, "order:subject-first" is everywhere.
const tiny: RelationModel = {
  head: { trainedOn: [], goldSha256: '', featureVersion: FEATURE_VERSION, threshold: 0.5, gate: 'g2', thresholdFrom: 'test', training: { epochs: 0, rate: 0, l2: 0, seed: 0, examples: 0, positives: 0 } },
  classes: ['none', 'RESTRICTS', 'INVESTIGATES'],
  bias: [0.5, 0, 0],
  weights: { 'w:ban': [0, 2, 0], 'w:probe': [0, 0, 1.5], 'order:subject-first': [0.1, 0.1, 0.1] },
};

describe('relation model scoring', () => {
  it('is the softmax over "none" and the types asked, a feature it does not know weighing nothing', () => {
    const p = typeProbabilities(tiny, ['w:ban', 'order:subject-first', 'w:unknown'], ['RESTRICTS', 'INVESTIGATES']);
    const z = [0.6, 2.1, 0.1].map(Math.exp);
    const sum = z.reduce((a, b) => a + b);
    expect(p.RESTRICTS).toBeCloseTo((z[1] as number) / sum, 12);
    expect(p.INVESTIGATES).toBeCloseTo((z[2] as number) / sum, 12);
    expect(Object.keys(p)).toEqual(['RESTRICTS', 'INVESTIGATES']);
  });

  it('gives a type asked alone the probability of the softmax over "none" and it', () => {
    const p = typeProbabilities(tiny, ['w:probe'], ['INVESTIGATES']);
    expect(p.INVESTIGATES).toBeCloseTo(Math.exp(1.5) / (Math.exp(0.5) + Math.exp(1.5)), 12);
  });

  it('refuses a type outside its classes', () => {
    expect(() => typeProbabilities(tiny, [], ['DESIGNATES'])).toThrow(/outside its classes/);
  });

  it("scores by feature names exactly as the bench's regression scores by indices", () => {
    const examples = [
      ...Array.from({ length: 10 }, () => ({ features: [0, 2], allowed: [0, 1, 2], target: 1 })),
      ...Array.from({ length: 10 }, () => ({ features: [1, 2], allowed: [0, 1, 2], target: 2 })),
      ...Array.from({ length: 10 }, () => ({ features: [2], allowed: [0, 1], target: 0 })),
    ];
    const m = train(examples, 3, 3);
    const names = ['w:ban', 'w:probe', 'order:subject-first'];
    const named: RelationModel = { ...tiny, bias: [...m.bias], weights: Object.fromEntries(names.map((f, i) => [f, [0, 1, 2].map((c) => m.weights[c * 3 + i] as number)])) };
    const p = probabilities(m, [0, 2], [0, 1, 2]);
    expect(typeProbabilities(named, ['w:ban', 'order:subject-first'], ['RESTRICTS', 'INVESTIGATES'])).toEqual({ RESTRICTS: p[1], INVESTIGATES: p[2] });
  });

  it('refuses a model trained on features of another version', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'relation-model-')), 'model.json');
    fs.writeFileSync(file, JSON.stringify({ ...tiny, head: { ...tiny.head, featureVersion: FEATURE_VERSION + 1 } }));
    expect(() => loadRelationModel(file)).toThrow(/re-export/);
    fs.writeFileSync(file, JSON.stringify(tiny));
    expect(loadRelationModel(file).classes).toEqual(tiny.classes);
  });
});

describe('the exported relation model', () => {
  const model = loadRelationModel();
  it('was trained on the development gold files as they are (else: node bench/relation-model-export.ts)', () => {
    expect(model.head.trainedOn).toEqual(GOLD_SETS.dev.map((f) => path.basename(f)));
    expect(model.head.goldSha256).toBe(goldHash(GOLD_SETS.dev));
  });

  // The gold's hash alone let a model trained on yesterday's readings pass: a change to recognition or to a rule changes
  // the candidates and their features, and the file must follow (helpers found main stale four times in one evening).
  it('is what a fresh export of today\'s gold, rules and recognition gives (else: node bench/relation-model-export.ts)', () => {
    expect(format(exportModel()) === fs.readFileSync(MODEL_FILE, 'utf8')).toBe(true);
  }, 180_000);

  it('reads its suggestions through gate g2 at a threshold between 0 and 1, over "none" and the stated types', () => {
    expect(model.head.gate).toBe('g2');
    expect(model.head.threshold).toBeGreaterThan(0);
    expect(model.head.threshold).toBeLessThan(1);
    expect(model.classes[0]).toBe('none');
    expect(model.bias).toHaveLength(model.classes.length);
    for (const w of Object.values(model.weights)) expect(w).toHaveLength(model.classes.length);
  });
});
