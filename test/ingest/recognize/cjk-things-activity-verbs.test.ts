// Chinese goods in a regulation's sentences: a verb of promoting or carrying out activities, a two-character preposition
// (通过, 依照, 依法) and a size class (小型, 大型) are no part of a product's name; 航空器 heads one. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('a Chinese product name in a regulation', () => {
  it('starts after a verb of promoting, organising or carrying out an activity', () => {
    expect(names('本办法旨在促进巡检机器人产业健康发展。')).toEqual(['巡检机器人']);
    expect(names('协会应当宣传水下机器人安全知识。')).toEqual(['水下机器人']);
    expect(names('有关单位可以组织巡检机器人作业。')).toEqual(['巡检机器人']);
    expect(names('增强企业依法开展水下机器人作业的意识。')).toEqual(['水下机器人']);
  });
  it('starts after a two-character preposition', () => {
    expect(names('企业可以通过卫星基站中继传输。')).toEqual(['卫星基站']);
  });
  it('leaves a size class out, as it leaves 新型 out', () => {
    expect(names('禁止销售大型农业航空器和小型巡检机器人。')).toEqual(['农业航空器', '巡检机器人']);
    expect(names('禁止销售大型和小型航空器。')).toEqual([]);
  });
  it('is headed by 航空器 (aircraft)', () => {
    expect(names('海关对载人航空器实施检查。')).toEqual(['载人航空器']);
  });
});

describe('a Chinese product name after a sanction', () => {
  it('starts after the 处 of a fine, and keeps the 处 of 处理', () => {
    expect(names('违反规定的，处巡检机器人货值金额1倍以上的罚款。')).toEqual(['巡检机器人']);
    expect(names('禁止进口图像处理芯片。')).toEqual(['图像处理芯片']);
  });
});
