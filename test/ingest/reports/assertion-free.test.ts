import { describe, expect, it } from 'vitest';
import { assertionFree } from '../../../ingest/reports/assertion-free.ts';

describe('assertionFree', () => {
  it('drops word boundaries and lookarounds, keeping what the pattern consumes and its flags', () => {
    expect(String(assertionFree(/\b(?<!x)ab(?=c)(?!d)[\b]\B/iu))).toBe('/ab[\\b]/iu');
  });

  it('matches a whole text wherever the pattern matches a slice of it', () => {
    const cue = /\badd(?:s|ed)?\s+to\b/i;
    const text = 'OFAC readds to the list';
    expect(cue.test(text)).toBe(false);
    expect(cue.test(text.slice(7))).toBe(true);
    expect(assertionFree(cue)?.test(text)).toBe(true);
    expect(assertionFree(cue)?.test('OFAC removed X')).toBe(false);
  });

  it('keeps a named group and a lookaround inside a character class', () => {
    expect(String(assertionFree(/(?<verb>bans?)[(?=]/))).toBe('/(?<verb>bans?)[(?=]/');
  });

  it('drops an end anchor as an assertion: a cue that ends at its object is searched for as its words stand', () => {
    const cue = /\bimposed\s+(?:new\s+)?controls\s+on\s+$/i;
    expect(String(assertionFree(cue))).toBe('/imposed\\s+(?:new\\s+)?controls\\s+on\\s+/i');
    expect(assertionFree(cue)?.test('BIS imposed new controls on X and Y')).toBe(true);
    expect(assertionFree(cue)?.test('BIS lifted controls on X')).toBe(false);
    expect(String(assertionFree(/a\$b$/))).toBe('/a\\$b/');
  });

  it('gives none for a start anchor, backreferences or a quantified assertion', () => {
    expect(assertionFree(/^\s*,\s*$/)).toBeNull();
    expect(assertionFree(/(a)\1/)).toBeNull();
    expect(assertionFree(/a(?!b){2}c/)).toBeNull();
    expect(assertionFree(/a(?=b)*c/)).toBeNull();
  });
});
