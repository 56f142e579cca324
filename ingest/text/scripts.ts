// Which script a character or a text is written in: the tests every reader shares (ingest, graph/exposure, web),
// written once. Han is Unicode's Script=Han: the unified ideographs of every block and extension, the compatibility
// ideographs, 〇, 々 and the radicals. Two tests keep narrower ranges of their own, named for their blocks, and one a
// wider set of scripts; they are not Han and are not to be merged into it:
// - the CJK Unified Ideographs block alone, U+4E00..U+9FFF (the common characters: a GB18030 decoding's check, a
//   provision's language when none is declared);
// - Extension A through that block, U+3400..U+9FFF (the characters a sentence of unspaced writing is counted by);
// - the scripts written without spaces between words, Han with Hiragana, Katakana and Hangul (a catalog name in them
//   matches inside running text).

/** One Han character, as a regular expression's source (u flag), for patterns built on it: a run is `${HAN}{2,40}`. */
export const HAN = '\\p{Script=Han}';

const HAN_CHAR = new RegExp(HAN, 'u');
const HAN_START = new RegExp(`^${HAN}`, 'u');
const HAN_ONLY = new RegExp(`^${HAN}+$`, 'u');

/** `ch`, one character (a string index's code unit or a code point), is Han. */
export function isHan(ch: string): boolean {
  return HAN_CHAR.test(ch);
}

/** `text` holds a Han character anywhere. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/** `text` opens with a Han character. */
export function startsWithHan(text: string): boolean {
  return HAN_START.test(text);
}

/** `text` is one run of Han characters and nothing else (not empty). */
export function isHanRun(text: string): boolean {
  return HAN_ONLY.test(text);
}

const UNIFIED_IDEOGRAPH = /[\u4e00-\u9fff]/;
const UNIFIED_OR_EXT_A_IDEOGRAPH = /[\u3400-\u9fff]/u;

/** `text` holds a character of the CJK Unified Ideographs block, U+4E00..U+9FFF (no extension, no compatibility
 *  ideograph): narrower than Han. */
export function hasUnifiedIdeograph(text: string): boolean {
  return UNIFIED_IDEOGRAPH.test(text);
}

/** `text` (or one character) holds a character of U+3400..U+9FFF: CJK Extension A, the Yijing hexagram symbols
 *  between, and the Unified Ideographs block. Narrower than Han (no later extension, no compatibility ideograph). */
export function hasUnifiedOrExtAIdeograph(text: string): boolean {
  return UNIFIED_OR_EXT_A_IDEOGRAPH.test(text);
}

/** The scripts written without spaces between words (Chinese, Japanese, Korean), as the body of a character class's
 *  source (u flag): Han, Hiragana, Katakana, Hangul. */
export const CJK_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

const CJK_CHAR = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
const SPACED_WORD_CHAR = new RegExp(`(?![${CJK_SCRIPTS}])[\\p{L}\\p{N}]`, 'u');

/** `text` holds a character of Han, Hiragana, Katakana or Hangul. */
export function hasCjk(text: string): boolean {
  return CJK_CHAR.test(text);
}

/** `ch` is a letter or digit of a script written with spaces between words (none of CJK_SCRIPTS): one a Latin name
 *  may not touch ("取得BIS颁发的许可证" names BIS). */
export function isSpacedWordChar(ch: string): boolean {
  return SPACED_WORD_CHAR.test(ch);
}
