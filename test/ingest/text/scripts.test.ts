// The script tests of ingest/text/scripts.ts: Han is Unicode's Script=Han (every block), the block tests are narrower
// on purpose, and the CJK scripts add kana and Hangul. (U+F900 is written escaped: NFC would turn it into U+8C48.)
import { describe, expect, it } from 'vitest';
import { HAN, hasCjk, hasHan, hasUnifiedIdeograph, hasUnifiedOrExtAIdeograph, isHan, isHanRun, isSpacedWordChar, startsWithHan } from '../../../ingest/text/scripts.ts';

describe('script tests', () => {
  it('reads Han in every block, and nothing else as Han', () => {
    for (const ch of ['中', '〇', '々', '㐀', '𠀀', '\uF900', '⺀']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['A', '1', '。', '，', 'Ａ', 'あ', 'ア', '한', '']) expect(isHan(ch), ch).toBe(false);
    expect(hasHan('取得BIS颁发的许可证')).toBe(true);
    expect(hasHan('BIS')).toBe(false);
    expect(startsWithHan('美国公司')).toBe(true);
    expect(startsWithHan(' 美国')).toBe(false);
    expect(isHanRun('无人机')).toBe(true);
    expect(isHanRun('无人机 drones')).toBe(false);
    expect(isHanRun('')).toBe(false);
    expect(new RegExp(`^${HAN}{2}$`, 'u').test('𠀀中')).toBe(true);
  });

  it('keeps the block tests narrower than Han', () => {
    expect(hasUnifiedIdeograph('中')).toBe(true);
    for (const ch of ['㐀', '〇', '𠀀', '\uF900']) expect(hasUnifiedIdeograph(ch), ch).toBe(false);
    expect(hasUnifiedOrExtAIdeograph('㐀')).toBe(true);
    expect(hasUnifiedOrExtAIdeograph('中')).toBe(true);
    for (const ch of ['〇', '𠀀', '\uF900', 'A']) expect(hasUnifiedOrExtAIdeograph(ch), ch).toBe(false);
  });

  it('reads kana and Hangul as CJK, and lets a Latin name touch them', () => {
    for (const s of ['中', 'ひらがな', 'カタカナ', '한국']) expect(hasCjk(s), s).toBe(true);
    expect(hasCjk('Huawei')).toBe(false);
    for (const ch of ['a', 'Z', '7', 'é', 'Ж']) expect(isSpacedWordChar(ch), ch).toBe(true);
    for (const ch of ['中', 'あ', 'ア', '한', ' ', '-', '']) expect(isSpacedWordChar(ch), ch).toBe(false);
  });
});
