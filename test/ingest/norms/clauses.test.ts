// Chinese clause readings added with the third development set (test/gold/norms-dev3.yaml): party nouns
// that begin with an adverbial opener, kin bearers past a purpose clause, modals inside a condition
// clause, bare cooperation owed to the organ named earlier (in the sentence or a sentence without a
// modal), investigation as an act on others, partners named with 会同, and offenders of a sanction
// whose condition runs over several clauses. The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const read = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

const terms = authorityTerms;

describe('bearers whose noun begins like an adverbial', () => {
  it('经营者 (经), 自然人 (自) and 从业人员 (从) are subjects, not openers of a clause', () => {
    expect(read('经营者应当保存交易记录。')[0]?.bearer?.term).toBe('经营者');
    expect(read('自然人可以撤回其同意。')[0]?.bearer?.term).toBe('自然人');
    expect(read('从业人员应当保守秘密。')[0]?.bearer?.term).toBe('从业人员');
  });
  it('an opener before a party noun still opens an adverbial (对经营者…)', () => {
    expect(read('对经营者应当加强指导。')[0]?.bearer).toBeUndefined();
  });
  it('a kin bearer is read past a purpose clause between it and the modal', () => {
    const [f] = read('当事人去世的，其近亲属为了维护自身权益，可以查阅相关档案。');
    expect(f?.modality).toBe('PERMISSION');
    expect(f?.bearer?.term).toContain('近亲属');
  });
});

describe('modals inside a condition clause', () => {
  it('法律规定…应当…的，X应当… is one duty of X', () => {
    const found = read('法律规定开展该项业务应当取得批准的，经营单位应当依法取得批准。');
    expect(found).toHaveLength(1);
    expect(found[0]?.bearer?.term).toBe('经营单位');
  });
  it('a modal describing the breach of a penalty is no norm of its own', () => {
    const found = read('经营单位依法应当登记而未登记的，由市场监管部门责令改正。');
    expect(found.map((f) => f.modality)).toEqual(['POWER']);
  });
  it('a clause ending in the noun 目的 is no condition', () => {
    expect(read('经营单位应当具有明确的目的，并应当采取必要措施。').map((f) => f.modality)).toEqual(['DUTY']);
  });
  it('a condition clause with the only modal keeps it', () => {
    expect(read('经营单位应当登记的，按照本办法办理。').map((f) => f.modality)).toEqual(['DUTY']);
  });
});

describe('duties owed to an organ named before', () => {
  it('a bare 配合 at the end of its clause is owed to the organ whose inspection the sentence names', () => {
    const [f] = read('市场监管部门进行现场检查，经营单位应当配合。');
    expect(f?.bearer?.term).toBe('经营单位');
    expect(terms(f as NormFinding, 'OWED_TO')).toEqual(['市场监管部门']);
  });
  it('…or in the previous sentence, even when that sentence has no modal', () => {
    const [duty, ban] = read('公安机关依法开展调查。有关单位应当如实提供情况，不得拒绝。');
    expect(terms(duty as NormFinding, 'OWED_TO')).toEqual(['公安机关']);
    expect(terms(ban as NormFinding, 'OWED_TO')).toEqual(['公安机关']);
  });
  it('接受…监督检查 is owed to the organ it names', () => {
    const [f] = read('经营单位应当接受市场监管部门的监督检查。');
    expect(terms(f as NormFinding, 'OWED_TO')).toEqual(['市场监管部门']);
  });
  it('协助 as the last item of a list (技术支持和协助) is no bare cooperation', () => {
    const [f] = read('经营单位应当为公安机关提供技术支持和协助。');
    expect(f?.actions).not.toContain('cooperate-with-investigation');
  });
});

describe('powers', () => {
  it('an organ that 应当…进行调查 acts on others: its duty also empowers it', () => {
    const [f] = read('公安机关接到举报后，应当及时进行调查。');
    expect(f?.modality).toBe('DUTY');
    expect(terms(f as NormFinding, 'EMPOWERS')).toEqual(['公安机关']);
  });
  it('an organ that may designate others holds a power', () => {
    expect(read('市场监管部门可以指定检验机构开展检验。')[0]?.modality).toBe('POWER');
  });
  it('a sanction by an organ together with another (由X会同Y责令改正) is a power of both, not of one body named X会同Y', () => {
    const [f] = read('违反本条例规定的，由国务院邮政管理机构会同国务院有关部门责令改正。');
    expect(f?.modality).toBe('POWER');
    expect(f?.bearer?.term).toBe('国务院邮政管理机构');
    expect(terms(f, 'EMPOWERS')).toEqual(['国务院邮政管理机构', '国务院有关部门']);
  });
  it('partners named with 会同 hold the power with the subject', () => {
    const [f] = read('国家网信部门会同公安机关可以依法采取必要措施。');
    expect(f?.modality).toBe('POWER');
    expect(terms(f as NormFinding, 'EMPOWERS').sort()).toEqual(['公安机关', '国家网信部门'].sort());
  });
  it('partners of a plain duty are not empowered by it', () => {
    const [f] = read('国家网信部门会同公安机关应当制定实施办法。');
    expect(f?.modality).toBe('DUTY');
    expect(terms(f as NormFinding, 'EMPOWERS')).toEqual([]);
  });
});

describe('offenders of a sanction', () => {
  it('officials whose misconduct opens a condition over several clauses are not the sanctioning body', () => {
    const found = read('有关部门的工作人员滥用职权、玩忽职守，构成犯罪的，依法追究刑事责任。');
    expect(found.map((f) => f.modality)).toEqual(['POWER']);
    expect(found[0]?.bearer).toBeUndefined();
    expect(terms(found[0] as NormFinding, 'EMPOWERS')).toEqual([]);
  });
  it('a sanctioning body named after 由 still holds the power', () => {
    const [f] = read('有关部门的工作人员泄露秘密，情节严重的，由其上级机关责令改正。');
    expect(terms(f as NormFinding, 'EMPOWERS')).toEqual(['其上级机关']);
    expect(f?.bearer?.term).toBe('其上级机关');
  });
});
