import { describe, expect, it } from 'vitest';
import { anyOf, listOf } from '../../../ingest/recognize/any-of.ts';

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
