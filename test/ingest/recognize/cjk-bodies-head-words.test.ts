// A Chinese national body's head is no word that ends on it (部署 on 署, 大局 and 布局 on 局) (grammar/names.yaml
// cjk-bodies), and a national body of a field's work (国家X工作机构). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (t: string): string[] => [...new Set(findBodies(t).filter((f) => f.rule === 'cjk:body').map((f) => f.surface))];

describe('a national body by its head', () => {
  it('is a bureau or administration', () => {
    expect(bodies('国家统计局应当按季度公布数据。')).toEqual(['国家统计局']);
    expect(bodies('由国家知识产权局审查。')).toEqual(['国家知识产权局']);
  });
  it('is no deployment, layout or situation', () => {
    expect(bodies('确保国家发展规划和重大部署落实。')).toEqual([]);
    expect(bodies('服务国家发展大局。')).toEqual([]);
    expect(bodies('优化国家产业布局。')).toEqual([]);
  });
});

describe('a national body of a field\'s work', () => {
  it('is 国家, the field and 工作机构', () => {
    expect(bodies('国家保密工作机构应当加强指导。')).toEqual(['国家保密工作机构']);
    expect(bodies('任何人不得阻碍国家海洋预报工作机构依法开展工作。')).toEqual(['国家海洋预报工作机构']);
  });
  it('opens at the last 国家 before it (the state as a clause\'s subject is none of it)', () => {
    expect(bodies('国家加强国家保密工作机构建设。')).toEqual(['国家保密工作机构']);
  });
  it('is no unit another body sets up', () => {
    expect(bodies('国家机关设立的工作机构应当备案。')).toEqual([]);
    expect(bodies('有关单位可以设立工作机构。')).toEqual([]);
  });
});
