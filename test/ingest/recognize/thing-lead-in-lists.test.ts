// A list set out as items under a lead-in that ends with a colon, three items or more opening with a bare thing phrase,
// names those phrases as classes of things: their support, as a list in one sentence gives (lead-in-lists.ts, applied by
// index.ts settleTentative). Own sentences, invented guidance on laboratory equipment.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfacesOf(settleTentative(recogniseMarkdown(`# Shipping guidance\n\n${md}`), new Set()), ['Product', 'Technology']).sort();

const LEAD_IN = 'Our laboratories hold many instruments. The following classes of equipment need a check before they leave a laboratory:';
const ITEMS = ['- gas chromatographs and mass spectrometers;', '- fibre optic amplifiers, above certain power levels;', '- underwater acoustic transducers.'];

describe('a list of things under a lead-in', () => {
  it('keeps the phrase opening each item, and what is coordinated with it there', () => {
    expect(things([LEAD_IN, '', ...ITEMS].join('\n'))).toEqual(['fibre optic amplifiers', 'gas chromatographs', 'mass spectrometers', 'underwater acoustic transducers']);
  });
  it('keeps a phrase after a determiner opening its item', () => {
    const items = ['- some mass spectrometers;', '- fibre optic amplifiers;', '- all underwater acoustic transducers.'];
    expect(things([LEAD_IN, '', ...items].join('\n'))).toEqual(['fibre optic amplifiers', 'mass spectrometers', 'underwater acoustic transducers']);
  });
  it('keeps nothing where the lead-in ends with no colon, or fewer than three items open with a thing', () => {
    expect(things(['Our laboratories hold many instruments.', '', ...ITEMS].join('\n'))).toEqual([]);
    expect(things([LEAD_IN, '', ITEMS[1], ITEMS[2], '- anything else the office names.'].join('\n'))).toEqual([]);
  });
  it('keeps a phrase a participle with a preposition narrows, its reduced relative', () => {
    const items = ['- mass spectrometers designed for field use;', '- fibre optic amplifiers, above certain power levels;', '- underwater acoustic transducers rated for deep water.'];
    expect(things([LEAD_IN, '', ...items].join('\n'))).toEqual(['fibre optic amplifiers', 'mass spectrometers', 'underwater acoustic transducers']);
  });
  it('keeps nothing where a past verb governs an object: items that are sentences', () => {
    const items = ['- gas chromatographs reached the port;', '- fibre optic amplifiers, above certain power levels;', '- underwater acoustic transducers passed the check.'];
    expect(things([LEAD_IN, '', ...items].join('\n'))).toEqual([]);
  });
  it('keeps nothing where a verb follows the phrase: items that are sentences', () => {
    const items = ['- gas chromatographs need a permit;', '- fibre optic amplifiers must be labelled;', '- underwater acoustic transducers are stored apart.'];
    expect(things([LEAD_IN, '', ...items].join('\n'))).toEqual([]);
  });
});
