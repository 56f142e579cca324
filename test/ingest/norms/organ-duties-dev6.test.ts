// Organs acting on others and duties owed to organs, read by grammar: the rules added with the sixth
// development set (test/gold/norms-dev6.yaml). The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

describe("an organ's duty that acts on others", () => {
  it('a subject ends before a verb and its object pronoun (委托他人), so the organ holds the supervision', () => {
    const [f] = zh('省级邮政管理机构委托他人运行信息系统，应当明确受托方的责任，监督受托方履行安全保护义务。');
    expect(f?.bearer?.term).toBe('省级邮政管理机构');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['省级邮政管理机构']);
  });

  it('the verb after a second modal of the same duty (…，并应当监督…) is read', () => {
    const [f] = zh('国家铁路局应当经过严格的审批程序，并应当监督承运单位履行安全义务。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国家铁路局']);
  });

  it.each([
    ['stopping conduct and holding liable', '县级以上地方人民政府有关部门发现违法施工的，应当及时予以制止，依法追究法律责任。', '县级以上地方人民政府有关部门'],
    ['designating parties as targets that bear duties', '国家铁路局应当会同有关部门，将危险性较大的车站确定为重点防护单位。', '国家铁路局'],
  ])('%s empowers the organ', (_, text, organ) => {
    const [f] = zh(text);
    expect(f?.modality).toBe('DUTY');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([organ]);
  });

  it('protecting persons acts on no one', () => {
    const [f] = zh('有关部门应当采取必要措施，予以保护。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([]);
  });
});

describe('duties owed to an organ', () => {
  it('a centre named as a national one (国家…中心) is a state body', () => {
    const [f] = zh('有关部门应当将收集的线索及时报送国家气象灾害预警中心。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['国家气象灾害预警中心']);
  });

  it('a centre without the state in its name is not', () => {
    const [f] = zh('运营单位应当向技术服务中心报送运行日志。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });

  it('根据X的要求，及时提供: a comma between the request and the giving', () => {
    const [f] = zh('有关部门应当根据国家气象灾害预警中心的要求，及时提供监测数据。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['国家气象灾害预警中心']);
  });

  it('a report named as the topic before an exception is owed where the report went', () => {
    const fs = zh('经营者应当每年向省级邮政管理机构报送安全评估报告，邮政管理机构应当及时通报同级公安机关。大型经营者报送的安全评估报告，除包括前款规定的内容外，还应当说明供应链安全情况。');
    expect(authorityTerms(fs.at(-1), 'OWED_TO')).toEqual(['省级邮政管理机构']);
  });

  it('cooperation named only in the condition owes the organ nothing', () => {
    const [f] = zh('配合铁路公安机关调查的人员因此受到威胁时，有关部门应当采取必要措施，予以保护。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual([]);
  });
});

describe('markers that belong to another norm', () => {
  // Points on lines of their own, as statutes print them.
  it("the bans listed as a power's measures are its content, not prohibitions", () => {
    const fs = zh('公安机关可以责令嫌疑人员遵守下列措施：\n（一）未经批准不得离开居住地；\n（二）不得进入特定场所。');
    expect(fs.map((f) => f.modality)).toEqual(['POWER']);
  });

  it("a party's list of bans stays prohibitions", () => {
    const fs = zh('经营者应当遵守下列规定：\n（一）不得泄露用户信息；\n（二）不得擅自停止服务。');
    expect(fs.map((f) => f.modality)).toEqual(['DUTY', 'PROHIBITION', 'PROHIBITION']);
  });

  it('方可 after a duty is its condition, not a permission of its own', () => {
    const fs = zh('经营者应当在开业前向邮政管理机构报告，经确认后方可营业。');
    expect(fs.map((f) => f.modality)).toEqual(['DUTY']);
    expect(authorityTerms(fs[0], 'OWED_TO')).toEqual(['邮政管理机构']);
  });

  it('方可 alone is still read', () => {
    expect(zh('经营者取得许可后，方可营业。').map((f) => f.modality)).toEqual(['PERMISSION']);
  });
});
