// A determiner ("certain", "any", "such", "a") opens a noun phrase of its own, and an -ing form right before one opens a
// clause ("UAS incorporating certain flight controllers", "routers containing a modem"): no word before it is a word of
// the name after it, and no word from it on is a word of the name before it (things.ts phraseOn, phraseEnd). Own sentences.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] =>
  surfacesOf(analyseText(text).rec, ['Product', 'Technology']);

describe('a determiner inside a run of words after a thing', () => {
  it('ends the name before an -ing form that takes it', () => {
    const got = things('The notice would bar the import of routers incorporating certain modems from Norland.');
    expect(got).toContain('routers');
    expect(got.some((t) => /incorporating/.test(t))).toBe(false);
    expect(things('Valdmark restricts the sale of inverters containing any relay boards.').some((t) => /containing/.test(t))).toBe(false);
  });
  it('starts the name after the determiner', () => {
    const got = things('The notice would bar the import of drones incorporating certain flight controllers from Norland.');
    expect(got.some((t) => /incorporating|certain/.test(t))).toBe(false);
  });
});
