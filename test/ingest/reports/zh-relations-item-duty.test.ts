// Chinese decisions (own sentences, fictional companies): a numbered item after the deciding body's lead-in
// ("…作出如下决定：") whose subject is a class bound by a duty (应/应当/须: "（二）各级政务部门应停止采购X") lays that duty
// on the class in the body's voice, so the body bans what the item bars (zh-relations.yaml itemDuty).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '决定' });

describe("a class's duty in a decision's numbered item", () => {
  it("is the deciding body's ban of the goods and their maker", () => {
    const text = '依据有关规定，数据安全审查办公室作出如下审查结论：\n\n（一）乙峰存储公司在华销售的产品未通过审查；\n\n（二）各级政务部门应停止采购乙峰存储公司的移动固态硬盘。';
    expect(stated(text)).toEqual(['authority:~数据安全审查办公室 RESTRICTS product:~移动固态硬盘', 'authority:~数据安全审查办公室 RESTRICTS company:~乙峰存储公司']);
    const inline = '数据安全审查办公室公布处理结果如下：（一）乙峰存储公司的产品未通过审查；（二）电信运营企业应当停止使用乙峰存储公司的移动固态硬盘。';
    expect(stated(inline)).toEqual(['authority:~数据安全审查办公室 RESTRICTS product:~移动固态硬盘', 'authority:~数据安全审查办公室 RESTRICTS company:~乙峰存储公司']);
  });
  it('states nothing where the lead-in only advises, or the item names a party of its own', () => {
    expect(stated('数据安全审查办公室建议如下：\n\n（一）各级政务部门应停止采购乙峰存储公司的移动固态硬盘。')).toEqual([]);
    expect(stated('数据安全审查办公室作出如下决定：\n\n（一）乙峰存储公司应停止销售移动固态硬盘。')).toEqual([]);
  });
  it('outside an item, a class bound by a duty still states nothing of its own', () => {
    expect(stated('各级政务部门应停止采购乙峰存储公司的移动固态硬盘。')).toEqual([]);
  });
});
