// A state's government by the country dataset's name of two capitals ("UK", "US"), which is no country on its own.
import { describe, expect, it } from 'vitest';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { findGovernments } from '../../../ingest/recognize/governments.ts';

const governments = (text: string): string[] => findGovernments(text, findCountries(text)).map((f) => `${f.surface} => ${f.name} (${f.jurisdiction})`);

describe('governments by a short country name', () => {
  it('reads "UK Government" and "the UK central government" as the government of the United Kingdom', () => {
    expect(governments('Last spring the UK Government told mobile operators to strip out two vendors.')).toEqual(['UK Government => Government of United Kingdom (gb)']);
    expect(governments('Officials said the UK central government would consult.')).toEqual(['UK central government => Government of United Kingdom (gb)']);
  });
  it('needs the capitals and the government word', () => {
    expect(governments('The UK regulator and the uk government met; UKGovernment is no name.')).toEqual([]);
  });
});
