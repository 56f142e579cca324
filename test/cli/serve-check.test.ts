// The line `lawgraph up` logs after checking the corpus of a loaded store says what the check did: "up to date"
// only when nothing was loaded again and nothing failed.
import { describe, expect, it } from 'vitest';
import { checked } from '../../cli/serve.ts';

const result = (documentId: string, status: 'loaded' | 'unchanged') => ({ documentId, status, nodes: 1, relationships: 0, ms: 1 });

describe('the corpus check of a loaded store', () => {
  it('is up to date when every document was unchanged', () => {
    expect(checked({ results: [result('a', 'unchanged'), result('b', 'unchanged')], failed: [] })).toBe('the store is up to date');
  });

  it('counts the documents loaded again and the failures', () => {
    expect(checked({ results: [result('a', 'loaded'), result('b', 'unchanged')], failed: [] })).toBe('1 document loaded again');
    expect(checked({ results: [result('a', 'loaded'), result('b', 'loaded')], failed: [{ file: 'c.md', reason: 'binary' }] })).toBe('2 documents loaded again, 1 failed (named above)');
    expect(checked({ results: [], failed: [{ file: 'c.md', reason: 'binary' }] })).toBe('0 documents loaded again, 1 failed (named above)');
  });
});
