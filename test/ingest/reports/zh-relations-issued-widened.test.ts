// A body that issues or amends an instrument and in the same sentence widens its controls or lists firms (BIS's
// rules as Chinese writers report them), a case filed for investigation (立案调查), and 不可靠 (unreliable), which
// negates nothing; a licence applied for first (须先…申请许可). Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh' });

describe('relations of a body that issues or amends an instrument', () => {
  it('gives the controls widened and the firms listed after the issuing clauses to the body, not to the amended instrument', () => {
    expect(stated('美国商务部工业与安全局发布最终规则，修订《出口管理条例》，进一步扩大对激光雷达的管控范围，并将岚峰光电有限公司列入实体清单。')).toEqual([
      'authority:bis RESTRICTS product:~激光雷达',
      'authority:bis ADDS_TO_LIST company:~岚峰光电有限公司',
    ]);
  });
  it('reads a tightened control as one laid', () => {
    expect(stated('商务部决定收紧对激光雷达的出口管制。')).toEqual(['authority:mofcom RESTRICTS product:~激光雷达']);
    expect(stated('商务部不会收紧对激光雷达的出口管制。')).toEqual([]);
  });
});

describe('investigations', () => {
  it('reads 反倾销立案调查 and an unreliable-entity investigation as investigations', () => {
    expect(stated('商务部决定对原产于美国的模拟芯片进行反倾销立案调查。')).toEqual(['authority:mofcom INVESTIGATES product:~模拟芯片']);
    expect(stated('商务部宣布对岚峰光电有限公司启动不可靠实体清单调查。')).toEqual(['authority:mofcom INVESTIGATES company:~岚峰光电有限公司']);
    expect(stated('商务部不对岚峰光电有限公司启动调查。')).toEqual([]);
  });
});

describe('a licence to be applied for first', () => {
  it('reads 须先向…申请许可 as a licence requirement, not where it is waived', () => {
    expect(stated('根据该规定，向岚峰光电有限公司出口两用物项，须先向商务部申请许可。')).toEqual(['authority:mofcom RESTRICTS company:~岚峰光电有限公司']);
    expect(stated('根据该规定，向岚峰光电有限公司出口两用物项，无须先向商务部申请许可。')).toEqual([]);
  });
});
