// A Chinese goods name the grammar reads names the goods wherever the document writes it again (cjk-thing-terms.ts).
import { describe, expect, it } from 'vitest';
import { cjkThingTerms } from '../../../ingest/recognize/cjk-thing-terms.ts';

describe('Chinese goods names as the document\'s terms', () => {
  it('takes each goods name the grammar found, once, and no other mention', () => {
    const terms = cjkThingTerms([
      { locator: 'p1', mentions: [{ id: 'p:robot', label: 'Product', start: 0, end: 5, surface: '巡检机器人', via: 'thing:cjk' }] },
      { locator: 'p2', mentions: [
        { id: 'p:robot', label: 'Product', start: 3, end: 8, surface: '巡检机器人', via: 'thing:cjk' },
        { id: 'a:psb', label: 'Authority', start: 0, end: 4, surface: '公安机关', via: 'alias' },
      ] },
    ]);
    expect(terms).toEqual([{ term: '巡检机器人', id: 'p:robot', locator: 'p1', acronym: false }]);
  });
});
