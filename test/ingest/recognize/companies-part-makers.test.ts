// A maker's name before one of its parts, after an indefinite article (grammar/names.yaml part-makers, companies.ts
// company:part-maker): one word the lexicon does not know, up to three words of the part's model, standard or kind, then a
// noun of electronic parts ("a Realtek Wi-Fi module"). Not a standard's, protocol's or platform's name, an acronym or a
// hyphenated word, a word the lexicon knows, nor a capitalised word of a longer name. Own sentences, invented makers.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const labelled = (text: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${text}`)).map((m) => `${m.surface}=${m.label}`);
const companies = (text: string): string[] => labelled(text).filter((x) => x.endsWith('=Company'));

describe('a maker named before its part', () => {
  it.each([
    ['The teardown found a Marvane flash chip under the shield.', ['Marvane=Company']],
    ['The camera is built around an Orvix SoC with 64 MB of memory.', ['Orvix=Company']],
    ['Wi-Fi is provided by a Tellusion Wi-Fi module on a daughterboard.', ['Tellusion=Company']],
    ['The board carries an Orvix T31 system-on-chip and a Quenrik 802.11n module.', ['Orvix=Company', 'Quenrik=Company']],
    ['Positioning comes from a Vardell GNSS receiver.', ['Vardell=Company']],
  ])('is a company: %s', (text, want) => {
    expect(companies(text)).toEqual(want);
  });

  it.each([
    'The hub holds a Bluetooth chip and a Zigbee radio module.',
    'The drone carries a GNSS receiver and a Wi-Fi module.',
    'The camera has a Chinese image sensor.',
    'The board runs a Linux kernel module.',
    'The camera uses a Tellusion Systems module.',
  ])('but not a standard, a place, an acronym or a word of a longer name: %s', (text) => {
    expect(companies(text)).toEqual([]);
  });

  it('is the company the document names in full, by its short name', () => {
    const got = recogniseMarkdown('# T\n\nWuhan Quenrik Infrared Co., Ltd. sells thermal modules. The camera uses a Quenrik HX-256 module.').sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Company');
    expect(new Set(got.map((m) => m.id)).size).toBe(1);
    expect(got.map((m) => m.surface)).toContain('Quenrik');
  });
});
