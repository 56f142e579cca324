// A state's department named by its portfolio and its country ("Transport Canada"), and the names of that shape that are not.
import { describe, expect, it } from 'vitest';
import { findAppliedTitles } from '../../../ingest/recognize/applied-titles.ts';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { analyseText } from '../reports/helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const titles = (text: string): string[] => findAppliedTitles(text, findCountries(text)).map((f) => `${f.surface} (${f.jurisdiction}) [${f.rule}]`);

describe('applied titles', () => {
  it('reads one portfolio or several joined by commas and "and" before a country\'s name', () => {
    expect(titles('Health Canada and Environment and Climate Change Canada wrote to Innovation, Science and Economic Development Canada.')).toEqual([
      'Health Canada (ca) [body:portfolio-country]',
      'Environment and Climate Change Canada (ca) [body:portfolio-country]',
      'Innovation, Science and Economic Development Canada (ca) [body:portfolio-country]',
    ]);
  });
  it('takes the portfolio only where it stands right before the country, "and" before it being no part', () => {
    expect(titles('the Canadian Security Intelligence Service and Public Safety Canada reviewed it')).toEqual(['Public Safety Canada (ca) [body:portfolio-country]']);
  });
  it('reads none where no portfolio stands there, a capitalised word opens a longer name, or a legal form follows', () => {
    expect(titles('Air Canada, Hikvision Canada and Bell Canada replied.')).toEqual([]);
    expect(titles('Northern Transport Canada replied.')).toEqual([]);
    expect(titles('Health Canada Inc. sells vitamins.')).toEqual([]);
    expect(titles('Finance Ireland lends to farmers.')).toEqual([]);
  });
  it('reads none after a demonym: "Transport Canadian" names no country', () => {
    expect(titles('Transport Canadian rules apply.')).toEqual([]);
  });
  it('makes the department an authority of its country, the acronym the text gives it its own, and reads its acts', () => {
    const { rec, relations } = analyseText('# Review\n\nInnovation, Science and Economic Development Canada (ISED) led the review. Later ISED said it would act, and Transport Canada restricted the use of drones made by foreign manufacturers at federal airports.\n');
    expect(surfaceIdsOf(rec, 'Authority')).toEqual([
      'Innovation, Science and Economic Development Canada=authority:~innovation-science-and-economic-development-canada',
      'ISED=authority:~innovation-science-and-economic-development-canada',
      'ISED=authority:~innovation-science-and-economic-development-canada',
      'Transport Canada=authority:~transport-canada',
    ]);
    expect(relations.map((x) => `${x.start} ${x.type} ${x.end}`)).toContain('authority:~transport-canada RESTRICTS product:drones');
  });
});
