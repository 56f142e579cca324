// Chinese controlled goods by their heads (武器, 枪支, 弹药, 化学品, 病原体, 物品), a head standing alone as a whole conjunct of a
// coordination, and a verb of occurrence before goods (grammar/things.yaml cjk-heads; cjk-things.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('Chinese controlled goods', () => {
  it('are named by their heads', () => {
    expect(names('仓库存放的危险化学品和传染病病原体应当专人保管。')).toEqual(['危险化学品', '传染病病原体']);
    expect(names('禁止销售易燃物品。')).toEqual(['易燃物品']);
  });
  it('leave a generic head alone unnamed', () => {
    expect(names('没收前款规定的物品。')).toEqual([]);
  });
});

describe('a head alone', () => {
  it('names its class as a whole conjunct of a coordination', () => {
    expect(names('海事部门应当加强水域、航空器和码头的巡查。')).toEqual(['航空器']);
    expect(names('禁止非法制造枪支、弹药。')).toEqual(['枪支', '弹药']);
  });
  it('names its class after the 等 of "X such as Y"', () => {
    expect(names('查获刀具等武器、弹药。')).toEqual(['武器', '弹药']);
  });
  it('names nothing outside a coordination, nor as a generic head or a part\'s', () => {
    expect(names('航空器的适航审定由主管部门负责。')).toEqual([]);
    expect(names('采购设备、软件和芯片。')).toEqual(['芯片']);
    expect(names('进口组件、部件和电池。')).toEqual(['电池']);
  });
});

describe('goods after a verb of occurrence', () => {
  it('start after the verb', () => {
    expect(names('发生激光雷达丢失的情形，应当报告。')).toEqual(['激光雷达']);
    expect(names('出现巡检机器人故障时。')).toEqual(['巡检机器人']);
  });
});

describe('goods after a verb of taking charge of their management', () => {
  it('start after the verb', () => {
    expect(names('主管部门负责巡检机器人的监督管理工作。')).toEqual(['巡检机器人']);
    expect(names('各地应当加强水下机器人管理。')).toEqual(['水下机器人']);
  });
  it('hold no adverb of unlawfulness, which belongs to the clause', () => {
    expect(names('主管部门负责违规作业巡检机器人的处置。')).toEqual([]);
  });
});
