// "mass spectrometers, flow cytometers and ...": a word the lexicon knows only as a verb's base form, right after a list's
// comma that ends a plural noun and before a plural a list's link follows, opens the next item as its modifier where
// WordNet has it as a noun too (things.ts listItemModifier); a verb WordNet has only as a verb stays the verb of a list of
// clauses. Own sentences, invented places and firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb-looking modifier opening a list item', () => {
  it('is the item\'s modifier between list links', () => {
    expect(found('The Valdmark rule covers mass spectrometers, flow meters and tide sensors.')).toContain('flow meters');
    expect(found('The Valdmark rule covers DNA sequencers, mass spectrometers, flow cytometers or other laboratory instruments.')).toContain('flow cytometers');
  });
  it('stays a verb where WordNet has it only as one, or outside a list', () => {
    expect(found('The agency will test harbour drones, inspect tide sensors and certify radar units.')).not.toContain('inspect tide sensors');
    expect(found('Norvik makes tide sensors, flow meters.')).not.toContain('flow meters');
  });
});
