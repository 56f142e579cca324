// The load bench's rounds are the pipeline's transactions (bench/load-bench.ts pipelineGroups, graph/pipeline.ts
// GROUP_ROWS): documents gathered until they hold GROUP_ROWS records, the last round taking what is left.
import { describe, expect, it } from 'vitest';
import { pipelineGroups } from '../../bench/load-bench.ts';
import type { LoadUnit } from '../../graph/load.ts';
import { GROUP_ROWS } from '../../graph/pipeline.ts';

/** A unit of `records` records (their content is never read by the grouping). */
const unitOf = (sizes: Record<number, number>) => (doc: number): LoadUnit => ({
  documentId: `doc-${doc}`,
  sha256: `sha-${doc}`,
  records: new Array(sizes[doc] ?? 0).fill(null),
});

describe('pipelineGroups', () => {
  it('gathers documents until a group holds GROUP_ROWS records, as the pipeline flushes them', () => {
    const half = Math.ceil(GROUP_ROWS / 2);
    const sizes = { 1: half, 2: half, 3: half, 4: half, 5: half };
    expect(pipelineGroups(unitOf(sizes), 1, 5)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('closes a group as soon as it holds GROUP_ROWS records: a large document ends the group it joins, or is one alone', () => {
    const sizes = { 3: 10, 4: GROUP_ROWS, 5: 10, 6: GROUP_ROWS - 10 };
    expect(pipelineGroups(unitOf(sizes), 3, 6)).toEqual([[3, 4], [5, 6]]);
    expect(pipelineGroups(unitOf({ 7: GROUP_ROWS + 1, 8: 1 }), 7, 8)).toEqual([[7], [8]]);
  });

  it('numbers the documents from `from` to `to`', () => {
    expect(pipelineGroups(unitOf({}), 4, 6)).toEqual([[4, 5, 6]]);
    expect(pipelineGroups(unitOf({}), 5, 4)).toEqual([]);
  });
});
