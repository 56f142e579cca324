// A catalog thing written in capitals inside a longer proper name the grammar does not read is a word of that name, no
// mention of the thing (recognize/index.ts insideCapitalisedName). Own sentences, invented programmes.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), ['Product', 'Technology']);

describe('a catalog thing inside a capitalised name', () => {
  it('is no mention inside a programme\'s or a title\'s name', () => {
    expect(things('# T\n\nThe chargers were funded under the Northern Electric Vehicle Infrastructure (NEVI) programme.')).toEqual([]);
    expect(things('# T\n\nThe directive, Unmanned Aircraft Systems Program Management, sets the agency\'s duties.')).toEqual([]);
  });
  it('stays a mention opening a sentence, between lower-case words, or in a line set in title case', () => {
    expect(things('# T\n\nElectric vehicles made in Norland face a tariff.')).toEqual(['Electric vehicles']);
    expect(things('# T\n\nBuyers of Electric Vehicles pay less tax.')).toEqual(['Electric Vehicles']);
    expect(things('# T\n\nAgency Did Not Remove Prohibited Drones Before The Deadline')).toEqual(['Drones']);
  });
});

describe('a catalog thing of an acronym and a capitalised word inside a capitalised name', () => {
  it('is no mention inside a standard\'s title', () => {
    expect(things('# T\n\nThe group adopted WG-77 version 2.0, Consumer IoT Device Baseline Security Requirements, in May.')).toEqual([]);
  });
  it('stays a mention in running text', () => {
    expect(things('# T\n\nThe group adopted rules for IoT devices in May.')).toEqual(['IoT devices']);
  });
});
