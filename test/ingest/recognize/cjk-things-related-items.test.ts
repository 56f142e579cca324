// Chinese export control's items named by what they relate to (grammar/things.yaml cjk-related-items; cjk-things.ts
// relatedItems): each conjunct right before 相关物项 or 相关两用物项 is a thing. Own sentences.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';
import { recognised, surfacesOf } from '../one-sentence.ts';

const named = (t: string): string[] => findCjkThings(t).map((f) => `${f.surface} ${f.label}`);

describe('the conjuncts before 相关物项', () => {
  it('are things, a Technology where no head of goods ends them', () => {
    expect(named('主管部门决定对铟、铋相关物项实施出口管制。')).toEqual(['铟 Technology', '铋 Technology']);
    expect(named('原则上不予许可钨、石墨和高纯材料相关两用物项出口。')).toEqual(['钨 Technology', '石墨 Technology', '高纯材料 Technology']);
  });
  it('are labelled by their head where they have one', () => {
    expect(named('对部分激光雷达相关物项实施出口管制。')).toEqual(['激光雷达 Product']);
  });
  it('name nothing where only generic words stand before 相关', () => {
    expect(named('对其他相关物项实施出口管制。')).toEqual([]);
  });
  it('are no thing without the items\' noun', () => {
    expect(named('对铟、铋相关企业开展调查。')).toEqual([]);
  });
  it('leave a country its own mention', () => {
    const rec = recognised('主管部门对日本相关物项实施出口管制。', { language: 'zh', jurisdiction: 'cn' });
    expect(surfacesOf(rec, ['Technology', 'Product'])).toEqual([]);
  });
});
