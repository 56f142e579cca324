// An organ's duty that acts on others EMPOWERS the organ (issue 12: "an authority's clause that acts on others …
// EMPOWERS the authority"); one that acts on no one binds it only. The act is read where the grammar puts it: the
// verb opening the predicate, the verb after a frame that fronts the party acted on (对进口商进行约谈, 加强对…的监督
// 检查), or the act of the subject's own clause when the predicate is only 进行 (…调取数据，应当…依法进行). The
// sentences are the team's own, with an organ the vocabulary files under a generic class (海关).
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { authorityTerms, readArticle } from './read.ts';

const duty = (text: string): NormFinding => {
  const f = readArticle(text, 'zh', 'cn').find((x) => x.modality === 'DUTY');
  if (!f) throw new Error(`no duty in ${text}`);
  return f;
};

describe('an organ duty acting on others empowers the organ', () => {
  it.each([
    '海关应当立即予以控制并将案件移交公安机关。',
    '海关应当审查申请材料。',
    '海关应当核查进口商报送的信息。',
    '海关应当对进口商进行约谈。',
    '海关应当组织有关部门对进口商开展调查。',
    '海关应当加强对进口商的监督检查。',
    '海关应当将有关人员强行带离现场。',
    '海关应当依法予以收缴。',
    '海关因维护国家安全的需要调取数据，应当经过严格的批准手续，依法进行。',
  ])('%s', (text) => {
    expect(authorityTerms(duty(text), 'EMPOWERS')).toEqual(['海关']);
  });
});

describe('an organ duty acting on no one binds it only', () => {
  it.each([
    '海关应当制定实施办法。',
    '海关应当公布投诉电话。',
    '海关应当对举报人的信息予以保密。',
    '海关应当对检查结果予以公布。',
    '海关应当依法处理，并将处理结果告知举报人。',
    '海关应当向国务院公安部门报告。',
    // 进行 after a clause of time carries out the procedure, not the decision named in it.
    '海关作出处罚决定之前，应当告知当事人，并依照有关规定实施。',
  ])('%s', (text) => {
    const f = duty(text);
    expect(authorityTerms(f, 'EMPOWERS')).toEqual([]);
    expect(authorityTerms(f, 'BOUND')).toEqual(['海关']);
  });
});
