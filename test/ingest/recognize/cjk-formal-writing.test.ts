// Chinese names in the formal writing of official letters (之 for 的, 前揭 for 上述, a brand before goods, 另 before a
// body) and two forms of names: 经济部 (two characters before 部) and a registered name with its place in brackets. Own
// sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';
import { analyseText } from '../reports/helpers.ts';

const bodies = (t: string): string[] => findBodies(t).map((f) => f.surface);
const things = (t: string): string[] => findCjkThings(t).map((f) => f.surface);
const mentions = (t: string): string[] => analyseText(t, { language: 'zh' }).rec.sentences.flatMap((f) => f.mentions.map((m) => m.surface));

describe('bodies in formal Chinese writing', () => {
  it('reads a ministry whose name before 部 is 经济, and one after 另', () => {
    expect(bodies('抄送：交通部、经济部。')).toEqual(expect.arrayContaining(['交通部', '经济部']));
    expect(bodies('另财政部前于3月函知各机关。')).toEqual(['财政部']);
    expect(bodies('另外，财政部表示反对。')).toEqual(['财政部']);
  });
});

describe('goods in formal Chinese writing', () => {
  it('opens a name after 之, the formal 的', () => {
    expect(things('既有之军用无人机应于年底前报废。')).toEqual(['军用无人机']);
  });
  it('leaves a brand out of the goods\' name, and names nothing by a brand and a bare head', () => {
    expect(things('机关不得采购境外品牌工业路由器。')).toEqual(['工业路由器']);
    expect(things('机关不得采购境外品牌路由器。')).toEqual([]);
  });
  it('reads 前揭 and 上开 as determiners, no part of a name', () => {
    expect(things('前揭设备应列册管理。')).toEqual([]);
    expect(things('上开热成像摄影机应停止使用。')).toEqual(['热成像摄影机']);
  });
  it('reads 器材 and 遥控器 as heads of goods', () => {
    expect(things('加强对射频器材的审验。')).toEqual(['射频器材']);
    expect(things('禁止进口无人机遥控器。')).toEqual(['无人机遥控器']);
  });
});

describe('companies and lists in formal Chinese writing', () => {
  it('reads a registered name with its place in brackets before its form, and a name after 为', () => {
    expect(mentions('商务部将澄江存储科技（南京）有限公司列入管控名单。')).toContain('澄江存储科技（南京）有限公司');
    // A clause too long before 为 to be a name's start: the name starts after it.
    expect(mentions('经查涉案无人机及其地面控制站主要为云岫光电科技有限公司制造。')).toContain('云岫光电科技有限公司');
  });
  it('reads a register (清册) as a named list', () => {
    expect(mentions('数字事务署已将上述产品列入危害网络安全产品清册。')).toContain('危害网络安全产品清册');
  });
});
