// A quantifier opens a noun phrase of its own ("Chinese firms now supply most lidar sensors"): no word before it is one of
// the thing's name, even a verb the lexicon reads as a noun after an adverb (things.ts DETERMINER_LIKE). Own sentences
// (helper-336).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const products = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Product').map((s) => s.split('=')[0]);

describe('a quantifier before a thing', () => {
  it('starts the thing after it', () => {
    expect(products('Two vendors now supply most sonar sensors used at the ports.')).toEqual(['sonar sensors']);
    expect(products('Harbour firms now supply many smart meters and several sonar sensors.')).toEqual(['smart meters', 'sonar sensors']);
    expect(products('Customs seized few sonar sensors in May.')).toEqual(['sonar sensors']);
  });
});
