// Numerals as statutes print them <-> numbers: the one parser every stage uses. Chinese numerals
// (第一百零一条, 第十条之一) and Roman ones (EU chapters and annexes). Handles 零/〇, 两, leading 十 (十二 = 12), and the large units 万/亿; Arabic digits pass through.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL = /^[零〇一二两三四五六七八九十百千万亿]+$/;

/** Characters that may appear in a Chinese numeral (for building regexes elsewhere). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Parses "一百零一" (101), "两千" (2000), "十" (10) or "37"; throws on anything else. */
export function parseChineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (!CHINESE_NUMERAL.test(s)) throw new Error(`not a Chinese numeral: "${s}"`);
  let total = 0; // completed 万/亿 groups
  let section = 0; // the current group below 万
  let digit = 0; // the pending digit
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      // A bare unit (十二, 百) means one of it.
      section += (digit || 1) * SMALL_UNITS[ch];
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit || 1) * 10_000;
      section = 0;
      digit = 0;
    } else {
      // 亿 scales everything read so far.
      total = (total + section + digit || 1) * 100_000_000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Formats 0 < n < 10^12 the way statutes print it: 10 -> 十, 15 -> 十五, 101 -> 一百零一, 110 -> 一百一十. */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new Error(`cannot format ${n} as a Chinese numeral`);
  if (n === 0) return '零';
  const out = group(n, true);
  return out;
}

// Formats n with 亿/万 groups; `top` allows the 十X abbreviation for 10..19.
function group(n: number, top: boolean): string {
  if (n >= 1e8) return join(Math.floor(n / 1e8), '亿', n % 1e8, top);
  if (n >= 1e4) return join(Math.floor(n / 1e4), '万', n % 1e4, top);
  return below10k(n, top);
}

function join(high: number, unit: string, rest: number, top: boolean): string {
  const head = group(high, top) + unit;
  if (rest === 0) return head;
  const restLimit = unit === '亿' ? 1e7 : 1e3;
  return head + (rest < restLimit ? '零' : '') + group(rest, false);
}

function below10k(n: number, top: boolean): string {
  if (top && n >= 10 && n < 20) return `十${n % 10 ? DIGIT_CHARS[n % 10] : ''}`;
  const units = ['千', '百', '十', ''];
  const digits = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i++) {
    const d = digits[i];
    if (d === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGIT_CHARS[d] + units[i];
  }
  return out;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** Parses "IV" (4), "xii" (12); throws on anything else. */
export function parseRomanNumber(s: string): number {
  const u = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(u)) throw new Error(`not a Roman numeral: "${s}"`);
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i] as string] as number;
    const next = ROMAN[u[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ROMAN_TABLE: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** Formats 0 < n < 4000 as a Roman numeral: 4 -> IV, 1990 -> MCMXC. */
export function toRomanNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 4000) throw new Error(`cannot format ${n} as a Roman numeral`);
  let out = '';
  let rest = n;
  for (const [v, sym] of ROMAN_TABLE) {
    while (rest >= v) {
      out += sym;
      rest -= v;
    }
  }
  return out;
}
