// A body that lays out where goods may go or work (A应当为X…划设区域): it regulates the goods. Own sentences (fictional
// bodies and goods).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '巡检机器人作业管理办法' });

describe('a body that lays out an area for goods', () => {
  it('regulates the goods named after its 为', () => {
    expect(stated('水上交通管理机构应当为巡检机器人执行巡查任务优先划设作业区域。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
    expect(stated('水上交通管理机构可以为巡检机器人划定测试区域。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
  });
  it('states nothing without an area laid out, or where the goods are no object of its 为', () => {
    expect(stated('水上交通管理机构应当为巡检机器人提供服务。')).toEqual([]);
    expect(stated('水上交通管理机构认定巡检机器人为重点设备，并划定区域。')).toEqual([]);
  });
});

describe('goods that must keep to an area a body lays out', () => {
  it('are regulated by the body after 在', () => {
    expect(stated('巡检机器人应当在水上交通管理机构为作业码头划定的区域内作业。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
    expect(stated('巡检机器人只能在水上交通管理机构划定的区域内作业。')).toEqual(['authority:~水上交通管理机构 REGULATES product:~巡检机器人']);
  });
  it('are none where the goods are no subject keeping to the area', () => {
    expect(stated('巡检机器人的运营单位向在水上交通管理机构划定的区域内作业的船舶通报。')).toEqual([]);
  });
});

