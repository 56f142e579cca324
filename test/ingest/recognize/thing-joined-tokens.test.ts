// A word joined to the one before it by a slash or a dot after a number ends a longer token (a fraction, a version, a
// citation) and opens no name of a thing (things.ts phraseOn): the name starts after it; two modifiers so joined are
// alternatives inside one name ("4G/5G cellular module"). Own sentences (helper-250, issue 15, dev67's teardown).
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => f.surface);

describe('a thing after a token with a slash or a dot inside it', () => {
  it('starts after a fraction or a version', () => {
    expect(things('The camera uses a 1/2-inch 48-megapixel CMOS image sensor from a supplier.')).toContain('48-megapixel CMOS image sensor');
    expect(things('The camera uses a 1/2-inch 48-megapixel CMOS image sensor from a supplier.')).not.toContain('2-inch 48-megapixel CMOS image sensor');
    expect(things('Wi-Fi is provided by an 802.11n module on a daughterboard.').filter((t) => /11n/.test(t))).toEqual([]);
  });
  it('starts after a citation', () => {
    expect(things('Directive 2014/53/EU radio equipment must meet the essential requirements.')).toContain('radio equipment');
    expect(things('Directive 2014/53/EU radio equipment must meet the essential requirements.').filter((t) => /EU/.test(t))).toEqual([]);
  });
  it('takes two modifiers joined by a slash as alternatives into the name', () => {
    expect(things('Inside the unit sits a 4G/5G cellular module from a supplier.')).toContain('4G/5G cellular module');
  });
  it('leaves a name of plain words as it was', () => {
    expect(things('The firm sells 48-megapixel CMOS image sensors.')).toContain('48-megapixel CMOS image sensors');
  });
});
