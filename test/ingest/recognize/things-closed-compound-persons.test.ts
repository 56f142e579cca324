// A closed compound names a thing of its last part ("dashcams"), but a word WordNet reads first as a person is a noun of
// its own: "stakeholders" are no kind of holders, however WordNet files a holder (ingest/recognize/thing-heads.ts
// closedCompound, wordnet-persons.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed } from '../one-sentence.ts';

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

// A closed compound alone after a trade noun or a measure's verb is a phrase of its head's label, as specificHead reads
// it: the label was read with a plain `get`, which knows no closed compound, and the phrase had none, so the report's
// extraction stopped on an unknown node kind (helper-322). Own sentences.
describe('a closed compound alone where a trade or a measure names it', () => {
  it('is a thing of its head\'s label', () => {
    const of = (t: string): string[] => findThings(t).map((f) => `${f.surface} ${f.label}`);
    expect(of('Harbour authorities restrict the import of dashcams.')).toEqual(['dashcams Product']);
  });
  it('leaves the report to be read, the relation on it too', () => {
    const { rec, relations } = analysed('The Harbour Equipment Regulations 2025 restrict the import of dashcams made by Lumora Optics.');
    const names = new Map(rec.entities.map((e) => [e.id, e.name]));
    expect(relations.map((r) => `${names.get(r.start)} ${r.type} ${names.get(r.end)}`)).toContain('Harbour Equipment Regulations 2025 RESTRICTS dashcams');
  });
});
