// The extractor against the two gold sets (ingest/norms/evaluate.ts; matching in score.ts). The
// development set is what the rules are tuned on; the evaluation set (four statutes annotated before
// the rules changed) only guards against regressions: its floors sit below today's figures and were
// not set by looking at its errors. The figures themselves are in docs/norms-evaluation.md.
import { describe, expect, it } from 'vitest';
import { corpusStatutes, evaluateSet, loadGoldSet } from '../../../ingest/norms/evaluate.ts';
import { bearerAccuracy, precision, recall } from '../../../ingest/norms/score.ts';
import { corpusDir } from '../../corpus.ts';

const statutes = corpusStatutes(corpusDir);
const dev = loadGoldSet('norms-dev.yaml');
const evaluation = loadGoldSet('norms-eval.yaml');

describe('gold sets', () => {
  it('hold at least 150 provisions, penalty articles, EU acts and three statutes apart from the development set', () => {
    expect(dev.items.length + evaluation.items.length).toBeGreaterThanOrEqual(150);
    const devDocs = new Set(dev.items.map((i) => i.document));
    const evalDocs = new Set(evaluation.items.map((i) => i.document));
    expect([...evalDocs].filter((d) => !devDocs.has(d)).length).toBeGreaterThanOrEqual(3);
    expect([...devDocs].some((d) => d.startsWith('eu-'))).toBe(true);
    const sanctions = [...dev.items, ...evaluation.items].flatMap((i) => i.norms).filter((n) => n.modality === 'POWER' && n.optional);
    expect(sanctions.length).toBeGreaterThan(20);
  });
});

describe('development set', () => {
  const r = evaluateSet('development', dev.items, statutes);
  it('finds norms and their modality', () => {
    expect(precision(r.all.modality)).toBeGreaterThanOrEqual(0.9);
    expect(recall(r.all.modality)).toBeGreaterThanOrEqual(0.9);
    expect(recall(r.all.power)).toBeGreaterThanOrEqual(0.85);
  });
  it('reads bearers and authorities', () => {
    expect(bearerAccuracy(r.all.bearer)).toBeGreaterThanOrEqual(0.9);
    expect(precision(r.all.authority)).toBeGreaterThanOrEqual(0.8);
    expect(recall(r.all.authority)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('evaluation set (regression floors only)', () => {
  const r = evaluateSet('evaluation', evaluation.items, statutes);
  it('stays above its floors', () => {
    expect(precision(r.all.modality)).toBeGreaterThanOrEqual(0.9);
    expect(recall(r.all.modality)).toBeGreaterThanOrEqual(0.9);
    expect(recall(r.all.power)).toBeGreaterThanOrEqual(0.6);
    expect(bearerAccuracy(r.all.bearer)).toBeGreaterThanOrEqual(0.8);
    expect(recall(r.all.authority)).toBeGreaterThanOrEqual(0.5);
  });
});
