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
  it('without a determiner, takes up the one thing its paragraph named on the head before it', () => {
    const para = (text: string, mentions: ReturnType<typeof m>[], paragraph: string) => ({ text, mentions, paragraph });
    const banned = para('Norland banned crane controllers made by Ostrava Ltd.', [m('p:crane', 'crane controllers', 15)], 'sec_1.p_1');
    const covers = (paragraph: string) => para('The ban covers controllers that resellers label as their own.', [m('p:bare', 'controllers', 15)], paragraph);
    expect(takenUpHeads([banned, covers('sec_1.p_1')], () => true)).toEqual([{ sentence: 1, start: 15, id: 'p:crane' }]);
    // Another paragraph, or none known: the bare head stays the class.
    expect(takenUpHeads([banned, covers('sec_1.p_2')], () => true)).toEqual([]);
    expect(takenUpHeads([{ ...banned, paragraph: undefined }, { ...covers('sec_1.p_1'), paragraph: undefined }], () => true)).toEqual([]);
  });
  it('leaves a bare head its paragraph sets apart, widens, or could give to two kinds', () => {
    const m2 = (id: string, surface: string, text: string) => ({ id, label: 'Product', surface, start: text.indexOf(surface), end: text.indexOf(surface) + surface.length });
    const banned = { text: 'Norland banned crane controllers.', mentions: [m2('p:crane', 'crane controllers', 'Norland banned crane controllers.')], paragraph: 'p1' };
    const other = 'Other controllers stay on sale.';
    const all = 'It did not ban all controllers.';
    const general = 'It says nothing on controllers in general.';
    const kinds = 'It will consider whether certain categories of controllers need certificates.';
    for (const text of [other, all, general, kinds]) expect(takenUpHeads([banned, { text, mentions: [m2('p:bare', 'controllers', text)], paragraph: 'p1' }], () => true)).toEqual([]);
    const two = { text: 'It also banned winch controllers.', mentions: [m2('p:winch', 'winch controllers', 'It also banned winch controllers.')], paragraph: 'p1' };
    const covers = 'The ban covers controllers sold online.';
    expect(takenUpHeads([banned, two, { text: covers, mentions: [m2('p:bare', 'controllers', covers)], paragraph: 'p1' }], () => true)).toEqual([]);
  });
  it('is the thing its paragraph named in a document', () => {
    const md = '# T\n\nThe agency banned buoy radio controllers made by Harbourline Ltd. The order also covers controllers that resellers sell under their own names.\n\nThe agency also listed winch controllers made by Ostrava Ltd. Winch controllers made by Ostrava Ltd must be removed.';
    expect(kept(md)).toEqual([
      'buoy radio controllers=product:~buoy-radio-controller',
      'controllers=product:~buoy-radio-controller',
      'winch controllers=product:~winch-controller',
    ]);
  });
});
