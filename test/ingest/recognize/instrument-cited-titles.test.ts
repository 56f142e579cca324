// An instrument's title in brackets after its citation and date ("Proclamation 9999 of May 1, 2026 (Adjusting Imports of
// Kelp into the United States)") names the cited instrument, and nothing inside it is read on its own
// (instruments.ts citedTitle; index.ts outranks).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const titles = (text: string): string[] => findInstruments(text).filter((f) => f.rule === 'instrument:cited-title').map((f) => `${f.surface} => ${f.name}`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const mentions = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare));

describe('a cited instrument\'s bracketed title', () => {
  it('names the instrument cited before it, with or without its date', () => {
    expect(titles('Proclamation 9999 of May 1, 2026 (Adjusting Imports of Kelp into the United States), is amended.')).toEqual([
      'Adjusting Imports of Kelp into the United States => Proclamation 9999',
    ]);
    expect(titles('under Executive Order 19999 (Securing the Harbour Crane Supply Chain)')).toEqual(['Securing the Harbour Crane Supply Chain => Executive Order 19999']);
  });
  it('is no title when the brackets hold an abbreviation, a citation or ordinary words', () => {
    expect(titles('Executive Order 19999 (EO) applies')).toEqual([]);
    expect(titles('Executive Order 19999 (84 FR 22689) applies')).toEqual([]);
    expect(titles('Executive Order 19999 (as amended by later orders) applies')).toEqual([]);
  });
  it('keeps the names inside the title from being read as bodies or countries', () => {
    expect(mentions('Proclamation 9999 of May 1, 2026 (Adjusting Imports of Kelp by the Harbour Tides Agency into the United States), is amended.')).toEqual([
      'Proclamation 9999=law:~proclamation-9999',
      'Adjusting Imports of Kelp by the Harbour Tides Agency into the United States=law:~proclamation-9999',
    ]);
  });
});

describe('a title between commas after a lower-case instrument word', () => {
  const apposed = (text: string): string[] => findInstruments(text).filter((f) => f.rule === 'instrument:apposed-title').map((f) => `${f.surface} (${f.kind})`);
  it('names that instrument', () => {
    expect(apposed("Last week's executive order, Securing Harbour Cranes Against Foreign Tampering, bans remote access.")).toEqual(['Securing Harbour Cranes Against Foreign Tampering (order)']);
    expect(apposed('The final rule, Kelp Dryer Safety Standards, took effect in May.')).toEqual(['Kelp Dryer Safety Standards (rule)']);
  });
  it('is none for words that are no title', () => {
    expect(apposed('The order, President Lind said, bans remote access.')).toEqual([]);
    expect(apposed('The rule, which took effect in May, bans remote access.')).toEqual([]);
    expect(apposed('The order, Valdmark, applies.')).toEqual([]);
  });
});

