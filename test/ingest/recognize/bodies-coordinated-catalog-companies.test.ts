// A name the grammar reads over two companies joined by "and", one of them the catalog's ("Huawei and ZTE Corporation"),
// is two names: the catalog's company is one conjunct, not a word of a longer name (recognize/index.ts outranks).
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const mentions = (md: string): string[] => mentionsOf(recogniseMarkdown(md)).map((m) => `${m.surface}=${m.id}`);

describe('two companies joined by "and" where the catalog knows one', () => {
  it('are two names, not one', () => {
    const found = mentions('Last spring the regulator named Huawei and ZTE Corporation in its order.');
    expect(found).toContain('Huawei=company:huawei');
    expect(found).toContain('ZTE Corporation=company:zte');
    expect(found.some((m) => m.startsWith('Huawei and'))).toBe(false);
  });
  it('keeps a catalog name inside a longer name that no "and" joins it to', () => {
    expect(mentions('The regulator met Huawei Technologies Co., Ltd. in May.')).toContain('Huawei Technologies Co., Ltd.=company:huawei');
  });
});
