import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTES } from '../../bench/report.ts';

// docs/benchmarks.md is written by `npm run bench` (bench/report.ts), whose page ends with NOTES: a paragraph written on
// the page alone would be erased by the next run, one written in NOTES alone would be missing until then.
describe('the benchmark notes', () => {
  it('end docs/benchmarks.md exactly as bench/report.ts writes them', () => {
    const page = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md'), 'utf8').replace(/\n$/, '');
    expect(page.endsWith(`\n${NOTES.join('\n')}`)).toBe(true);
  });
});
