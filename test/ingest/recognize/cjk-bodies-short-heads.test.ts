// Chinese bodies by short names (grammar/names.yaml cjk-bodies): a national commission by 委 (国家发展改革委), a province's or
// city's cyberspace affairs office (深圳市网信办), a foreign legislature after 为. Own sentences (helper-235; dev63 at first
// sight missed all three).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const authorities = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe('Chinese bodies by short names', () => {
  it('reads a national commission by its short head 委, each of two coordinated bodies apart', () => {
    expect(authorities('该办法由国家卫生健康委和国家发展改革委联合印发。')).toEqual(['国家卫生健康委', '国家发展改革委']);
    expect(authorities('方案经中央军委批准。')).toEqual(['中央军委']);
    // 委托 is a verb, no head.
    expect(authorities('国家委托第三方机构开展评估。')).toEqual([]);
  });
  it("reads a province's or city's cyberspace affairs office", () => {
    expect(authorities('浙江省网信办对该平台开展了约谈。')).toEqual(['浙江省网信办']);
    expect(authorities('此前，杭州市网信办已责令其整改。')).toEqual(['杭州市网信办']);
  });
  it('reads a foreign legislature after 为', () => {
    expect(authorities('该机构长期为美国国会撰写报告。')).toEqual(['美国国会']);
  });
});
