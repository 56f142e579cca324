// Departments named by fields sharing one head (issue 12): 国务院工业和信息化主管部门 is one department, 国务院公安、民用航空
// 主管部门 one name for the departments of two fields (kept as one term, as the development sets do), and neither
// is 国务院 alone; a list of such names with bodies of their own heads is each of them. Verbs listed before a body
// named as their object are no fields of its name. The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { type NormFinding, normContext } from '../../../ingest/norms/extract.ts';
import { authorityMentions } from '../../../ingest/norms/roles.ts';
import { defaultVocabulary } from '../../../ingest/vocab/index.ts';
import { authorityTerms, readArticle } from './read.ts';

const one = (text: string): NormFinding => {
  const [f] = readArticle(text, 'zh', 'cn');
  if (!f) throw new Error(`no norm in ${text}`);
  return f;
};

describe('a shared head after its fields is one name', () => {
  it.each([
    ['进口商应当向国务院工业和信息化主管部门报告。', ['国务院工业和信息化主管部门']],
    ['进口商应当向国务院公安、民用航空主管部门报告。', ['国务院公安、民用航空主管部门']],
    ['进口商应当向网信、电信、公安等主管部门报告。', ['网信、电信、公安等主管部门']],
  ])('owed: %s', (text, organs) => {
    expect(authorityTerms(one(text), 'OWED_TO')).toEqual(organs);
  });

  it('a list of a shared-head name and another body is two bearers', () => {
    const f = one('国务院工业和信息化主管部门、有关空中交通管理机构可以约谈进口商。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国务院工业和信息化主管部门', '有关空中交通管理机构']);
  });

  it('verbs listed before a body are not fields of its name', () => {
    const text = '进口商不得隐藏、转移、损毁海关查封的财物。';
    const p = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text, paragraphs: [] };
    const ctx = normContext([p], 'zh', defaultVocabulary(), 'cn');
    // (The last verb still runs into the name, 损毁海关, as before: verbs are not stops of a name.)
    const names = authorityMentions(ctx, text, ctx.m.mentions(text)).map((x) => text.slice(x.start, x.end));
    expect(names.filter((n) => /隐藏|转移/u.test(n))).toEqual([]);
  });
});

describe('state bodies coordinated after a modifier', () => {
  it('are each a body, the first keeping the modifier (边境地区的A及其B)', () => {
    const f = one('边境地区的县级以上地方人民政府及其主管部门，经国务院批准，可以与相邻国家开展合作。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['边境地区的县级以上地方人民政府', '主管部门']);
  });
  it('parties after a modifier stay one term', () => {
    expect(one('收到通知的单位和个人应当如实申报。').bearer?.refs).toHaveLength(1);
  });
});
