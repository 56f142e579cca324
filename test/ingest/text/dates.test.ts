import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englishDate, englishDates, isoDate, longEnglishDate, monthNumber } from '../../../ingest/text/dates.ts';

describe('English dates', () => {
  it.each([
    ['February 28, 2024', '2024-02-28'],
    ['Dec. 23, 2024', '2024-12-23'],
    ['Sept. 30, 2031', '2031-09-30'],
    ['Sep. 3, 2020', '2020-09-03'],
    ['of 27 April 2016', '2016-04-27'],
    ['THE WHITE HOUSE,    February 28, 2024.', '2024-02-28'],
  ])('%s -> %s', (text, iso) => {
    expect(englishDate(text)?.date).toBe(iso);
  });

  it('finds every date in order, with its words and offset', () => {
    const text = 'Pub. L. 116–260, Dec. 27, 2020; 27 April 2016 and June 6, 2025.';
    expect(englishDates(text).map((d) => [d.date, d.text, text.indexOf(d.text) === d.index])).toEqual([
      ['2020-12-27', 'Dec. 27, 2020', true],
      ['2016-04-27', '27 April 2016', true],
      ['2025-06-06', 'June 6, 2025', true],
    ]);
  });

  it('rejects days that do not exist and words that are not months', () => {
    expect(englishDate('February 30, 2024')).toBeUndefined();
    expect(englishDate('Mayday 3, 2024')).toBeUndefined();
    expect(isoDate('2024-02-30')).toBeUndefined();
    expect(isoDate('2024-2-3')).toBeUndefined();
    expect(isoDate(20240203)).toBeUndefined();
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('Ju')).toBeUndefined();
  });

  it('round-trips every day it prints', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1789-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(englishDate(longEnglishDate(iso))?.date).toBe(iso);
        expect(isoDate(iso)).toBe(iso);
      }),
    );
  });
});
