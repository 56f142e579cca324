// Several regular expressions run as one (ingest/norms/matchers.ts PatternSet): each pattern reports
// exactly the matches it would alone, whatever capture groups it and the patterns before it have.
import { describe, expect, it } from 'vitest';
import { PatternSet } from '../../../ingest/norms/matchers.ts';

/** What `text.matchAll` gives for each pattern on its own: [value, start, end], in order of start. */
function alone(patterns: { value: string; source: string }[], text: string, flags: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const p of patterns) for (const m of text.matchAll(new RegExp(p.source, `g${flags}`))) out.push([p.value, m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[1] - b[1]);
}

function scanned(set: PatternSet<string>, text: string): [string, number, number][] {
  const out: [string, number, number][] = [];
  set.scan(text, (value, start, end) => out.push([value, start, end]));
  return out;
}

describe('PatternSet', () => {
  it('reports each pattern as if run alone, with capture groups of its own before and after others', () => {
    const patterns = [
      { value: 'report', source: '(submit|send)s? (a |the )?reports?' },
      { value: 'notify', source: 'notif(y|ies)' },
      { value: 'plain', source: 'the report' },
      { value: 'nested', source: '((in)?form)s?' },
    ];
    const text = 'Operators submit the report and notify; others send reports, inform and notifies the forms.';
    const set = new PatternSet(patterns, false);
    expect(scanned(set, text)).toEqual(alone(patterns, text, 'u'));
    expect(scanned(set, text).map(([v]) => v)).toEqual(['report', 'plain', 'notify', 'report', 'nested', 'notify', 'nested']);
  });

  it('matches nothing when empty, and case-insensitively when asked', () => {
    expect(scanned(new PatternSet<string>([], false), 'anything')).toEqual([]);
    const set = new PatternSet([{ value: 'x', source: '(shall)' }], true);
    expect(scanned(set, 'SHALL or shall')).toEqual([['x', 0, 5], ['x', 9, 14]]);
    expect(set.test('Shall')).toBe(true);
  });
});
