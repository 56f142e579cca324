// Authorities follow the organ a sentence names, whatever the organ is called (issue 12): organ names the
// vocabularies do not list, made as Chinese law makes them (level + region + domain + 主管部门/管理机构/机关,
// 所在地海关, 国家铁路局), in the frames statutes put organs in. Renaming the organ must rename the
// authority. The organ names are ordinary Chinese administrative names; the sentences are the team's own.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

const ORGANS = ['国务院水利行政主管部门', '县级以上地方人民政府交通运输主管部门', '所在地海关', '省、自治区、直辖市邮政管理机构', '国家铁路局', '县级以上审计机关', '设区的市级人民政府生态环境主管部门'];

// Each frame: the sentence with the organ as X, the finding read, the role, and what the organ's term must be.
const FRAMES: { name: string; text: string; pick: (fs: NormFinding[]) => NormFinding | undefined; role: 'EMPOWERS' | 'OWED_TO' }[] = [
  { name: 'a report to it', text: '电信业务经营者应当向X报告。', pick: (fs) => fs[0], role: 'OWED_TO' },
  { name: 'its power over a party', text: 'X可以对进口商进行检查。', pick: (fs) => fs[0], role: 'EMPOWERS' },
  { name: 'its order in a penalty', text: '违反本法第十条规定的，由X责令改正，给予警告。', pick: (fs) => fs[0], role: 'EMPOWERS' },
  { name: 'the fine after it in the penalty', text: '违反本法第十条规定的，由X责令改正；拒不改正的，处一万元以上十万元以下罚款。', pick: (fs) => fs.at(-1), role: 'EMPOWERS' },
  { name: 'cooperating with its inspection', text: 'X依法对认证机构实施监督检查，认证机构应当予以配合。', pick: (fs) => fs.find((f) => f.modality === 'DUTY'), role: 'OWED_TO' },
  { name: 'filing with it', text: '认证机构应当将检验结果报X备案。', pick: (fs) => fs[0], role: 'OWED_TO' },
  { name: 'not obstructing it', text: '进口商不得拒绝、阻碍X依法进行的监督检查。', pick: (fs) => fs[0], role: 'OWED_TO' },
  { name: 'its request', text: '认证机构应当按照X的要求报送相关材料。', pick: (fs) => fs[0], role: 'OWED_TO' },
  { name: 'its inspection in the sentence before', text: 'X依照本法规定对认证机构进行监督检查。被检查单位应当如实提供有关材料。', pick: (fs) => fs.at(-1), role: 'OWED_TO' },
  { name: 'accepting its supervision', text: '认证机构应当接受X的监督检查。', pick: (fs) => fs[0], role: 'OWED_TO' },
];

describe('an organ the vocabulary does not know, in the frames statutes use', () => {
  for (const frame of FRAMES) {
    it.each(ORGANS)(`${frame.name}: %s`, (organ) => {
      const f = frame.pick(zh(frame.text.replace('X', organ)));
      expect(authorityTerms(f, frame.role)).toEqual([organ]);
    });
  }
});

describe('two organs of one generic class are two authorities', () => {
  it('both are owed a report', () => {
    const [f] = zh('网络运营者应当向国务院卫生健康主管部门、国务院商务主管部门报告。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['国务院卫生健康主管部门', '国务院商务主管部门']);
  });
  it('coordinated with a known organ, an organ keeps its whole name (not the generic class its name ends in)', () => {
    const [f] = zh('县级以上地方人民政府交通运输主管部门、公安机关可以责令有关单位限期改正。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['县级以上地方人民政府交通运输主管部门', '公安机关']);
    const [g] = zh('网络运营者应当向国务院电信主管部门和公安机关报告。');
    expect(authorityTerms(g, 'OWED_TO')).toEqual(['国务院电信主管部门', '公安机关']);
  });
  it('both hold a joint power (会同)', () => {
    const [f] = zh('设区的市级人民政府生态环境主管部门会同国务院商务主管部门可以依法采取相应的必要措施。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['设区的市级人民政府生态环境主管部门', '国务院商务主管部门']);
  });
  it('a bearer of the class owes its duty to the other organ, not to itself', () => {
    const [f] = zh('对设区的市级人民政府生态环境主管部门通知不准出境的人员，国务院商务主管部门应当按照国家有关规定执行。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['设区的市级人民政府生态环境主管部门']);
  });
  it('departments bound to support owe it to the organs named before them', () => {
    const fs = zh('国务院自然资源主管部门、省、自治区、直辖市邮政管理机构开展专门工作，可以依法采取必要手段，有关部门应当在职责范围内提供支持和配合。');
    expect(authorityTerms(fs[0], 'EMPOWERS')).toEqual(['国务院自然资源主管部门', '省、自治区、直辖市邮政管理机构']);
    expect(authorityTerms(fs.find((f) => f.modality === 'DUTY'), 'OWED_TO')).toEqual(['国务院自然资源主管部门', '省、自治区、直辖市邮政管理机构']);
  });
});

describe('names with 的 or 、 inside', () => {
  it('设区的市 is no relative clause over the bodies coordinated with it', () => {
    const [f] = zh('设区的市级人民政府生态环境主管部门和国务院商务主管部门可以要求经营者停止传输。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['设区的市级人民政府生态环境主管部门', '国务院商务主管部门']);
  });
  it('a short form for bodies of 省、自治区、直辖市 stands for each body, the 、 of the level name listing none', () => {
    const fs = zh('国务院交通运输主管部门和省、自治区、直辖市交通运输管理机构（以下统称交通运输管理机构）依法实施监督管理。交通运输管理机构可以对经营者进行检查。');
    const power = fs.find((f) => f.modality === 'POWER');
    expect(authorityTerms(power, 'EMPOWERS')).toEqual(['国务院交通运输主管部门', '省、自治区、直辖市交通运输管理机构']);
  });
});

describe('a subject that defines its own short form', () => {
  it('the bracketed definition is no part of the bearer: the long form is read, the short form binds it later', () => {
    const fs = zh('关键信息基础设施的运营者（以下简称运营者）应当保存日志。运营者应当配合公安机关。');
    expect(fs[0]?.bearer?.refs.map((r) => r.term)).toEqual(['关键信息基础设施的运营者']);
    expect(fs[1]?.bearer?.refs.map((r) => r.id)).toEqual(fs[0]?.bearer?.refs.map((r) => r.id));
  });
  it('so is a collective short form after coordinated bodies', () => {
    const [f] = zh('国务院水利主管部门和省、自治区、直辖市水利管理机构（以下统称水利管理机构）可以责令改正。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国务院水利主管部门', '省、自治区、直辖市水利管理机构']);
  });
});

describe('bodies named by an earlier provision (前款规定的部门, 上述部门)', () => {
  it('a power of 前款规定的部门 empowers the body named before', () => {
    const fs = zh('国家铁路局负责全国铁路安全的监督管理工作。前款规定的部门可以对铁路运输企业进行监督检查。');
    expect(authorityTerms(fs.find((f) => f.modality === 'POWER'), 'EMPOWERS')).toEqual(['国家铁路局']);
  });
  it('上述部门 names every body the sentence before coordinated, and a duty to cooperate is owed to them', () => {
    const fs = zh('所在地海关和县级以上审计机关负责有关工作。上述部门应当对检测机构进行监督检查，检测机构应当予以配合。');
    expect(authorityTerms(fs[0], 'EMPOWERS')).toEqual(['所在地海关', '县级以上审计机关']);
    expect(authorityTerms(fs[1], 'OWED_TO').sort()).toEqual(['所在地海关', '县级以上审计机关'].sort());
  });
});
