// A closed compound names a thing of its last part ("dashcams"), but a word WordNet reads first as a person is a noun of
// its own: "stakeholders" are no kind of holders, however WordNet files a holder (ingest/recognize/thing-heads.ts
// closedCompound, wordnet-persons.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('closed compounds that are nouns of persons', () => {
  it('head no thing', () => {
    expect(grammar().thingHeads.written('stakeholders')).toBeUndefined();
    expect(grammar().thingHeads.written('cardholders')).toBeUndefined();
    expect(found('The forum ensures the participation of civil society stakeholders and industry stakeholders.')).toEqual([]);
  });
  it('leave a closed compound of a thing head a thing', () => {
    expect(grammar().thingHeads.written('dashcams')).toBe('Product');
  });
});
