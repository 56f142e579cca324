// Chinese people's congresses and their standing committees, national or by level, and a people's government by a level
// relative to another's (上一级, 上级, 同级, 本级) (grammar/names.yaml cjk-bodies). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): string[] => [...new Set(findBodies(t).filter((f) => f.rule === 'cjk:body').map((f) => f.surface))];

describe('a people\'s congress', () => {
  it('is the national congress, its standing committee whole, and their short names', () => {
    expect(bodies('该办法由全国人民代表大会常务委员会审议通过。')).toEqual(['全国人民代表大会常务委员会']);
    expect(bodies('重大事项报全国人民代表大会决定。')).toEqual(['全国人民代表大会']);
    expect(bodies('全国人大常委会听取了报告，全国人大批准了计划。')).toEqual(['全国人大常委会', '全国人大']);
  });
  it('is a local congress or its standing committee with its level whole', () => {
    expect(bodies('省级人民代表大会常务委员会应当监督实施。')).toEqual(['省级人民代表大会常务委员会']);
    expect(bodies('县级以上地方各级人民代表大会听取工作报告。')).toEqual(['县级以上地方各级人民代表大会']);
  });
  it('is no system, deputy or session of a congress', () => {
    expect(bodies('坚持和完善人民代表大会制度。')).toEqual([]);
    expect(bodies('全国人民代表大会代表可以提出议案。')).toEqual([]);
  });
});

describe('a people\'s government by a level relative to another', () => {
  it('is the level whole, not cut at 级', () => {
    expect(bodies('乡镇人民政府应当向上一级人民政府报告。')).toContain('上一级人民政府');
    expect(bodies('市场监督部门应当报上级人民政府批准。')).toEqual(['上级人民政府']);
    expect(bodies('本级人民政府应当公布名单。')).toEqual(['本级人民政府']);
  });
});

describe('a level from a level up', () => {
  it('opens after a conjunction, not with it', () => {
    expect(bodies('各级人民代表大会和县级以上地方各级人民代表大会常务委员会应当监督。')).toEqual(['各级人民代表大会', '县级以上地方各级人民代表大会常务委员会']);
    expect(bodies('省级人民政府和县级以上地方人民政府应当组织实施。')).toEqual(['省级人民政府', '县级以上地方人民政府']);
    expect(bodies('设区的市级以上地方人民政府应当公布。')).toEqual(['设区的市级以上地方人民政府']);
  });
});

describe('a people\'s government with a class after 以及, or a clause after it', () => {
  it('is the government alone', () => {
    expect(bodies('县级人民政府以及有关部门应当组织演练。')).toEqual(['县级人民政府']);
    expect(bodies('县级人民政府应当组织有关部门开展演练。')).toEqual(['县级人民政府']);
  });
});
