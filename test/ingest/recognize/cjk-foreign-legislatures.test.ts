// A foreign state's legislature or chamber by the state's Chinese name (grammar/names.yaml cjk-bodies): 美国国会, 英国议会,
// 美国参议院. Own sentences (helper-144).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const authorities = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe("a foreign state's legislature in Chinese", () => {
  it('is the body after a preposition or at a clause start', () => {
    expect(authorities('该咨询公司曾向美国国会提交报告。')).toEqual(['美国国会']);
    expect(authorities('英国议会和美国参议院先后举行听证。')).toEqual(['英国议会', '美国参议院']);
  });
  it('is no body where a member of it is meant', () => {
    expect(authorities('美国国会议员多人表示反对。')).toEqual([]);
  });
});
