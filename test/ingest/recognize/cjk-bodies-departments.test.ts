// A department or centre of a ministry or general administration named after it (商务部条约法律司, 海关总署风险管理司,
// 市场监管总局缺陷产品管理中心), a provincial office by its field (江苏省互联网信息办公室), and no city read from the 市 of
// 市场 (grammar/names.yaml cjk-bodies). Own sentences, invented cases (helper-401; dev119, a recall notice, at first sight
// missed three such bodies and read "可拨打市场监管总局" as a city's bureau).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const of = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe("a ministry's or administration's department or centre", () => {
  it('reads the department whole, after its parent', () => {
    expect(of('商务部条约法律司发布说明。')).toContain('商务部条约法律司');
    expect(of('工业和信息化部装备工业一司已要求企业整改。')).toContain('工业和信息化部装备工业一司');
    expect(of('海关总署风险管理司公布名单。')).toContain('海关总署风险管理司');
    expect(of('市场监管总局质量发展局负责解释。')).toEqual(['市场监管总局质量发展局']);
    expect(of('该公司已向市场监管总局缺陷产品管理中心报告。')).toEqual(['市场监管总局缺陷产品管理中心']);
  });
  it('leaves out a verb of calling or visiting before it', () => {
    expect(of('可拨打市场监管总局缺陷产品管理中心热线电话反映，或登录市场监管总局缺陷产品召回技术中心网站投诉。')).toEqual([
      '市场监管总局缺陷产品管理中心',
      '市场监管总局缺陷产品召回技术中心',
    ]);
  });
  it('reads no company, office holder or justice as a department', () => {
    expect(of('商务部批准三家公司的申请。')).toEqual(['商务部']);
    expect(of('商务部条约法律司司长出席。')).not.toContain('商务部条约法律司司长');
  });
});

describe('a provincial office and the 市 of 市场', () => {
  it("reads a province's office by its field", () => {
    expect(of('江苏省互联网信息办公室对该公司开展检查。')).toEqual(['江苏省互联网信息办公室']);
  });
  it('reads no city before 市场', () => {
    expect(of('如有问题，可拨打市场监管总局热线反映。')).toEqual([]);
    expect(of('深圳市市场监督管理局对其立案。')).toEqual(['深圳市市场监督管理局']);
  });
});
