// Chinese goods named after a word of scope (全国, 'nationwide') or use (民用, 'civil'), a preposition of reliance (依托, 基于) or a verb of laying
// out where goods may go (划设, 划定): none of these is part of the product's name. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);

describe('a Chinese product name after a word that is no part of it', () => {
  it('starts after a word of scope, and a scope word alone before the head is no name', () => {
    expect(names('主管机构对全国巡检机器人实施统一监管。')).toEqual(['巡检机器人']);
    expect(names('各地应当统计全省机器人数量。')).toEqual([]);
  });
  it('starts after a preposition of reliance', () => {
    expect(names('有关部门依托水下机器人平台共享信息。')).toEqual(['水下机器人']);
    expect(names('基于巡检机器人开展作业。')).toEqual(['巡检机器人']);
  });
  it('starts after a verb of laying out where goods may go', () => {
    expect(names('划设农业航空器作业区域应当遵循安全原则。')).toEqual(['农业航空器']);
    expect(names('机构应当划定载人航空器航线。')).toEqual(['载人航空器']);
  });
  it('starts after a word of use, as "consumer drones" are drones', () => {
    expect(names('禁止销售民用巡检机器人和消费级水下机器人。')).toEqual(['巡检机器人', '水下机器人']);
    expect(names('禁止销售民用机器人。')).toEqual([]);
  });
  it('starts after 为 (\'for\')', () => {
    expect(names('机构应当为巡检机器人划定作业区域。')).toEqual(['巡检机器人']);
  });
});
