// A Chinese national body's head is no word that ends on it (部署 on 署, 大局 and 布局 on 局) (grammar/names.yaml
// cjk-bodies). Own sentences.
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
