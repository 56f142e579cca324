// Traditional Chinese folded to simplified, character for character, and given back (ingest/text/han-variants.ts). Own
// sentences.
import { describe, expect, it } from 'vitest';
import { foldTraditional, HanFold, mapStrings, TRADITIONAL_SHARE, traditionalShare } from '../../../ingest/text/han-variants.ts';

describe('the fold of traditional characters', () => {
  it('writes a traditional sentence in simplified characters, of the same length, corner brackets as quotation marks', () => {
    const t = '交通部應於三個月內將「智慧聯網車輛清冊」報請行政院核定。';
    const s = foldTraditional(t);
    expect(s).toBe('交通部应于三个月内将“智慧联网车辆清册”报请行政院核定。');
    expect(s.length).toBe(t.length);
  });
  it('leaves simplified writing, Latin letters and digits as they are', () => {
    for (const s of ['商务部对显著增长的进口启动调查。', 'Section 5 of the Act, 2026.', '工业和信息化部第12号令']) expect(foldTraditional(s)).toBe(s);
  });
  it('tells traditional writing by the share of its characters that fold', () => {
    expect(traditionalShare('國家發展委員會審議後，禁止機關採購該廠牌之網路設備。')).toBeGreaterThanOrEqual(TRADITIONAL_SHARE);
    expect(traditionalShare('国家发展委员会审议后，禁止机关采购该品牌的网络设备。')).toBe(0);
    expect(traditionalShare('Only Latin text.')).toBe(0);
  });
  it('gives back what was read in the folded text in the original characters, and leaves other strings alone', () => {
    const fold = new HanFold(['財政部關務署將協助查緝。', '「晴川航電股份有限公司」']);
    expect(fold.traditional).toBe(true);
    expect(fold.unfold('财政部关务署')).toBe('財政部關務署');
    expect(fold.unfold('“晴川航电股份有限公司”')).toBe('「晴川航電股份有限公司」');
    expect(fold.unfold('中华人民共和国')).toBe('中华人民共和国');
    expect(mapStrings({ a: ['财政部关务署', 3], b: new Map([['k', '协助']]) }, (x) => fold.unfold(x))).toEqual({ a: ['財政部關務署', 3], b: new Map([['k', '協助']]) });
    expect(new HanFold(['财政部海关总署将协助查缉。']).traditional).toBe(false);
  });
});
