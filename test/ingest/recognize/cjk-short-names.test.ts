// A Chinese body's head alone names it after its full name, when it is the document's one body of that head.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { recognise } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';

const matcher = Matcher.fromCatalog(loadCatalog().entries);
const authorities = (md: string): string[] => {
  const source = textSource(md, 'markdown');
  return recognise(parseReport({ ...source, entry: { ...source.entry, language: 'zh' } }), matcher)
    .sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Authority').map((m) => `${m.surface}=${m.id}`));
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
