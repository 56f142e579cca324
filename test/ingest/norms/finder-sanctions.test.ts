// An organ that finds a breach and may sanction it (issue 12): "X（会同Y）（在…中）发现…的，可以责令…" names the
// sanction's holder in its condition; the condition is the organ's finding, not an offence of its own. Staff who
// found something and failed to act, and sanctions of no modal of their own, still punish whoever the condition
// names. The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const zh = (text: string): NormFinding[] => readArticle(text, 'zh', 'cn');

describe('the organ that finds a breach holds the sanction that follows', () => {
  it.each([
    ['海关发现进口商存在安全风险的，可以责令其改正。', ['海关']],
    ['海关发现进口商未履行义务的，可以责令改正，处一万元以上十万元以下罚款。', ['海关']],
    ['海关在监督检查中发现进口商存在安全风险的，可以责令其改正。', ['海关']],
    ['海关会同国务院公安部门发现进口商存在安全风险的，可以责令其改正。', ['海关', '国务院公安部门']],
  ])('%s', (text, organs) => {
    const [f] = zh(text);
    expect(f?.modality).toBe('POWER');
    expect(f?.bearer?.term).toBe('海关');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(organs);
  });
});

describe('finders who are the offenders', () => {
  it('staff who found a breach and did not report it are punished, not punishing', () => {
    const [f] = zh('海关工作人员发现违法行为不报告的，可以给予处分。');
    expect(f?.bearer).toBeUndefined();
  });
  it('a sanction without a modal of its own punishes the condition’s subject', () => {
    const [f] = zh('有关主管部门的工作人员发现违法行为不报告的，依法给予处分。');
    expect(f?.bearer).toBeUndefined();
  });
});
