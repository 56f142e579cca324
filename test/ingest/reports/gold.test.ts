import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../ingest/reports/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

describe('recognition against the gold annotations', () => {
  it('meets the precision and recall targets', () => {
    const { total, documents } = evaluate(corpusDir);
    expect(documents.map((d) => d.documentId).sort()).toEqual(['report-creemers-lee-2024-drones-smart-vehicles', 'report-uscc-2018-china-iot']);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
    expect(total.recall).toBeGreaterThanOrEqual(0.85);
  });
});
