// Integers as Chinese numerals, the way statutes print article and chapter numbers (第一百零一条).
const DIGITS = '零一二三四五六七八九';

export function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000 || !Number.isInteger(n)) throw new Error(`no Chinese numeral for ${n}`);
  const th = Math.floor(n / 1000);
  const h = Math.floor((n % 1000) / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = '';
  if (th) out += `${DIGITS[th]}千`;
  if (h) out += `${DIGITS[h]}百`;
  else if (th && (t || u)) out += '零';
  if (t) out += n < 20 && !th && !h ? '十' : `${DIGITS[t]}十`;
  else if ((th || h) && u) out += out.endsWith('零') ? '' : '零';
  if (u) out += DIGITS[u];
  return out;
}

export function romanNumber(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
