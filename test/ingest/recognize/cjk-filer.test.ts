// A Chinese filing's 本公司 names the company its title opens with (recognize/filer.ts). Own sentences, invented names
// (helper-144).
import { describe, expect, it } from 'vitest';
import { recognised, surfaceIdsOf } from '../one-sentence.ts';

const companies = (md: string): string[] => {
  return surfaceIdsOf(recognised(md, { language: 'zh' }), 'Company');
};

describe("a Chinese filing's word for its filer", () => {
  it('reads 本公司 as the company the title opens with', () => {
    const found = companies('# 岚峰飞控科技股份有限公司关于被列入实体清单的公告\n\n美方将本公司列入实体清单。本公司生产经营正常。');
    // Headings are read after the body.
    expect(found.sort()).toEqual(['岚峰飞控科技股份有限公司=company:~岚峰飞控科技股份有限公司', '本公司=company:~岚峰飞控科技股份有限公司', '本公司=company:~岚峰飞控科技股份有限公司'].sort());
  });
  it('reads no filer where the title names none before 关于', () => {
    expect(companies('# 关于实体清单的说明\n\n美方将本公司列入实体清单。')).toEqual([]);
  });
});
