// A regulator's summons of a company to account for a problem (约谈) is its investigation, and a direct verb may take the
// aspect marker 了 before its object (约谈了甲公司, 调查了乙公司) (zh-relations.yaml direct, directAspect). Own sentences,
// fictional names (helper-401; dev119, a recall notice, at first sight read no relation from "…开展缺陷调查，并约谈了X").
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const zh = (t: string): string[] => statedInOrder(t, { language: 'zh' });

describe('约谈 and the aspect marker 了', () => {
  it('reads a summons as an investigation of the company', () => {
    expect(zh('交通运输部约谈了宁海澄川电子有限公司。')).toEqual(['authority:cn-ministry-of-transport INVESTIGATES company:~宁海澄川电子有限公司']);
    expect(zh('交通运输部约谈宁海澄川电子有限公司。')).toEqual(['authority:cn-ministry-of-transport INVESTIGATES company:~宁海澄川电子有限公司']);
  });
  it('reads a direct verb past 了', () => {
    expect(zh('交通运输部调查了宁海澄川电子有限公司。')).toEqual(['authority:cn-ministry-of-transport INVESTIGATES company:~宁海澄川电子有限公司']);
  });
  it('states nothing where the summons is only planned or denied', () => {
    expect(zh('交通运输部拟约谈宁海澄川电子有限公司。')).toEqual([]);
    expect(zh('交通运输部未约谈宁海澄川电子有限公司。')).toEqual([]);
  });
});
