// Chinese product categories by their head (own sentences).
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const things = (text: string): string[] => findCjkThings(text).map((f) => `${f.surface} ${f.label}`);

describe('Chinese product names', () => {
  it('reads each conjunct on a product head, after a preposition, a conjunction or a verb of trade', () => {
    expect(things('自明年起，对车载毫米波雷达、高精度导航模组和工业机器人实施出口管制。')).toEqual([
      '车载毫米波雷达 Product',
      '高精度导航模组 Product',
      '工业机器人 Product',
    ]);
    expect(things('该公司向境外出售农业植保无人机。')).toEqual(['农业植保无人机 Product']);
  });
  it('takes no quantifier, verb or function word into a name, and no head alone', () => {
    expect(things('将多家无人机企业和部分雷达列入名单，加强对电池生产的监管。')).toEqual([]);
    expect(things('禁止向美国军事最终用户出口无人机。')).toEqual([]);
  });
});
