// Traditional Chinese read as simplified. The recognizers, the grammar and the catalog write Chinese in simplified
// characters (every Chinese development text is), so a text in traditional characters (Taiwan's, Hong Kong's, Macao's
// writing: 數位發展部, 「資通安全管理法」) is folded to simplified before it is read, and what is read is given back in the
// text's own characters. The fold is OpenCC's traditional-to-simplified conversion (opencc-js, the maintained JavaScript
// port of the Open Chinese Convert dictionaries: characters and the phrases that disambiguate them, 乾隆 kept, 乾燥 to
// 干燥), plus the corner brackets of traditional writing as the quotation marks simplified writing uses (「」 to “”,
// 『』 to ‘’). Only characters change, never how many: a folded string's offsets are the original's, so a name found in
// the folded text is the original's slice at the same place (HanFold.unfold).
//
// Only variant characters, not regional vocabulary: 數位 becomes 数位, not 数字; 資通訊 资通讯, not 信息通信 (a word
// list fitted to one region's usage is no character fold; the names read are the text's own).
import { Converter } from 'opencc-js/t2cn';
import { HAN } from './scripts.ts';

const toSimplified = Converter({ from: 't', to: 'cn' });
const BRACKETS: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const HAN_CHARS = new RegExp(HAN, 'gu');

/** `text` in simplified characters, character for character (the same length in UTF-16 code units). */
export function foldTraditional(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const whole = toSimplified(text);
  // A phrase that maps to one of another length (none in OpenCC's t2s tables today) would move every offset after it:
  // then each character alone.
  const same: string = whole.length === text.length ? whole : Array.from(text, (ch) => {
    const c = toSimplified(ch);
    return c.length === ch.length ? c : ch;
  }).join('');
  return same.replace(/[「」『』]/g, (c: string) => BRACKETS[c] ?? c);
}

/** Share of a text's Han characters that are traditional forms (the fold changes them), 0..1. */
export function traditionalShare(text: string): number {
  const han = text.match(HAN_CHARS)?.length ?? 0;
  if (han === 0) return 0;
  const folded = foldTraditional(text);
  let changed = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== folded[i] && /\p{Script=Han}/u.test(text[i] ?? '')) changed++;
  return changed / han;
}

/** A text is written in traditional characters when at least this share of its Han characters fold: traditional prose
 *  has a quarter to two fifths (數, 發, 廠, 產, 機, 關 ...), simplified prose none, or a stray one in a quoted name. */
export const TRADITIONAL_SHARE = 0.1;

/** Every string inside `value` (plain objects, arrays, Maps, Sets) through `f`; anything else as it is. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [walk(k), walk(x)]));
    if (v instanceof Set) return new Set([...v].map(walk));
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as T;
}

/** A document's strings folded, and the way back: a string read in the folded text is the original's at the same offset
 *  (its first place in the document; a string the document does not hold, such as a catalog's name, stays as it is). */
export class HanFold {
  private readonly folded: string;
  private readonly original: string;
  private readonly cache = new Map<string, string>();

  constructor(strings: readonly string[]) {
    this.original = strings.join('\u0000');
    this.folded = strings.map(foldTraditional).join('\u0000');
  }

  /** The document's strings hold traditional writing (TRADITIONAL_SHARE). */
  get traditional(): boolean {
    return traditionalShare(this.original) >= TRADITIONAL_SHARE;
  }

  unfold(s: string): string {
    if (!/[^\x00-\x7f]/.test(s)) return s;
    const known = this.cache.get(s);
    if (known !== undefined) return known;
    const at = this.folded.indexOf(s);
    const back = at < 0 ? s : this.original.slice(at, at + s.length);
    this.cache.set(s, back);
    return back;
  }
}

/** Every string held in `value`, in order (for HanFold). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const x of value) stringsOf(x, out);
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const x of Object.values(value)) stringsOf(x, out);
  }
  return out;
}
