// regexProblem runs a data file's pattern on the empty string only when mayMatchEmpty cannot show that every match
// consumes a character: the reading must never call a pattern that can match the empty string one that cannot.
import { describe, expect, it } from 'vitest';
import { mayMatchEmpty, regexProblem } from '../../ingest/data.ts';

const canMatchEmpty = (source: string, flags: string): boolean => new RegExp(source, flags).test('');

describe('mayMatchEmpty', () => {
  it('knows patterns that consume a character on every match', () => {
    for (const [source, flags] of [
      ['a', ''],
      ['\\bword\\b', 'i'],
      ['(?:a|b)c?', ''],
      ['x{1,3}', ''],
      ['[^]', ''],
      ['\\p{L}+', 'u'],
      ['(?<name>a)\\k<name>', ''],
      ['^(?=a)a', ''],
      ['\\x41', ''],
      ['\\u0041', ''],
      ['\\u{1F600}', 'u'],
      ['😀', 'u'],
      ['国务院|部门', 'u'],
    ] as const) {
      expect(mayMatchEmpty(source, flags), source).toBe(false);
      expect(canMatchEmpty(source, flags), source).toBe(false);
    }
  });

  it('never passes over a pattern that can match the empty string', () => {
    for (const [source, flags] of [
      ['', ''],
      ['a?', ''],
      ['a*', ''],
      ['a{0,2}', ''],
      ['a|', ''],
      ['|a', ''],
      ['(?:a|)', ''],
      ['(?:ab)?', ''],
      ['(?<!a)', ''],
      ['^$', ''],
      ['(a)?\\1', ''],
      ['(?<n>a)?\\k<n>', ''],
      ['\\x41?', ''],
      ['\\u0041*', ''],
      ['\\u{1F600}?', 'u'],
      ['\\uD83D\\uDE00?', 'u'],
      ['😀?', 'u'],
      ['[a]{0}', ''],
      ['(?:a{0})', ''],
      ['(?-i:a)?', 'i'],
      ['[a]?', 'v'],
    ] as const) {
      expect(canMatchEmpty(source, flags), source).toBe(true);
      expect(mayMatchEmpty(source, flags), source).toBe(true);
      // A modifier group is refused before the empty string is tried (below).
      expect(regexProblem(source, flags), source).toMatch(source.includes('(?-i:') ? /inline modifier group/ : /matches the empty string/);
    }
  });

  it('leaves a pattern that consumes nothing to the engine, which may find it cannot match the empty text', () => {
    for (const source of ['(?=a)', '\\b', '\\B(?=x)']) {
      expect(mayMatchEmpty(source, ''), source).toBe(true);
      expect(regexProblem(source, ''), source).toBeUndefined();
    }
  });

  it('agrees with the engine on generated patterns wherever it says a pattern consumes', () => {
    const atoms = ['a', '.', '\\d', '[ab]', '[^]', '\\b', '^', '$', '\\x41', '\\u0042', '(?=a)', '(?!b)', '(?<=a)', '\\1', '\\p{L}', '\\u{41}', '😀', '{', '}', ']'];
    const quantifiers = ['', '', '', '?', '*', '+', '{0}', '{1}', '{2,}', '{0,3}', '??', '+?'];
    let seed = 12345;
    // xorshift32
    const next = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pattern = (depth: number): string => {
      const alternatives: string[] = [];
      for (let a = next(3) === 0 ? 2 : 1; a > 0; a--) {
        let alt = '';
        for (let t = next(4); t > 0; t--) {
          const atom = depth > 0 && next(4) === 0 ? `(${['', '?:', '?<g>', '?='][next(4)]}${pattern(depth - 1)})` : (atoms[next(atoms.length)] as string);
          alt += atom + quantifiers[next(quantifiers.length)];
        }
        alternatives.push(alt);
      }
      return alternatives.join('|');
    };
    let checked = 0;
    let consuming = 0;
    for (let k = 0; k < 20_000; k++) {
      const source = pattern(2);
      for (const flags of ['', 'u', 'i']) {
        let empty: boolean;
        try {
          empty = canMatchEmpty(source, flags);
        } catch {
          continue; // not a pattern: regexProblem reports it before asking
        }
        checked++;
        if (!mayMatchEmpty(source, flags)) {
          consuming++;
          expect(empty, `/${source}/${flags}`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(consuming).toBeGreaterThan(1000);
  });
});

// Node 24's V8 compiles an inline modifier group wrongly in some compilations (nodejs/node#60030), so a data file's
// pattern with one would answer according to what the process ran before: refused when the file is read.
describe('a data pattern with an inline modifier group', () => {
  it('is refused, naming the group; an escaped parenthesis or a plain group is not one', () => {
    expect(regexProblem('\\b(?-i:I)\\b', 'gi')).toMatch(/inline modifier group/);
    expect(regexProblem('(?i:designated|supervisory) body', 'u')).toMatch(/inline modifier group/);
    expect(regexProblem('(?:designated|supervisory) body', 'u')).toBeUndefined();
    expect(regexProblem('\\(?i:', 'u')).toBeUndefined();
  });
});
