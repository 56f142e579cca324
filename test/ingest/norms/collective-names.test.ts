// Collective names a statute gives (issue 12): "X统称为Y" in a sentence of its own defines Y as "（以下统称Y）" does,
// and a long form whose parties are joined by 与 (X与Y（以下统称Z）) names both, as 和 does. Bodies an earlier
// paragraph named (前款规定的部门统称为…) are one defined term of the statute's own. The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { normContext } from '../../../ingest/norms/extract.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';
import { authorityTerms, readArticle } from './read.ts';

const definitions = (text: string) => {
  const p = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text, paragraphs: [] };
  return normContext([p], 'zh', defaultVocabulary(), 'cn').definitions.map((d) => ({ term: d.term, covers: d.covers }));
};
const powerOf = (text: string) => readArticle(text, 'zh', 'cn').find((f) => f.modality === 'POWER');

describe('X统称为Y', () => {
  it('bodies named together are each empowered by the collective name', () => {
    const text = '海关和国务院公安部门统称为执法部门。执法部门可以对进口商进行检查。';
    expect(definitions(text)).toEqual([{ term: '执法部门', covers: ['海关', '国务院公安部门'] }]);
    expect(authorityTerms(powerOf(text), 'EMPOWERS')).toEqual(['海关', '国务院公安部门']);
  });
  it('the bodies of earlier paragraphs make one defined term', () => {
    const text = '国务院有关部门依照本法负责监督管理工作。前款规定的部门统称为履行保护职责的部门。履行保护职责的部门可以对进口商进行检查。';
    expect(definitions(text)).toEqual([{ term: '履行保护职责的部门', covers: [] }]);
    expect(authorityTerms(powerOf(text), 'EMPOWERS')).toEqual(['履行保护职责的部门']);
  });
});

describe('a long form joined by 与', () => {
  it('names both bodies, each empowered by the short form', () => {
    const text = '海关与国务院公安部门（以下统称执法部门）应当加强协作。执法部门可以对进口商进行检查。';
    expect(definitions(text)).toEqual([{ term: '执法部门', covers: ['海关', '国务院公安部门'] }]);
    expect(authorityTerms(powerOf(text), 'EMPOWERS')).toEqual(['海关', '国务院公安部门']);
  });
  it('keeps a party noun that begins like a preposition whole (经营者)', () => {
    expect(definitions('电信业务经营者与互联网信息服务提供者（以下统称服务提供者）应当配合海关。')[0]?.covers).toEqual(['电信业务经营者', '互联网信息服务提供者']);
  });
  it('与 after a verb is still a preposition, not a coordinator', () => {
    expect(definitions('进口商应当与海关签订协议（以下简称监管协议）。')[0]?.covers).toEqual([]);
  });
});
