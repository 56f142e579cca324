// A Chinese body's head alone names it after its full name, when it is the document's one body of that head.
import { describe, expect, it } from 'vitest';
import { recognised, surfaceIdsOf, surfacesOf } from '../one-sentence.ts';

const authorities = (md: string): string[] => {
  return surfaceIdsOf(recognised(md, { language: 'zh' }), 'Authority');
};

describe('Chinese body heads as short names', () => {
  it('reads 工作机制 as the one 工作机制 the document names in full', () => {
    expect(authorities('# 公告\n\n不可靠实体清单工作机制决定将甲公司列入清单。工作机制决定对乙公司开展调查。')).toEqual([
      '不可靠实体清单工作机制=authority:~不可靠实体清单工作机制',
      '工作机制=authority:~不可靠实体清单工作机制',
    ]);
  });
  it('reads no head alone when two bodies of that head are named', () => {
    expect(authorities('# 公告\n\n不可靠实体清单工作机制和出口管制管控名单工作机制决定。工作机制另行公告。')).toEqual([
      '不可靠实体清单工作机制=authority:~不可靠实体清单工作机制',
      '出口管制管控名单工作机制=authority:~出口管制管控名单工作机制',
    ]);
  });
});

// helper-144: a foreign company a Chinese text names with its state first is the same company without it.
const companies = (md: string): string[] => {
  return surfaceIdsOf(recognised(md, { language: 'zh' }), 'Company');
};

describe('a Chinese company name after its state', () => {
  it('names the company without the state later', () => {
    const found = companies('# 公告\n\n工作机制将美国岚峰防务系统公司列入不可靠实体清单。岚峰防务系统公司原为该企业的经销商。');
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.split('=')[1])).size).toBe(1);
  });
});

// helper-234: a Chinese company's name without its legal form (有限公司 ...) is the company, not goods on its last word.
describe('a Chinese company name without its legal form', () => {
  const things = (md: string): string[] => {
    return surfacesOf(recognised(md, { language: 'zh' }), ['Product', 'Technology']);
  };
  it('names the company, not a Product on its head, after its full name', () => {
    const md = '# 报道\n\n工信部对岚溪汽车有限公司在售的车型开展了检查。岚溪汽车表示将配合检查。';
    const found = companies(md);
    expect(found.map((f) => f.split('=')[0])).toEqual(['岚溪汽车有限公司', '岚溪汽车']);
    expect(new Set(found.map((f) => f.split('=')[1])).size).toBe(1);
    expect(things(md)).not.toContain('岚溪汽车');
  });
  it('takes no rest shorter than four characters, and none of a name without a legal form', () => {
    expect(companies('# 报道\n\n工信部对岚溪有限公司开展了检查。岚溪表示将配合检查。').map((f) => f.split('=')[0])).toEqual(['岚溪有限公司']);
  });
});
