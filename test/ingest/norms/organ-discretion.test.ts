// An organ's 可以 that acts on no one in particular (issue 12): its competence (开展对外交流与合作, 派员出境) is a POWER
// it holds, as the development sets read it (either POWER or PERMISSION, with EMPOWERS); a privilege for itself or its
// staff (优先乘坐公共交通工具, 享受通行便利, 越级上报, 配备设备) stays a PERMISSION it bears, and so does a private
// party's or the state's discretion. The sentences are the team's own.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const one = (text: string): NormFinding => {
  const [f] = readArticle(text, 'zh', 'cn');
  if (!f) throw new Error(`no norm in ${text}`);
  return f;
};

describe("an organ's competence is a power it holds", () => {
  it.each(['海关可以开展对外交流与合作。', '海关可以派员出境执行任务。', '经国务院批准，海关可以与相邻国家的海关开展合作。'])('%s', (text) => {
    const f = one(text);
    expect(f.modality).toBe('POWER');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual(['海关']);
  });
});

describe('a privilege, or a discretion of a party or of the state, stays a permission', () => {
  it.each(['海关工作人员执行任务时，可以优先乘坐公共交通工具。', '海关工作人员可以享受通行便利。', '海关可以越级上报。', '海关可以依法配备检测设备。', '进口商可以开展对外交流与合作。', '中华人民共和国缔结的国际条约有规定的，可以按照其规定执行。'])('%s', (text) => {
    const f = one(text);
    expect(f.modality).toBe('PERMISSION');
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([]);
  });
});
