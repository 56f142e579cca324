// Chinese article numbers (第三十七条, 第一百零二条) to integers. A small local parser: enough for
// statute article numbers (< 10 000); the shared numerals module may replace it.
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parses 一…九千九百九十九 (and ASCII digits); throws on anything else so a bad reference is not silently mis-numbered. */
export function parseChineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] as number;
    } else if (ch in UNITS) {
      total += (digit < 0 ? 1 : digit) * (UNITS[ch] as number);
      digit = -1;
    } else {
      throw new Error(`not a Chinese numeral: "${s}"`);
    }
  }
  if (digit > 0) total += digit;
  if (s.length === 0 || total === 0) throw new Error(`not a Chinese numeral: "${s}"`);
  return total;
}
