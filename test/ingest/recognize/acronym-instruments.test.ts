// A lower-case instrument head after capitalised words, set up by an acronym in brackets that spells the name, is an
// instrument (grammar/instruments.yaml named.acronym-defined). Own sentences, invented schemes.
import { describe, expect, it } from 'vitest';
import { findAcronymInstruments, spells } from '../../../ingest/recognize/acronym-instruments.ts';

const found = (t: string): string[] => findAcronymInstruments(t).map((f) => `${f.surface} [${f.label}]`);

describe('an instrument a text names in lower case and sets up by its acronym', () => {
  it('names it from its first capitalised word to its head, without the determiner', () => {
    expect(found('Such meters are covered by the Nordic Common Criteria-based cybersecurity certification scheme (NCCS) set out in ...')).toEqual([
      'Nordic Common Criteria-based cybersecurity certification scheme [Law]',
    ]);
    expect(found('The Trusted Vendor programme (TVP) lists router makers.')).toEqual(['Trusted Vendor programme [Law]']);
  });
  it('names nothing without an acronym that spells it, or without a capitalised word', () => {
    expect(found('The European cybersecurity certification schemes apply.')).toEqual([]);
    expect(found('The Harbour Safety scheme (XYZ) ended.')).toEqual([]);
    expect(found('a national certification scheme (NCS) applies')).toEqual([]);
  });
});

describe('spells (Schwartz and Hearst)', () => {
  it('finds the letters in order, the first at a word start', () => {
    expect(spells('EUCC', ['European', 'Common', 'Criteria-based', 'scheme'])).toBe(true);
    expect(spells('TVP', ['Trusted', 'Vendor', 'programme'])).toBe(true);
    expect(spells('UCC', ['European', 'Common', 'Criteria'])).toBe(false);
    expect(spells('XYZ', ['Harbour', 'Safety', 'scheme'])).toBe(false);
  });
});
