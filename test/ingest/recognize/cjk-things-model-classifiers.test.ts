// A model's classifier after its quoted name (“X3”型无人驾驶航空器) is none of the goods' name (things.yaml
// cjk-model-classifiers, cjk-things.ts afterModel). Own sentences (helper-371; dev106 at first sight read 型无人驾驶航空器).
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';

const things = (text: string): string[] => findCjkThings(text).map((f) => f.surface);

describe("a model's classifier", () => {
  it('leaves 型 after a quoted model out of the goods', () => {
    expect(things('没收“云雀Z5”型无人驾驶航空器30台。')).toEqual(['无人驾驶航空器']);
    expect(things('销售“M-12”型无线图传模块400个。')).toEqual(['无线图传模块']);
  });
  it('keeps a name that opens with 型 where no quoted model stands before it', () => {
    expect(things('禁止采购KT20芯片。')).toEqual(['KT20芯片']);
  });
});
