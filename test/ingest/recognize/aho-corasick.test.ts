// The automaton that finds catalog names: every occurrence of every pattern, overlapping ones too.
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../ingest/recognize/aho-corasick.ts';

const found = (patterns: string[], text: string, units?: Uint16Array): string[] => {
  const ac = new AhoCorasick<string>();
  for (const p of patterns) ac.add(p, p);
  return ac.search(text, units).map((h) => `${h.value}@${h.start}-${h.end}`);
};

describe('AhoCorasick', () => {
  it('finds overlapping occurrences through fail links, in order of end', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@1-4', 'he@2-4', 'hers@2-6']);
    expect(found(['aa', 'a'], 'aaa')).toEqual(['a@0-1', 'aa@0-2', 'a@1-2', 'aa@1-3', 'a@2-3']);
  });
  it('goes back to the root on characters no pattern uses, and finds nothing without patterns', () => {
    expect(found(['数据', '数据安全法'], '《数据安全法》与数据')).toEqual(['数据@1-3', '数据安全法@1-6', '数据@8-10']);
    expect(found([], 'anything')).toEqual([]);
  });
  it('matches the text as mapped by a table of code units', () => {
    const upper = new Uint16Array(0x10000).map((_, c) => String.fromCharCode(c).toUpperCase().charCodeAt(0));
    expect(found(['DJI'], 'dji and DJI', upper)).toEqual(['DJI@0-3', 'DJI@8-11']);
  });
  it('tells whether any pattern occurs, through fail links and tables too, as search does', () => {
    const ac = new AhoCorasick<string>();
    for (const p of ['she', 'hers', 'DJI']) ac.add(p, p);
    expect(ac.occursIn('ushers')).toBe(true);
    expect(ac.occursIn('the hero')).toBe(false);
    expect(ac.occursIn('dji')).toBe(false);
    const upper = new Uint16Array(0x10000).map((_, c) => String.fromCharCode(c).toUpperCase().charCodeAt(0));
    expect(ac.occursIn('dji', upper)).toBe(true);
    expect(new AhoCorasick<string>().occursIn('anything')).toBe(false);
    // Only where `accept` takes the occurrence (its start and value): 'she' at 1 refused, 'hers' at 2 taken.
    expect(ac.occursIn('ushers', undefined, (start, value) => value === 'hers' && start === 2)).toBe(true);
    expect(ac.occursIn('ushers', undefined, (start) => start === 0)).toBe(false);
  });
});

