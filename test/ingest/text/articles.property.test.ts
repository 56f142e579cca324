// Property tests for article labels and locators (fast-check): 第N条之M parses back, locators are
// art_<base>[_<insert>], and inserted articles order strictly between their base and the next.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleLocator, parseArticleLabel } from '../../../ingest/text/articles.ts';
import { toChineseNumber } from '../../../ingest/text/numerals.ts';

describe('article labels and locators (properties)', () => {
  const base = fc.integer({ min: 1, max: 9999 });

  it('第N条 and 第N条之M parse back to their numbers', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 99 }), (b, i) => {
        const label = `第${toChineseNumber(b)}条${i ? `之${toChineseNumber(i)}` : ''}`;
        expect(parseArticleLabel(label)).toEqual({ base: b, insert: i });
      }),
    );
  });

  it('parseArticleLabel never throws on arbitrary text (undefined when not a label)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseArticleLabel(s);
        if (r) expect(s.startsWith('第')).toBe(true);
      }),
    );
  });

  it('locators are art_<base>[_<insert>] and orders sit in [base, base + 1)', () => {
    fc.assert(
      fc.property(base, fc.integer({ min: 0, max: 99 }), (b, i) => {
        const { locator, order } = articleLocator(b, i);
        expect(locator).toBe(i ? `art_${b}_${i}` : `art_${b}`);
        expect(order).toBeGreaterThanOrEqual(b);
        expect(order).toBeLessThan(b + 1);
      }),
    );
  });

  it('inserted articles sort after their base and in insert order (之一 < … < 之九 < 之十 < 之十一)', () => {
    // checkSequence requires strictly increasing orders: 第十条之十 ordered as 10.1 (the same as
    // 第十条之一) would make a valid law fail with "article numbers go back".
    fc.assert(
      fc.property(base, (b) => {
        for (let i = 0; i < 99; i++) {
          expect(articleLocator(b, i + 1).order, `之${i + 1} after 之${i} of ${b}`).toBeGreaterThan(articleLocator(b, i).order);
        }
      }),
    );
  });
});
