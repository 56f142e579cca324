// Joint action (issue 12): "X会同Y…" — X acts together with Y, and each organ is an authority of the norm in its
// own right, never one body named "X会同Y" and never X alone. Before the modal Y is a co-holder of the subject's
// power (or a co-bearer of its duty); after it (应当会同Y…) Y names how X acts and X's verb follows. The
// sentences are the team's own, with ordinary Chinese organ names.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');
const one = (text: string): NormFinding => {
  const [f] = zh(text);
  if (!f) throw new Error(`no norm in ${text}`);
  return f;
};

describe('X会同Y before the modal: both hold the power', () => {
  it.each([
    ['国务院交通运输主管部门会同国务院公安部门可以责令其暂停相关业务。', ['国务院交通运输主管部门', '国务院公安部门']],
    ['国务院交通运输主管部门会同国务院公安部门、海关可以对进口商进行检查。', ['国务院交通运输主管部门', '国务院公安部门', '海关']],
    ['国务院交通运输主管部门会同国务院有关部门依照本法规定可以对进口商进行检查。', ['国务院交通运输主管部门', '国务院有关部门']],
    ['国务院交通运输主管部门、海关会同国务院公安部门可以对进口商进行检查。', ['国务院交通运输主管部门', '海关', '国务院公安部门']],
    ['国务院交通运输主管部门联合国务院公安部门可以约谈进口商。', ['国务院交通运输主管部门', '国务院公安部门']],
    ['国务院交通运输主管部门商国务院公安部门可以约谈进口商。', ['国务院交通运输主管部门', '国务院公安部门']],
  ])('%s', (text, organs) => {
    const f = one(text);
    expect(f.modality).toBe('POWER');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(organs);
    expect(f.bearer?.refs.map((r) => r.term)).not.toContain(expect.stringMatching(/会同|联合/u));
  });

  it('departments listed before one shared head are one partner (国务院公安、民用航空主管部门)', () => {
    expect(authorityTerms(one('国务院交通运输主管部门会同国务院公安、民用航空主管部门可以约谈进口商。'), 'EMPOWERS')).toEqual(['国务院交通运输主管部门', '国务院公安、民用航空主管部门']);
  });

  it('the partner is kept when a condition follows the joint subject (X会同Y发现…的，可以…)', () => {
    const f = one('国务院交通运输主管部门会同国务院公安部门发现进口商存在安全风险的，可以约谈该进口商。');
    expect(f.bearer?.term).toBe('国务院交通运输主管部门');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国务院交通运输主管部门', '国务院公安部门']);
  });

  it('a body named later in the condition is no partner', () => {
    const f = one('国务院交通运输主管部门会同国务院公安部门发现海关未履行职责的，可以约谈进口商。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国务院交通运输主管部门', '国务院公安部门']);
  });
});

describe('X会同Y with a duty', () => {
  it('a duty acting on others empowers both organs', () => {
    const f = one('国务院交通运输主管部门会同国务院公安部门应当责令进口商停止销售。');
    expect(f.modality).toBe('DUTY');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['国务院交通运输主管部门', '国务院公安部门']);
  });
  it('an internal duty binds both and empowers neither', () => {
    const f = one('国务院交通运输主管部门会同国务院公安部门应当制定实施办法。');
    expect(authorityTerms(f, 'BOUND')).toEqual(['国务院交通运输主管部门', '国务院公安部门']);
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([]);
  });
});

describe('应当会同Y… after the modal names how X acts', () => {
  it("X's verb after the partners is read: an inspection empowers X, the partner gets no role", () => {
    const f = one('海关应当会同有关部门对进口商进行检查。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['海关']);
    expect(f.authorities.map((a) => a.term)).not.toContain('有关部门');
  });
  it('an internal act after the partners empowers no one', () => {
    expect(authorityTerms(one('海关应当会同有关部门制定实施办法。'), 'EMPOWERS')).toEqual([]);
  });
  it('与Y共同 after the modal is read as 会同Y is', () => {
    const f = one('海关应当与国务院公安部门共同对进口商进行检查。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['海关']);
    expect(f.authorities.map((a) => a.term)).not.toContain('国务院公安部门');
    expect(authorityTerms(one('海关应当与国务院公安部门共同制定实施办法。'), 'EMPOWERS')).toEqual([]);
  });
});

describe('a duty toward bodies acting jointly', () => {
  it('passing a review organised by X会同Y is owed to both', () => {
    const f = one('进口商应当通过国务院交通运输主管部门会同国务院公安部门组织的安全审查。');
    expect(authorityTerms(f, 'OWED_TO')).toEqual(['国务院交通运输主管部门', '国务院公安部门']);
  });
});

describe('商 and 联合 only as verbs of joint action', () => {
  it('商务 and a party noun ending in 商 are no joint action', () => {
    const f = one('省、自治区、直辖市人民政府商务主管部门可以对经销商进行检查。');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['省、自治区、直辖市人民政府商务主管部门']);
  });
});

describe('a party determined by X会同Y is the subject, not X', () => {
  it.each(['国务院交通运输主管部门会同有关部门确定的企业应当遵守本法。', '国务院交通运输主管部门商有关部门确定的企业应当遵守本法。'])('%s', (text) => {
    const f = one(text);
    expect(f.bearer?.term).toMatch(/确定的企业$/u);
    expect(f.authorities).toEqual([]);
  });
});

describe('English: a body acting jointly with the subject', () => {
  const en = (text: string): NormFinding => {
    const [f] = readArticle(text, 'en', 'us');
    if (!f) throw new Error(`no norm in ${text}`);
    return f;
  };
  it('"jointly with" / "together with" names a co-holder of the power', () => {
    expect(authorityTerms(en('The Secretary of Commerce, jointly with the Attorney General, may require any person to submit a report.'), 'EMPOWERS')).toContain('Attorney General');
    const f = en('The Commission, together with ENISA, shall require the entity to submit a report.');
    expect(f.bearer?.term).toBe('The Commission');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['The Commission', 'ENISA']);
  });
  it('"in consultation with" names whom the subject consults: no role', () => {
    const f = en('The Secretary of Commerce, in consultation with the Attorney General, may require any person to submit a report.');
    expect(f.authorities.map((a) => a.term)).not.toContain('Attorney General');
  });
});
