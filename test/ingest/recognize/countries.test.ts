// Countries, demonyms and regions from the maintained data sets (i18n-iso-countries, world-countries).
import { describe, expect, it } from 'vitest';
import { countryAbbreviations, countryCode, findCountries, isCountryOriginWord } from '../../../ingest/recognize/countries.ts';

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
  it('names the abbreviations the data carries, in its case, not the ISO codes it lists as spellings', () => {
    expect([...countryAbbreviations()]).toEqual(expect.arrayContaining(['US', 'U.S.', 'UK', 'UAE', 'DPRK']));
    expect(['US', 'UAE', 'Uruguayan', 'Chinese'].map(isCountryOriginWord)).toEqual([true, true, true, true]);
    expect(['us', 'AI', 'IT', 'Federal'].map(isCountryOriginWord)).toEqual([false, false, false, false]);
  });
  it("places a company's seat town in its country, only after a seat's words, and leaves a shared town's name open", () => {
    expect(hits('Kestrel Robotics is headquartered in Shenzhen and sells in Shanghai.')).toEqual(['Shenzhen=CN [country:seat]']);
    expect(hits('a Hangzhou-based maker; The Wuhan-based supplier; based in San Francisco Bay')).toEqual(['Hangzhou=CN [country:seat]', 'Wuhan=CN [country:seat]', 'San Francisco=US [country:seat]']);
    // Sydney, Australia outnumbers Sydney, Nova Scotia many times over; Victoria is a town of several countries alike.
    expect(hits('Finch is based in Sydney; Osprey is based in Victoria.')).toEqual(['Sydney=AU [country:seat]', 'Victoria=AR|CA|CL|SC|US [country:seat]']);
    expect(hits('based in part on Shenzhen data; Based in Berlin.')).toEqual(['Berlin=DE [country:seat]']);
  });
  it('reads a seat in a state or province as that subdivision, not a town of the same name elsewhere', () => {
    // Florida is also a town (and department) of Uruguay; the seat is the US state, as subdivisions.ts reads the name.
    const seats = (text: string): string[] => findCountries(text).map((h) => `${h.surface}=${h.subdivision ?? h.codes.join('|')} [${h.rule}]`);
    expect(seats('Marlin Parts, a Florida-based reseller of radios, was fined.')).toEqual(['Florida=us-fl [country:subdivision]']);
    expect(seats('Quill Optics is headquartered in Ontario.')).toEqual(['Ontario=ca-on [country:subdivision]']);
  });
});
