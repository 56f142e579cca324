// Property tests for Chinese numerals (fast-check); article locators: articles.property.test.ts.
// Contract of parseChineseNumber(s):
//   - s of ASCII digits only: Number(s);
//   - s made only of 零〇一二两三四五六七八九十百千万亿: a finite non-negative integer, never throws
//     (a safe integer for well-formed numerals; malformed runs such as 亿亿 multiply out, see
//     docs/reliability.md);
//   - anything else (empty, mixed, other characters): throws an Error naming the input.
// toChineseNumber(n) for integers 0 <= n < 10^12 round-trips through parseChineseNumber.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMERAL_CHARS, parseChineseNumber, toChineseNumber } from '../../../ingest/text/numerals.ts';

const numeralChar = fc.constantFrom(...NUMERAL_CHARS);
const numeralString = fc.array(numeralChar, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));

describe('Chinese numerals (properties)', () => {
  it('round-trips every integer below 10^12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 - 1 }), (n) => {
        expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips every article number a statute could print (1..9999)', () => {
    for (let n = 1; n < 10_000; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
  });

  it('formats with numeral characters only, and 十X (not 一十X) at the top for 10..19', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 - 1 }), (n) => {
        const s = toChineseNumber(n);
        expect(s).toMatch(new RegExp(`^[${NUMERAL_CHARS}]+$`));
        if (n >= 10 && n < 20) expect(s.startsWith('十')).toBe(true);
      }),
    );
  });

  it('parses any string of numeral characters to a finite non-negative integer without throwing', () => {
    fc.assert(
      fc.property(numeralString, (s) => {
        const n = parseChineseNumber(s);
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('throws a named Error (never anything else) for strings that are not numerals', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const valid = /^\d+$/.test(s) || new RegExp(`^[${NUMERAL_CHARS}]+$`).test(s);
        if (valid) return;
        expect(() => parseChineseNumber(s)).toThrow(/not a Chinese numeral/);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses to format what it cannot (negative, fractional, >= 10^12, NaN)', () => {
    for (const bad of [-1, 1.5, 1e12, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => toChineseNumber(bad)).toThrow();
  });
});

