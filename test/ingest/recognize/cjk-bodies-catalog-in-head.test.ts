// A Chinese body named by its field and head (国务院公安部门, the State Council's public security department): a catalog
// name that ends inside the head (公安部 of 公安部门) is a misreading of its characters, and the State Council at its
// start is part of it. Own sentences.
import { describe, expect, it } from 'vitest';
import { recognised, surfacesOf } from '../one-sentence.ts';

const authorities = (md: string): string[] => {
  return surfacesOf(recognised(md, { language: 'zh' }), 'Authority');
};

describe('a catalog name that ends inside a Chinese body head', () => {
  it('gives way to the body: no ministry and no State Council of its own', () => {
    expect(authorities('# 规定\n\n检测机构应当将结果抄送国务院公安部门。')).toEqual(['国务院公安部门']);
  });
  it('leaves a catalog name that ends where the body ends, or stands alone, as it is', () => {
    expect(authorities('# 规定\n\n检测机构应当向公安部报告。')).toEqual(['公安部']);
    expect(authorities('# 规定\n\n经国务院批准，公安机关可以检查。')).toEqual(['国务院', '公安机关']);
  });
});
