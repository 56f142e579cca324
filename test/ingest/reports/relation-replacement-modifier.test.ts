// "replacement" restricts goods where it is the act of replacing them ("ordered the replacement of X"), not where it
// describes the goods that replace others ("the supply of replacement X is inadequate": the substitutes, which nobody
// restricts) (relation-rules.yaml, the restricts cue). Own sentences (helper-277, dev75: 47 U.S.C. 1603(d)(6)(B)).
import { describe, expect, it } from 'vitest';
import { readRelations } from './helpers.ts';

const restricts = (text: string): string[] => readRelations(text).filter((r) => r.type === 'RESTRICTS').map((r) => `${r.start} -> ${r.end}`);

describe('replacement and a restriction', () => {
  it('the goods that replace others are not restricted', () => {
    expect(restricts('The Federal Communications Commission may extend the deadline if the Commission finds that the supply of replacement Huawei routers needed by the carriers is inadequate.')).toEqual([]);
  });
  it('replacing goods restricts them', () => {
    expect(restricts('The Federal Communications Commission ordered the replacement of Huawei routers in federal buildings.')).toContain('authority:fcc -> product:~router');
  });
});
