// A state's government named collectively, with the country it belongs to.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { findGovernments } from '../../../ingest/recognize/governments.ts';

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
