// Chinese readings added with the fourth development set (test/gold/norms-dev4.yaml): bans named as things
// (对禁止…的物品, 通知不准出境的人员, 撤销不准出境决定), 负有责任的 as an attribute, sanction verbs inside a relative
// clause (没收的财物), mitigation with 可以 as a sanctioning discretion, powers coordinated after a first
// predicate (可以查询…，可以采取查封…措施), investigation (立案侦查) as an act on others, one norm for one
// organ's fine and order in one sentence, and duties that obey (服从) or execute (执行) an organ's decision. The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const read = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

const roles = authorityTerms;

describe('a ban named as a thing forbids nothing', () => {
  it('对禁止…的物品 in a condition is no prohibition', () => {
    expect(read('快递企业对禁止寄递的物品予以寄递的，由邮政管理部门处罚款。').map((f) => f.modality)).toEqual(['POWER']);
  });
  it('通知不准出境的人员 and 撤销不准出境决定 are no prohibitions; the duties around them stay', () => {
    const found = read('对公安机关通知不准出境的人员，边防检查机关应当执行。情形消失的，公安机关应当及时撤销不准出境决定。');
    expect(found.map((f) => f.modality)).toEqual(['DUTY', 'DUTY']);
  });
  it('a ban addressed to someone is still one', () => {
    expect(read('任何单位不准出售检测数据。')[0]?.modality).toBe('PROHIBITION');
  });
});

describe('attributes and relative clauses are not norms or sanctions', () => {
  it('负有责任的领导人员 is no duty to bear responsibility', () => {
    expect(read('情节严重的，对负有责任的领导人员，由监察机关依法给予处分。').map((f) => f.modality)).toEqual(['POWER']);
  });
  it('负有…责任 with an object is still a duty', () => {
    expect(read('经营单位负有保护用户信息的责任。')[0]?.modality).toBe('DUTY');
  });
  it('没收的财物 names property, not a confiscation', () => {
    expect(read('海关没收的货物，一律上缴国库。')).toEqual([]);
  });
});

describe('sanctioning discretion and coordinated powers', () => {
  it('可以从轻、减轻或者免除处罚 is a POWER, not a permission', () => {
    expect(read('违法行为人主动交代的，可以从轻、减轻或者免除处罚。')[0]?.modality).toBe('POWER');
  });
  it('可以查询 is a power of an organ, and so is a later 可以采取查封措施', () => {
    const [f] = read('税务机关调查逃税行为，经批准，可以查询纳税人的存款，可以采取查封、扣押措施。');
    expect(f?.modality).toBe('POWER');
    expect(roles(f, 'EMPOWERS')).toContain('税务机关');
  });
  it('an organ that 应当立案侦查 also acts on others', () => {
    const [f] = read('公安机关发现犯罪事实的，应当依照刑事诉讼法的规定立案侦查。');
    expect(f?.modality).toBe('DUTY');
    expect(roles(f, 'EMPOWERS')).toContain('公安机关');
  });
});

describe('powers found by scanning the corpus statutes that are not evaluation statutes', () => {
  it('可以认定 and 可以遣送出境 of an organ are POWERs', () => {
    expect(read('人民法院在审理案件中，可以依法认定违法组织。')[0]?.modality).toBe('POWER');
    expect(read('移民管理机构决定限期出境的人员未按期离境的，移民管理机构可以遣送出境。')[0]?.modality).toBe('POWER');
  });
  it('a later 可以进行…检查 makes the organ a holder of power; 指导有关单位 is a predicate, not a subject', () => {
    const found = read('海关可以会同有关部门制定检查规范，指导有关单位落实措施，对存在隐患的单位，经批准，可以进行专项检查。');
    expect(found).toHaveLength(1);
    expect(found[0]?.modality).toBe('POWER');
    expect(found[0]?.bearer?.term).toBe('海关');
  });
  it('不准确 (inaccurate) is no ban', () => {
    expect(read('经营单位应当避免因数据不准确造成损害。').map((f) => f.modality)).toEqual(['DUTY']);
  });
});

describe('adverbials of competence and 查处', () => {
  it('按照各自职责和任务分工 is one adverbial: the measures after it make the 可以 a POWER', () => {
    const [f] = read('各有关部门可以按照各自职责和任务分工，对违法经营的单位采取下列措施：');
    expect(f?.modality).toBe('POWER');
  });
  it('由X依法予以查处 is a sanction of X', () => {
    const [f] = read('对违法经营的单位，由市场监管部门依法予以查处。');
    expect(f?.modality).toBe('POWER');
    expect(roles(f, 'EMPOWERS')).toEqual(['市场监管部门']);
  });
});

