// A bare head after a determiner that points back ("such controllers", "these modules") takes up the thing named last on
// that head (thing-aliases.ts takenUpHeads). Own sentences, invented companies and products.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { takenUpHeads } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const kept = (md: string): string[] => {
  const rec = settleTentative(recogniseMarkdown(md), new Set());
  return surfaceIdsOf(rec, ['Product', 'Technology']);
};

describe('a bare head that points back', () => {
  const m = (id: string, surface: string, start: number) => ({ id, label: 'Product', surface, start, end: start + surface.length });
  it('takes up the thing named last on its head, of several kinds', () => {
    const sentences = [
      { text: 'Tarnwell sells buoy controllers.', mentions: [m('p:buoy', 'buoy controllers', 15)] },
      { text: 'Norland banned crane controllers.', mentions: [m('p:crane', 'crane controllers', 15)] },
      { text: 'A supplier of such controllers was named.', mentions: [m('p:bare', 'controllers', 19)] },
    ];
    expect(takenUpHeads(sentences, () => true)).toEqual([{ sentence: 2, start: 19, id: 'p:crane' }]);
  });
  it('stays where no determiner points back, where no kind was named before, and on a catalog name', () => {
    const before = [{ text: 'Tarnwell sells buoy controllers.', mentions: [m('p:buoy', 'buoy controllers', 15)] }];
    expect(takenUpHeads([...before, { text: 'A supplier of controllers was named.', mentions: [m('p:bare', 'controllers', 14)] }], () => true)).toEqual([]);
    expect(takenUpHeads([{ text: 'A supplier of such controllers was named.', mentions: [m('p:bare', 'controllers', 19)] }, ...before], () => true)).toEqual([]);
    expect(takenUpHeads([...before, { text: 'A supplier of such controllers was named.', mentions: [m('p:bare', 'controllers', 19)] }], (id) => id !== 'p:bare')).toEqual([]);
  });
  it('is the thing it takes up in a document, beside other kinds on the head', () => {
    const md = '# T\n\nTarnwell Marine Ltd, a distributor of winch controllers, was listed.\n\nThe agency banned buoy radio controllers made by Harbourline Ltd. It named Kestrel Ltd, a second supplier of such controllers.';
    expect(kept(md)).toEqual([
      'winch controllers=product:~winch-controller',
      'buoy radio controllers=product:~buoy-radio-controller',
      'controllers=product:~buoy-radio-controller',
    ]);
  });
});
