// A state's government named collectively, with the country it belongs to.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { findGovernments, presidentSurnames } from '../../../ingest/recognize/governments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const governments = (text: string): string[] =>
  findGovernments(text, findCountries(text)).map((f) => `${f.surface} => ${f.name} (${f.jurisdiction}, ${f.kind}) [${f.rule}]`);

describe('governments', () => {
  it('reads a country or demonym before "government", with a qualifier or a possessive', () => {
    expect(governments("The Chinese government and Japan's central government replied.")).toEqual([
      'Chinese government => Government of China (cn, government) [body:government]',
      "Japan's central government => Government of Japan (jp, government) [body:government]",
    ]);
  });
  it('reads "Government of <country>" and the U.S. forms', () => {
    expect(governments('the Government of the Netherlands and the U.S. federal government')).toEqual([
      'Government of the Netherlands => Government of Netherlands (nl, government) [body:government]',
      'U.S. federal government => Government of United States (us, government) [body:government]',
    ]);
  });
  it('finds nothing where no country is named', () => {
    expect(governments('The government and local governments replied.')).toEqual([]);
  });
  it('reads "the Federal Government" as the government of the document\'s own country, and only then', () => {
    const text = 'Information shared by the Federal Government and the national government.';
    expect(findGovernments(text, findCountries(text), 'us').map((f) => `${f.surface} => ${f.name}`)).toEqual([
      'Federal Government => Government of United States',
      'national government => Government of United States',
    ]);
    expect(findGovernments(text, findCountries(text))).toEqual([]);
  });
});

describe("a president's administration", () => {
  const matcher = Matcher.fromCatalog(loadCatalog().entries.filter((e) => e.label === 'Jurisdiction'));
  const mentions = (md: string, jurisdiction?: string): string[] =>
    surfaceIdsOf(recogniseMarkdown(md, matcher, { jurisdiction }), 'Authority');
  it('reads the surnames of the presidents a document names', () => {
    expect([...presidentSurnames(['President Jane Q. Doe spoke with President Roe and Vice President Ann Poe.', 'The President said so.'])]).toEqual(['Doe', 'Roe', 'Poe']);
  });
  it('reads "<president> Administration" and "the Administration" as the government of the document\'s country', () => {
    const md = '# T\n\nPresident Jane Q. Doe spoke. The Doe-Poe Administration imposed duties. The Administration will act.';
    expect(mentions(md, 'us')).toEqual([
      'Doe-Poe Administration=authority:~government-of-united-states',
      'Administration=authority:~government-of-united-states',
    ]);
    expect(mentions('# T\n\nThe Administration will act. The Administration said so.', 'us')).toEqual([
      'Administration=authority:~government-of-united-states',
      'Administration=authority:~government-of-united-states',
    ]);
  });
  it('reads a news report\'s "<president> administration" as that government, and keeps no other "X administration"', () => {
    expect(mentions('# T\n\nPresident Doe spoke. The Doe administration opened an inquiry. The Roe administration did not. Public administration matters.', 'us')).toEqual([
      'Doe administration=authority:~government-of-united-states',
    ]);
  });
  it('keeps a body of that head the document names, and a surname no president of the document bears', () => {
    expect(mentions('# T\n\nThe Harbour Safety Administration acted. The Administration will act.', 'us')).toEqual([
      'Harbour Safety Administration=authority:~harbour-safety-administration',
      'Administration=authority:~harbour-safety-administration',
    ]);
    expect(mentions('# T\n\nThe Doe Administration imposed duties.', 'us')).toEqual(['Doe Administration=authority:~doe-administration']);
    // A document of no one country has no government to name so.
    expect(mentions('# T\n\nThe Administration will act.')).toEqual([]);
  });
});
