// Chinese sentences (own, fictional companies) where a date opens the construction's clause, after the actor's basis
// clause ("…按照…的规定，于2025年5月6日对…"), and where the actor is a body named by the review it carries out
// (…审查办公室, …审查工作机制), its goods headed by 硬盘 or 存储器 (names.yaml cjk-bodies, things.yaml cjk-heads,
// zh-relations.yaml adverbs).
import { describe, expect, it } from 'vitest';
import { analyseText, statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '报道' });
const names = (text: string): string[] => analyseText(text, { language: 'zh', title: '报道' }).rec.entities.map((e) => e.name);

describe('a dated clause and a body named by its review', () => {
  it('reaches the actor across a basis clause into a clause that opens with a date', () => {
    expect(stated('商务部按照有关规定，于2025年5月6日将甲岭科技公司列入出口管制管控名单。')).toEqual(['authority:mofcom ADDS_TO_LIST company:~甲岭科技公司']);
    expect(stated('商务部依据《出口管制法》，3月9日将甲岭科技公司列入出口管制管控名单。')).toEqual(['authority:mofcom ADDS_TO_LIST company:~甲岭科技公司']);
    // A date does not make an intention an act.
    expect(stated('商务部按照有关规定，拟于2025年5月6日将甲岭科技公司列入出口管制管控名单。')).toEqual([]);
  });
  it('names a body by the review or coordination it carries out, and reads its review of goods headed by 硬盘', () => {
    expect(names('数据安全审查办公室会同外交部、海关总署等安全审查工作机制成员单位开展工作。')).toEqual(expect.arrayContaining(['数据安全审查办公室', '安全审查工作机制']));
    expect(stated('数据安全审查办公室于2025年2月3日对乙峰存储公司在华销售的移动固态硬盘启动网络安全审查。')).toEqual([
      'authority:~数据安全审查办公室 INVESTIGATES company:~乙峰存储公司',
      'authority:~数据安全审查办公室 INVESTIGATES product:~移动固态硬盘',
    ]);
    // An office named by its function alone is no body (办公室 of an ordinary unit).
    expect(names('他在总经理办公室等候。')).not.toContain('总经理办公室');
  });
});
