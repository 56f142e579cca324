// A technology phrase right before "from" and a company, a participle of buying between them or not, names that company's
// products: its support (index.ts suppliedBy). Own sentences, invented companies and products.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfacesOf(settleTentative(recogniseMarkdown(`# T\n\n${md}`), new Set()), ['Product', 'Technology']);

describe('a thing from a company', () => {
  it('is kept, named once, after a participle of buying or "from" alone', () => {
    expect(things('The fleet relies on tide sensors bought from Harbourline Marine Co., Ltd. this year.')).toEqual(['tide sensors']);
    expect(things('The fleet relies on tide sensors from Harbourline Marine Co., Ltd. since May.')).toEqual(['tide sensors']);
  });
  it('is not kept, named once, from a place or with no company after it', () => {
    expect(things('The fleet relies on tide sensors from Germany since May.')).toEqual([]);
    expect(things('The fleet relies on tide sensors since May.')).toEqual([]);
    // A month the company grammar reads after "from" is no supplier.
    expect(things('The fleet relies on tide sensors from May.')).toEqual([]);
  });
});
