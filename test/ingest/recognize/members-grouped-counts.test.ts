// A count in figures opening a member of a list of things ("including 1 400 flight controllers and 9 000 radio modules") is
// no word of the member, its thousands grouped by a space (SI style) or a comma (members.ts memberList). helper-389 (dev107:
// "9 000 radio frequency modules" read as a thing's name). Own sentences.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const things = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Product', 'Technology']).map((m) => m.surface);

describe('a count opening a listed member', () => {
  it('is left out, its thousands grouped by a space', () => {
    expect(things('Customs seized goods worth $2 million, including 1 400 drone batteries and 9 000 radio frequency modules in one case.')).toEqual(['drone batteries', 'radio frequency modules']);
  });
  it('is left out, its thousands grouped by a comma or not at all', () => {
    expect(things('Customs seized goods worth $2 million, including 1,400 drone batteries and 9,000 radio frequency modules in one case.')).toEqual(['drone batteries', 'radio frequency modules']);
    expect(things('The shipment held parts such as 2500 lithium cells and 40 thermal cameras.')).toEqual(['lithium cells', 'thermal cameras']);
  });
});
