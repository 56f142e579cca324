// A Chinese title with its status in brackets after its ending (（征求意见稿）, （草案）, （试行）) is an instrument's
// (grammar/instruments.yaml cjk.status-tails), and a verb of directing (要求, 责令, 督促) is no part of a product's name
// (cjk-things.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const laws = (sentence: string): string[] =>
  surfacesOf(recogniseMarkdown(`# 说明\n\n${sentence}`), 'Law');

describe('a Chinese title with its status after its ending', () => {
  it('names an instrument: a draft for comment, a bill, a measure on trial', () => {
    expect(laws('主管部门发布了《巡检机器人安全管理办法（征求意见稿）》。')).toEqual(['《巡检机器人安全管理办法（征求意见稿）》']);
    expect(laws('会议审议了《海上风电设施保护条例（草案）》。')).toEqual(['《海上风电设施保护条例（草案）》']);
    expect(laws('各地执行《水下机器人登记规定（试行）》。')).toEqual(['《水下机器人登记规定（试行）》']);
  });
  it('names none where the words before the status end in no instrument\'s word', () => {
    expect(laws('他们出版了《巡检机器人发展报告（征求意见稿）》。')).toEqual([]);
  });
});

describe('a verb of directing before goods', () => {
  it('opens the name and is no part of it', () => {
    const names = (t: string): string[] => findCjkThings(t).map((f) => f.surface);
    expect(names('办法要求巡检机器人生产企业建立档案。')).toEqual(['巡检机器人']);
    expect(names('主管部门责令水下机器人停止作业。')).toEqual(['水下机器人']);
  });
});
