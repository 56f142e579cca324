import { describe, expect, it } from 'vitest';
import { anyOf, listOf, matchesOf } from '../../../ingest/recognize/any-of.ts';

describe('anyOf', () => {
  it('matches a text exactly where one of the patterns does', () => {
    const list = [/\b(?<vol>\d{1,3})\s+FR\s+(?<page>\d+)\b/gu, /(?<!\d)Proclamation\s+(?<num>\d{4})/gu, /[(?<x>)]\s*§/gu];
    const any = anyOf(list);
    for (const text of ['89 FR 15421', 'see Proclamation 9705', 'a (§ sign', 'FR 12', '1Proclamation 9705', 'nothing here']) {
      expect(any?.test(text)).toBe(list.some((p) => new RegExp(p.source, p.flags).test(text)));
    }
  });

  it('makes named groups non-capturing, leaving lookbehinds, escapes and classes as written', () => {
    expect(String(anyOf([/(?<a>x)(?<=x)(?<!y)\(?<b>[(?<c>]/u]))).toBe('/(?:(?:x)(?<=x)(?<!y)\\(?<b>[(?<c>])/u');
  });

  it('is made once per list', () => {
    const list = [/a/g, /b/g];
    expect(anyOf(list)).toBe(anyOf(list));
  });

  it('listOf makes one list per owner, so anyOf builds its test once', () => {
    const owner = { a: /a/g, b: /b/g };
    let made = 0;
    const make = () => {
      made++;
      return [owner.a, owner.b];
    };
    expect(listOf(owner, make)).toBe(listOf(owner, make));
    expect(made).toBe(1);
    expect(anyOf(listOf(owner, make))?.test('xbx')).toBe(true);
  });

  it('gives none for backreferences, differing flags or no patterns', () => {
    expect(anyOf([/(?<w>a)\k<w>/u])).toBeNull();
    expect(anyOf([/(a)\1/])).toBeNull();
    expect(anyOf([/a/iu, /b/u])).toBeNull();
    expect(anyOf([])).toBeNull();
  });
});

describe('matchesOf', () => {
  const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], { ...m.groups }]);

  it('yields what matchAll yields, empty matches included, and leaves the pattern as it found it', () => {
    const cases: [RegExp, string][] = [
      [/\b(?<vol>\d{1,3})\s+FR\s+(?<page>\d+)\b/gu, '89 FR 15421 and 90 FR 2'],
      [/x*/g, 'axxbx'],
      [/(?:)/gu, 'a\u{1F600}b'],
      [/Proclamation\s+(?<num>\d{4})/gu, 'no citation here'],
    ];
    for (const [re, text] of cases) {
      re.lastIndex = 0;
      expect(shape(matchesOf(re, text))).toEqual(shape(text.matchAll(re)));
      expect(re.lastIndex).toBe(0);
    }
  });

  it('starts where the pattern stands, as matchAll does', () => {
    const re = /\d/g;
    re.lastIndex = 2;
    const expected = shape('1234'.matchAll(re));
    expect(shape(matchesOf(re, '1234'))).toEqual(expected);
    expect(expected.map(([, m]) => m)).toEqual(['3', '4']);
    expect(re.lastIndex).toBe(2);
  });
});
