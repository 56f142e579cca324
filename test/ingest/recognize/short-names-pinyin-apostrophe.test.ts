// A Chinese company's registered name opens with its place, written in pinyin with the syllable apostrophe ("Xi'an",
// "Tai’an"): the place is the gazetteer's ("Xian", "Taian"), and the coined word after it the company's short name
// (gazetteer.ts isChinesePlace; short-names.ts placeThenTradeName). Own sentences, invented companies (helper-251, dev68's
// advisory: "Xi'an Quanxin IoT Communication Co., Ltd.", then "Quanxin").
import { describe, expect, it } from 'vitest';
import { isChinesePlace } from '../../../ingest/recognize/gazetteer.ts';
import { analyseText } from '../reports/helpers.ts';

describe('a pinyin place with its syllable apostrophe', () => {
  it('is the gazetteer place', () => {
    expect(isChinesePlace("Xi'an")).toBe(true);
    expect(isChinesePlace('Tai’an')).toBe(true);
    expect(isChinesePlace("O'Neill")).toBe(false);
  });
  it("opens a registered name whose coined word is the company's short name", () => {
    const { rec } = analyseText("The agency warned about modules made by Xi'an Quanxin IoT Communication Co., Ltd. Quanxin published a fix in May.");
    const quanxin = rec.sentences.flatMap((s) => s.mentions).filter((m) => m.surface === 'Quanxin');
    expect(quanxin.length).toBe(1);
    expect(quanxin[0].label).toBe('Company');
  });
});
