import { describe, expect, it } from 'vitest';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { articleLocator, parseArticleLabel } from '../../../ingest/text/articles.ts';
import { parseChineseNumber, toChineseNumber } from '../../../ingest/text/numerals.ts';
import { fixtureSource } from '../statutes/helpers.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['三十七', 37], ['一百', 100], ['一百零一', 101],
    ['一百一十', 110], ['一百十', 110], ['两千', 2000], ['一千零五', 1005], ['一万', 10000], ['一万零一十', 10010],
    ['三亿零五万', 300050000], ['〇', 0], ['37', 37],
  ])('%s -> %i', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it('round-trips 1..200 and a few large numbers', () => {
    for (let n = 1; n <= 200; n++) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    for (const n of [1000, 1001, 1010, 10_000, 10_010, 100_001, 123_456_789]) expect(parseChineseNumber(toChineseNumber(n))).toBe(n);
    expect(toChineseNumber(101)).toBe('一百零一');
    expect(toChineseNumber(15)).toBe('十五');
    expect(toChineseNumber(110)).toBe('一百一十');
  });

  it('rejects what is not a numeral', () => {
    expect(() => parseChineseNumber('第三')).toThrow();
  });

  it('parses article numbers', () => {
    expect([parseChineseNumber('七'), parseChineseNumber('十'), parseChineseNumber('十四'), parseChineseNumber('三十七'), parseChineseNumber('一百零二'), parseChineseNumber('二百')]).toEqual([7, 10, 14, 37, 102, 200]);
    expect(() => parseChineseNumber('条')).toThrow();
  });

  it('orders 第十条之一 between 第十条 and 第十一条', () => {
    const label = parseArticleLabel('第十条之一');
    expect(label).toEqual({ base: 10, insert: 1 });
    const { locator, order } = articleLocator(10, 1);
    expect(locator).toBe('art_10_1');
    expect(order).toBeGreaterThan(articleLocator(10).order);
    expect(order).toBeLessThan(articleLocator(11).order);
    expect(order).toBe(10.001);
  });

  it('parses inserted articles, sections, bracketed headers and full-width spaces from Markdown', () => {
    const doc = parseStatute(fixtureSource('cn-inserted.md', 'markdown'));
    expect(doc.provisions.map((p) => [p.locator, p.number, p.order])).toEqual([
      ['art_1', '第一条', 1],
      ['art_2', '第二条', 2],
      ['art_3', '第三条', 3],
      ['art_3_1', '第三条之一', 3.001],
      ['art_4', '第四条', 4],
      ['art_5', '第五条', 5],
    ]);
    expect(doc.provisions[0].chapter).toBe('第一章　总则');
    expect(doc.provisions[2]).toMatchObject({ chapter: '第二章 附则', section: '第一节 一般规定', text: '测试记录应当保存。' });
    expect(doc.dates).toMatchObject({
      adopted: '2020-01-01',
      inForceFrom: '2022-07-01',
      amendments: [
        { date: '2021-03-04', kind: 'amended' },
        { date: '2022-05-06', kind: 'revised' },
      ],
    });
  });
});
