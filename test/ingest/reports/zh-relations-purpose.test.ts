// A Chinese statute's stated purpose (为了规范X…，制定本条例): the instrument it makes regulates the goods its purpose
// clause names. Own titles and sentences (fictional acts).
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

const stated = (text: string, title: string): string[] => statedInOrder(text, { language: 'zh', title });

describe('the purpose clause of a Chinese statute', () => {
  it('makes the instrument it enacts regulate the goods it names after 规范', () => {
    const r = stated('为了规范巡检机器人作业活动，保障公共安全，制定本办法。', '巡检机器人作业管理办法');
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/ REGULATES product:~巡检机器人$/);
    expect(r[0]).toMatch(/巡检机器人作业管理办法/);
  });
  it('states nothing without an instrument the sentence makes, or goods outside the purpose clause', () => {
    expect(stated('为了规范巡检机器人作业活动，有关部门加强宣传。', '巡检机器人作业管理办法')).toEqual([]);
    expect(stated('为了保障公共安全，规范巡检机器人作业，制定本办法。', '巡检机器人作业管理办法')).toEqual([]);
  });
});