describe('a modal before a prepositional phrase with 的', () => {
  it('有权对X的Y进行监督检查 is a power, not a marker inside an attribute', () => {
    const [f] = read('市场监管部门有权对产品的质量状况进行监督检查。');
    expect(f?.modality).toBe('POWER');
  });
  it('a marker inside an attribute (可以采取的措施) still states no norm', () => {
    expect(read('告知用户可以采取的补救措施。')).toEqual([]);
  });
});

describe('decisions on applications', () => {
  it('可以不予受理或者不予许可 refuses an applicant: a POWER', () => {
    expect(read('申请人提供虚假材料的，市场监管部门可以不予受理或者不予许可。')[0]?.modality).toBe('POWER');
  });
  it('应当自收到申请之日起二十日内作出…决定: the time adverbial is passed, the decision acts on the applicant', () => {
    const [f] = read('市场监管部门应当自收到申请之日起二十日内作出准予或者不予许可的决定。');
    expect(roles(f, 'EMPOWERS')).toEqual(['市场监管部门']);
  });
  it('a duty of the organ that decides nothing stays its own', () => {
    expect(roles(read('市场监管部门应当自收到举报之日起十日内回复举报人。')[0], 'EMPOWERS')).toEqual([]);
  });
});

describe('duties answering an organ the vocabularies do not know', () => {
  it('the organ opening the sentence before is owed the duty to provide (邮政管理机构…。被检查单位应当如实提供)', () => {
    const found = read('邮政管理机构依法进行监督检查。被检查单位应当如实提供有关资料，不得拒绝、阻挠。');
    expect(found.map((f) => roles(f, 'OWED_TO'))).toEqual([['邮政管理机构'], ['邮政管理机构']]);
  });
  it('also when the organ opens a later clause of a sentence with a modal (在检查中，邮政管理机构可以…)', () => {
    const found = read('在检查中，邮政管理机构可以查阅有关资料。被检查单位应当予以配合。');
    expect(roles(found[1], 'OWED_TO')).toEqual(['邮政管理机构']);
  });
  it('a company body named in the sentence before (设置安全管理机构) is owed nothing', () => {
    expect(roles(read('经营单位应当设置安全管理机构。审查时，有关单位应当予以协助。')[1], 'OWED_TO')).toEqual([]);
  });
});

describe('alternative sanctioning organs', () => {
  it('X或者省、自治区、直辖市Y: each organ is empowered, the shared-head list stays one organ', () => {
    const [f] = read('擅自经营快递业务的，由国务院邮政主管部门或者省、自治区、直辖市邮政管理机构依据职权责令改正。');
    expect(roles(f, 'EMPOWERS')).toEqual(['国务院邮政主管部门', '省、自治区、直辖市邮政管理机构']);
  });
  it('a shared-head list alone stays one organ', () => {
    const [f] = read('违反本条例规定的，由网信、电信、公安等主管部门责令改正。');
    expect(f?.bearer?.term).toBe('网信、电信、公安等主管部门');
    expect(roles(f, 'EMPOWERS')).toHaveLength(1);
  });
});

describe('one organ, one sentence, one norm', () => {
  it('处…罚款，并可以由X责令… after X named the sanction before is one POWER of X', () => {
    const found = read('违反本法规定的，由市场监管部门责令改正。拒不改正的，处一万元罚款，并可以由市场监管部门责令停业整顿。');
    expect(found).toHaveLength(2);
    expect(found[1]?.markers.length).toBeGreaterThan(1);
    expect(found[1]?.bearer?.term).toBe('市场监管部门');
  });
  it('two organs in one sentence stay two norms', () => {
    const found = read('拒不改正的，由市场监管部门处罚款，并可以由公安机关予以拘留。');
    expect(found.map((f) => f.bearer?.term)).toEqual(['市场监管部门', '公安机关']);
  });
});

describe('duties owed to an organ whose instructions are obeyed', () => {
  it('执行 of a decision an organ notified is owed to that organ, named before the modal', () => {
    const [f] = read('对海关通知扣留的货物，港口经营人应当按照有关规定执行。');
    expect(roles(f, 'OWED_TO')).toContain('海关');
  });
  it('执行 with an object of its own answers no organ', () => {
    expect(roles(read('经营单位应当执行国家标准。')[0], 'OWED_TO')).toEqual([]);
  });
  it('服从X的指令 is owed to X', () => {
    const [f] = read('发生异常情况时，飞行单位应当及时处置，服从空中交通管理机构的指令。');
    expect(roles(f, 'OWED_TO')).toContain('空中交通管理机构');
  });
});
