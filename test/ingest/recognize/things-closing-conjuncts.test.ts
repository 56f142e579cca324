// "the sale of drone engines and gimbals to Russia": the last item of a list after a phrase with support, before the
// clause's end or a preposition, is a thing on a head WordNet has as a noun, though the lexicon reads the word first as a
// verb ("gimbals"); things.ts closingConjunct. Own sentences, invented places and firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a verb-looking plural closing a list of goods', () => {
  it('is the list\'s last item after a supported phrase', () => {
    expect(found('The order bans the export of harbour radar units and gimbals to Valdmark.')).toEqual(['harbour radar [thing:noun-phrase]', 'harbour radar units [thing:traded]', 'gimbals [thing:traded]']);
    expect(found('Norvik is a supplier of tide sensors and gimbals.')).toEqual(['tide sensors [thing:made]', 'gimbals [thing:made]']);
  });
  it('is no item after an unsupported phrase, or where a verb takes an object', () => {
    expect(found('Harbour cranes and gimbals are common in Valdmark.')).toEqual(['Harbour cranes [thing:noun-phrase]']);
    expect(found('Norvik is a supplier of tide sensors and gimbals them for fleets.')).toEqual(['tide sensors [thing:made]']);
  });
});
