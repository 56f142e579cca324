// The extractor against the hand-annotated gold set. Matching is defined in ingest/norms/evaluate.ts:
// a predicted norm matches a gold norm of the same provision with the same modality (one-to-one);
// bearer precision/recall is over (provision, actor class) pairs; authority figures over (provision,
// authority, role) triples where the gold annotates authorities.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStatutes, evaluate, loadGold } from '../../../ingest/norms/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

const gold = loadGold(path.resolve(import.meta.dirname, '../../gold/norms.yaml'));
// As the pipeline reads them: the statute parsers, not the test-side splitter.
const { provision, languageOf } = corpusStatutes(corpusDir);

describe('gold set', () => {
  it('covers at least 60 provisions of at least 4 laws in both languages, with negatives', () => {
    expect(gold.length).toBeGreaterThanOrEqual(60);
    expect(new Set(gold.map((g) => g.document)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(gold.map((g) => languageOf(g.document)))).toEqual(new Set(['zh', 'en']));
    expect(gold.some((g) => g.norms.length === 0)).toBe(true);
  });

  it('meets the targets: precision >= 0.9 and recall >= 0.8 for modality and bearer', () => {
    const e = evaluate(gold, provision, languageOf);
    expect(e.modality.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.modality.recall).toBeGreaterThanOrEqual(0.8);
    expect(e.bearer.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.bearer.recall).toBeGreaterThanOrEqual(0.8);
    expect(e.authority.precision).toBeGreaterThanOrEqual(0.9);
    expect(e.authority.recall).toBeGreaterThanOrEqual(0.8);
  });
});
