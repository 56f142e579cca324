// The subject grammar's closed classes (ingest/norms/grammar.yaml): which statutory terms take in
// every company, read from the term's coordinated parts and modifiers, not from a list of terms.
import { describe, expect, it } from 'vitest';
import { coversEveryOrganisation } from '../../../ingest/norms/grammar.ts';

describe('coversEveryOrganisation', () => {
  it('a Chinese term naming organisations or units, alone, modified or coordinated', () => {
    for (const t of ['企业事业组织', '有关单位', '其他组织', '国家机关、人民团体、企业事业组织和其他社会组织']) expect(coversEveryOrganisation(t, 'zh'), t).toBe(true);
  });
  it('not a narrower class, nor organisations qualified by place or role', () => {
    for (const t of ['境外组织', '电信业务经营者', '网络运营者', '国家机关', '关键信息基础设施运营者']) expect(coversEveryOrganisation(t, 'zh'), t).toBe(false);
    // A coordination whose other part is no party is no list of parties: 组织 the verb after 制定、, or a list of other things.
    for (const t of ['地方各级人民政府制定、组织', '产品、服务、企业']) expect(coversEveryOrganisation(t, 'zh'), t).toBe(false);
    expect(coversEveryOrganisation('收到举报的部门、单位', 'zh')).toBe(true);
  });
  it('English: undertakings and legal persons, whatever the determiner; not manufacturers or bare entities', () => {
    expect(['any undertaking', 'natural or legal persons', 'All companies'].map((t) => coversEveryOrganisation(t, 'en'))).toEqual([true, true, true]);
    expect(['manufacturers', 'the entities', 'essential entities'].map((t) => coversEveryOrganisation(t, 'en'))).toEqual([false, false, false]);
  });
});
