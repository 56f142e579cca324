// Article numbers as every adapter and extractor addresses them: locators (art_10, art_10_1 for
// 第十条之一), printed labels, and ranges ("第四十一条至第四十三条", "Articles 25 to 39"), expanded
// with one bound so that no sentence can yield unbounded output.
import { parseChineseNumber } from './numerals.ts';

/** `第十条之一` -> { base: 10, insert: 1 }; plain `第十条` -> insert 0. */
export function parseArticleLabel(label: string): { base: number; insert: number } | undefined {
  const m = /^第([零〇一二两三四五六七八九十百千万亿\d]+)条(?:之([零〇一二三四五六七八九十\d]+))?$/.exec(label);
  if (!m) return undefined;
  return { base: parseChineseNumber(m[1]), insert: m[2] ? parseChineseNumber(m[2]) : 0 };
}

/** Locator and order for an article number, shared by all adapters: 10 -> art_10, 10之1 -> art_10_1 (10.001). */
export function articleLocator(base: number, insert = 0): { locator: string; order: number } {
  if (!insert) return { locator: `art_${base}`, order: base };
  // Thousandths keep 之一 < … < 之九 < 之十 < … < 之九百九十九 strictly increasing, all before base + 1.
  if (insert >= 1000) throw new RangeError(`inserted article 之${insert} is beyond what order can represent`);
  return { locator: `art_${base}_${insert}`, order: base + insert / 1000 };
}

/** Longest range expanded article by article; a longer or reversed one (a typo, or hostile
 *  input) refers to its two ends only. */
export const MAX_RANGE = 500;

/** `from`..`to` inclusive, or just the two ends when the range is reversed or longer than MAX_RANGE. */
export function expandRange(from: number, to: number): number[] {
  if (to < from || to - from > MAX_RANGE) return from === to ? [from] : [from, to];
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
