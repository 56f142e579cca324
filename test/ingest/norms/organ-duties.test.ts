// An organ's duty that acts on others (应当 + an order, an inspection, a detention, a decision on a party) is
// also its power: it EMPOWERS the organ, whatever organ is named; a duty of its own office (planning,
// screening information, handling a complaint) does not. Added with the fifth development set
// (test/gold/norms-dev5.yaml). The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');
const first = (text: string): NormFinding | undefined => zh(text)[0];

describe("an organ's 应当 that acts on others empowers it", () => {
  it.each([
    ['a list of acts before the inspection', '县级以上地方人民政府交通运输主管部门应当依照有关规定对重点场所进行巡查、登记、检查。', '县级以上地方人民政府交通运输主管部门'],
    ['detaining what it finds', '所在地海关发现违禁物品的，应当依法扣留，并立即移送公安机关。', '所在地海关'],
    ['supervising a party in fulfilling its duties', '省、自治区、直辖市邮政管理机构应当指导、监督电信业务经营者履行安全保护义务。', '省、自治区、直辖市邮政管理机构'],
    ['an identification of a party', '国务院水利行政主管部门应当对检测机构进行认定。', '国务院水利行政主管部门'],
    ['organising an inspection', '国务院水利行政主管部门应当组织对检测机构的工作进行监督检查。', '国务院水利行政主管部门'],
    ['punishing a party', '县级以上审计机关应当依法对被审计单位予以处罚。', '县级以上审计机关'],
    ['investigating violations', '县级以上地方人民政府有关部门应当依法查处违法行为。', '县级以上地方人民政府有关部门'],
    ['putting a party on a list', '国家铁路局应当将违法企业列入严重违法失信名单。', '国家铁路局'],
    ['issuing a licence', '省、自治区、直辖市邮政管理机构应当向符合条件的申请人颁发经营许可证。', '省、自治区、直辖市邮政管理机构'],
    // The time phrase ends before the second 在: the verb of the duty is 作出 (a decision ordering a party).
    ['a decision after a time phrase that holds another 在', '设区的市级人民法院应当在期限届满前作出责令其在届满后接受监督的决定。', '设区的市级人民法院'],
  ])('%s', (_, text, organ) => {
    const f = first(text);
    expect(f?.modality).toBe('DUTY');
    expect(authorityTerms(f, 'EMPOWERS')).toContain(organ);
  });

  it.each([
    ['screening information', '国家铁路局应当对有关情报信息进行筛查、研判、核查。'],
    ['handling complaints', '受理举报的有关机关应当及时查处，并将结果告知举报人。'],
    ['drawing up a plan', '国家铁路局应当制定本行业安全规划。'],
  ])('not when it acts on no one: %s', (_, text) => {
    expect(authorityTerms(first(text), 'EMPOWERS')).toEqual([]);
  });
});

describe('armed forces as bearers', () => {
  it('reads 部队 and 解放军 as the heads of state bodies', () => {
    const f = first('中国人民解放军、中国人民武装警察部队发现正在实施危害活动的，应当立即报告公安机关。');
    expect(f?.bearer?.term).toBe('中国人民解放军、中国人民武装警察部队');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['公安机关']);
  });
});

describe('an organ stated as the topic of a sentence without a modal', () => {
  it('holds the power of the subjectless sentence after it', () => {
    const fs = zh('省、自治区、直辖市邮政管理机构对电信业务经营者进行监督检查。检查时，可以查阅、复制有关资料。');
    expect(fs).toHaveLength(1);
    expect(fs[0]?.modality).toBe('POWER');
    expect(authorityTerms(fs[0], 'EMPOWERS')).toEqual(['省、自治区、直辖市邮政管理机构']);
  });

  it('also after a competence clause (负责…)', () => {
    const f = zh('国家铁路局负责全国铁路安全监督管理。发现违法行为的，可以责令暂停相关业务。')[0];
    expect(f?.modality).toBe('POWER');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国家铁路局']);
  });

  it('not when the organ is an attribute (X的职责)', () => {
    const f = zh('国家铁路局的职责由国务院规定。必要时，可以调整。')[0];
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([]);
  });

  it('is what a later 向其 is directed to, not the bearer of that duty', () => {
    const f = zh('县级以上审计机关是本行政区域审计工作的主管机关。发现违法行为的，应当及时向其报告。')[0];
    expect(f?.modality).toBe('DUTY');
    expect(f?.bearer).toBeUndefined();
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['县级以上审计机关']);
  });
});
