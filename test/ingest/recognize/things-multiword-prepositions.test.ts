// Prepositions of several words that legal drafting links a provision to its object with (grammar/things.yaml
// name-prepositions, issue 15): no word of one opens or sits inside a thing's name, whatever the lexicon reads it as
// ("regards" a plural noun). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);
const kept = (md: string): string[] => {
  const rec = settleTentative(recogniseMarkdown(md), new Set());
  return surfaceIdsOf(rec, ['Product', 'Technology']);
};

describe('a preposition of several words before a thing', () => {
  it('is no word of the name: the name starts after it', () => {
    expect(found('The Agency shall adopt rules as regards drone radios.')).toEqual(['drone radios']);
    expect(found('Operators shall keep records as regards tidal buoy modules.')).toEqual(['tidal buoy modules']);
  });
  it('leaves the same name whole where no such preposition stands before it', () => {
    expect(found('Operators shall keep records of tidal buoy modules.')).toEqual(['tidal buoy modules']);
    expect(found('Operators shall keep records on cellular tidal buoy modules.')).toEqual(['cellular tidal buoy modules']);
  });
  it('names the thing the document repeats, not a thing of the preposition', () => {
    expect(kept('# T\n\nOperators shall keep records as regards tidal buoy modules. Records as regards tidal buoy modules shall be kept for five years.')).toEqual([
      'tidal buoy modules=product:~tidal-buoy-module',
      'tidal buoy modules=product:~tidal-buoy-module',
    ]);
  });
});
