// Countries, demonyms and regions from the maintained data sets (i18n-iso-countries, world-countries).
import { describe, expect, it } from 'vitest';
import { countryCode, findCountries } from '../../../ingest/recognize/countries.ts';

const hits = (text: string): string[] => findCountries(text).map((h) => `${h.surface}=${h.codes.join('|') || 'region'} [${h.rule}]`);

describe('countries', () => {
  it('finds names, demonyms (with plurals and possessives) and Chinese names', () => {
    expect(hits("Chinese and Vietnamese firms, Americans’ data, South Korea's market; 中国和美国")).toEqual([
      'Chinese=CN [country:demonym]',
      'Vietnamese=VN [country:demonym]',
      'Americans=US [country:demonym]',
      'South Korea=KR [country:name]',
      '中国=CN [country:name-zh]',
      '美国=US [country:name-zh]',
    ]);
  });
  it('gives a demonym shared with territories to the UN member, and reports one shared by members', () => {
    expect(hits('Dutch and Congolese traders')).toEqual(['Dutch=NL [country:demonym]', 'Congolese=CD|CG [country:demonym]']);
  });
  it('prefers the longest name and reads regions', () => {
    expect(hits('the United States of America and Eastern Asia')).toEqual(['United States of America=US [country:name]', 'Eastern Asia=region [region:name]']);
  });
  it('never reads two-letter codes or lower-case words as countries', () => {
    expect(hits('IN AS fine china and turkey')).toEqual([]);
  });
  it('gives the code of a word that is one country', () => {
    expect([countryCode('Dutch'), countryCode('Australian'), countryCode('Federal')]).toEqual(['nl', 'au', undefined]);
  });
});
