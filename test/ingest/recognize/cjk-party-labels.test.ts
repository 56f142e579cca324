// A Chinese decision's party block (当事人：<company>) makes the label name that company throughout (recognize/filer.ts
// partyTerms, names.yaml cjk-party-labels). Own sentences, invented names (helper-371; dev106 at first sight missed the
// bureau's investigation of 当事人).
import { describe, expect, it } from 'vitest';
import { recognised, surfaceIdsOf } from '../one-sentence.ts';

const companies = (text: string): string[] => surfaceIdsOf(recognised(text, { language: 'zh' }), 'Company');

describe("a Chinese decision's party label", () => {
  it('reads 当事人 as the company the party block names', () => {
    const found = companies('当事人：宁海澄川电子有限公司\n\n住所：浙江省宁波市。\n\n本局于当日对当事人立案调查。当事人未按规定办理备案。');
    // The block's own label and the two uses in the body.
    expect(found.filter((f) => f.startsWith('当事人')).length).toBe(3);
    expect(found.every((f) => f.endsWith('宁海澄川电子有限公司'))).toBe(true);
  });
  it('reads no label given to two companies', () => {
    const found = companies('被告：宁海澄川电子有限公司\n\n被告：衢州岭上光学有限公司\n\n原告诉称被告侵权。');
    expect(found.some((f) => f.startsWith('被告='))).toBe(false);
  });
  it('reads no label without its colon', () => {
    expect(companies('宁海澄川电子有限公司为本案当事人。当事人未到庭。').some((f) => f.startsWith('当事人='))).toBe(false);
  });
});

const authorities = (text: string, format = 'text'): string[] => surfaceIdsOf(recognised(text, { language: 'zh', format }), 'Authority');

describe("a Chinese body's word for itself", () => {
  it('reads 本局 as the bureau the document opens with', () => {
    const found = authorities('宁波市市场监督管理局\n\n行政处罚决定书\n\n本局于2026年4月2日对当事人立案调查。本局认为，当事人的行为违法。');
    expect(found.filter((f) => f.startsWith('本局=')).length).toBe(2);
    expect(found.every((f) => f.endsWith('宁波市市场监督管理局'))).toBe(true);
  });
  it('reads no issuer where the document opens with no body', () => {
    expect(authorities('行政处罚决定书\n\n本局于2026年4月2日立案调查。').some((f) => f.startsWith('本局='))).toBe(false);
  });
  it("reads no word for another head's body (本厅 for a bureau)", () => {
    expect(authorities('宁波市市场监督管理局\n\n本厅于2026年4月2日立案调查。').some((f) => f.startsWith('本厅='))).toBe(false);
  });
});
