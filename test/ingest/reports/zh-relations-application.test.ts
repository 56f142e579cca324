// An activity on goods that needs an authority's licence or approval (从事X的…活动，应当向A申请取得…许可): the authority
// regulates the goods. Own sentences (fictional bodies and goods).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string): string[] => statedInOrder(text, { language: 'zh', title: '巡检机器人作业管理办法' });

describe('an activity on goods that needs an authority\'s licence', () => {
  it('makes the authority applied to regulate the goods named after 从事', () => {
    const r = stated('从事中型、大型巡检机器人的生产和进口活动，应当向国务院工业主管部门申请取得生产许可。');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^authority:~国务院工业主管部门 REGULATES product:~巡检机器人$/);
  });
  it('states nothing where the authority is only reported to, or where no activity is engaged in', () => {
    expect(stated('从事中型、大型巡检机器人的生产活动，应当向国务院工业主管部门报告。')).toEqual([]);
    expect(stated('生产者应当向国务院工业主管部门申请取得巡检机器人生产许可。')).toEqual([]);
  });
});
