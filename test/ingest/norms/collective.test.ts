// Several organs as one norm's authority: printed coordinated (A和B, A、B, "A and B") or through a short form the
// statute gives them together (A和B（以下统称X）, （以下合称X）; "A and B (hereinafter collectively 'the X')"). Each
// organ is its own authority link, with its own name; a short form of one organ stays one link. Issue 12.
// The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import { readDefinitions } from '../../../ingest/norms/definitions.ts';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { grammarOf } from '../../../ingest/norms/grammar.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');
const en = (text: string, jurisdiction = 'us'): NormFinding[] => readArticle(text, 'en', jurisdiction);
const of = (fs: NormFinding[], modality: string): NormFinding | undefined => fs.find((f) => f.modality === modality);

describe('organs printed coordinated', () => {
  it.each([
    ['和', '国家铁路局和国家邮政局可以查阅有关单位的资料。'],
    ['、', '国家铁路局、国家邮政局可以查阅有关单位的资料。'],
    ['及', '国家铁路局及国家邮政局可以查阅有关单位的资料。'],
    ['或者', '国家铁路局或者国家邮政局可以查阅有关单位的资料。'],
  ])('empower each (%s)', (_, text) => {
    expect(authorityTerms(of(zh(text), 'POWER'), 'EMPOWERS')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it('are each owed a duty to report', () => {
    expect(authorityTerms(of(zh('有关单位应当向国家铁路局和国家邮政局报告。'), 'DUTY'), 'OWED_TO')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it('each bear their own duty', () => {
    expect(authorityTerms(of(zh('国家铁路局和国家邮政局应当保守工作中知悉的商业秘密。'), 'DUTY'), 'BOUND')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it('English: names going on past their head are coordinated before the head is read', () => {
    const f = of(en('The Secretary of Commerce and the Attorney General may require any person to furnish information.'), 'POWER');
    expect(f?.authorities.filter((a) => a.role === 'EMPOWERS').map((a) => a.id)).toEqual(['authority:en:secretary', 'authority:en:attorney-general']);
  });
});

describe('a short form the statute gives several organs together', () => {
  const definition = '国家铁路局和国家邮政局（以下统称监管部门）负责本条例的监督管理。';

  it('empowers each organ, by its name in the definition', () => {
    expect(authorityTerms(of(zh(`${definition}监管部门可以查阅有关单位的资料。`), 'POWER'), 'EMPOWERS')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it('binds each organ to its duty, and a duty toward it is owed to each', () => {
    const fs = zh(`${definition}监管部门应当保守工作中知悉的商业秘密。有关单位应当向监管部门报告。`);
    expect(authorityTerms(fs[0], 'BOUND')).toEqual(['国家铁路局', '国家邮政局']);
    expect(authorityTerms(fs[1], 'OWED_TO')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it("empowers each organ through its staff (X工作人员)", () => {
    const f = of(zh(`${definition}监管部门工作人员可以查阅有关单位的资料。`), 'POWER');
    expect(f?.authorities.filter((a) => a.role === 'EMPOWERS').map((a) => a.id)).toEqual(['authority:zh:国家铁路局', 'authority:zh:国家邮政局']);
  });

  it('reads 合称 as 统称', () => {
    const text = '国家铁路局和国家邮政局（以下合称监管部门）负责本条例的监督管理。';
    expect(readDefinitions([{ locator: 'art_1', kind: 'article', number: '1', order: 1, text, paragraphs: [] }], 'zh', grammarOf('zh'))).toMatchObject([{ term: '监管部门', covers: ['国家铁路局', '国家邮政局'] }]);
    expect(authorityTerms(of(zh(`${text}监管部门可以查阅有关单位的资料。`), 'POWER'), 'EMPOWERS')).toEqual(['国家铁路局', '国家邮政局']);
  });

  it('stands for the whole coordination when a known organ ends it', () => {
    const fs = zh('国家铁路局和公安机关（以下统称监管部门）负责本条例的监督管理。监管部门可以查阅有关单位的资料。');
    expect(authorityTerms(of(fs, 'POWER'), 'EMPOWERS')).toEqual(['国家铁路局', '公安机关']);
  });

  it('keeps a member named by its level and those above it (县级以上) whole', () => {
    const fs = zh('国家邮政局和县级以上地方人民政府邮政管理机构（以下统称监管部门）负责本条例的监督管理。监管部门可以查阅有关单位的资料。');
    expect(authorityTerms(of(fs, 'POWER'), 'EMPOWERS')).toEqual(['国家邮政局', '县级以上地方人民政府邮政管理机构']);
  });

  it('English: "(hereinafter collectively \'the X\')"', () => {
    const fs = en("The Secretary of Commerce and the Attorney General (hereinafter collectively 'the Agencies') shall coordinate their work. The Agencies may require any person to furnish information. Each person shall report to the Agencies.");
    expect(of(fs, 'POWER')?.authorities.filter((a) => a.role === 'EMPOWERS').map((a) => a.id)).toEqual(['authority:en:secretary', 'authority:en:attorney-general']);
    expect(fs.at(-1)?.authorities.filter((a) => a.role === 'OWED_TO').map((a) => a.id)).toEqual(['authority:en:secretary', 'authority:en:attorney-general']);
  });
});

describe('a short form of one organ', () => {
  it('stays one link (以下简称)', () => {
    const f = of(zh('国家邮政局（以下简称监管部门）负责本条例的监督管理。监管部门可以查阅有关单位的资料。'), 'POWER');
    expect(f?.authorities.filter((a) => a.role === 'EMPOWERS')).toHaveLength(1);
  });

  it('stays one link (hereinafter)', () => {
    const f = of(en('The Federal Maritime Commission (hereinafter "the Commission") shall publish a list. The Commission may require any carrier to furnish information.'), 'POWER');
    expect(f?.authorities.filter((a) => a.role === 'EMPOWERS')).toHaveLength(1);
  });

  it('nor is a short form of one noun that a list modifies (微型、轻型…的适飞空域) a coordination', () => {
    const text = '微型、轻型无人驾驶航空器的适飞空域（以下简称适飞空域）由国家划设。';
    expect(readDefinitions([{ locator: 'art_1', kind: 'article', number: '1', order: 1, text, paragraphs: [] }], 'zh', grammarOf('zh'))).toMatchObject([{ term: '适飞空域', covers: [] }]);
  });
});
