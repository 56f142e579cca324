// A statute's section named alone after a measure's noun and "under" ("levies under Section 301 on ferry radars") is the
// measure's instrument, as before the noun ("the Section 301 tariffs"); a statute's own "under section 5" is not. Own
// sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(md), 'Law');

describe('a section named alone after a measure and "under"', () => {
  it('is an instrument, after tariffs, duties and investigations', () => {
    expect(laws('Tariffs under Section 301 on the ferry radars we import went to 40% in May.')).toContain('Section 301=law:~section-301');
    expect(laws('The duties imposed under Section 232 raised the price of harbour cranes.')).toContain('Section 232=law:~section-232');
    expect(laws('Our margins fell after the Section 301 rate on ferry radars doubled.')).toContain('Section 301=law:~section-301');
  });
  it('is none where no measure opens it, or where it is cited of an act', () => {
    expect(laws('The Secretary may act under section 5 and publish a list.').filter((l) => /^[Ss]ection/.test(l))).toEqual([]);
    expect(laws('Duties under Section 301 of the Trade Act of 1974 apply to ferry radars.')).not.toContain('Section 301=law:~section-301');
  });
});
