// Companies named on a plural head of a business that a field's topics share ("Industries", "Enterprises",
// "Technologies": grammar/names.yaml business-heads): a name of two or three words opening with a coined word is a
// company's as a party or with its seat in brackets (companies.ts businessName, seatAside). Own sentences, invented names
// (helper-399).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const companies = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Company');

describe('a coined name on a plural business head', () => {
  it('is a company as a party', () => {
    expect(companies('Regulators fined Norvale Marine Enterprises on Monday.')).toEqual(['Norvale Marine Enterprises=company:~norvale-marine-enterprises']);
    expect(companies('Vardenko Technologies said it would appeal.')).toEqual(['Vardenko Technologies=company:~vardenko-technologies']);
    expect(companies('The ministry added Qarnel Precision Industries to the list.')).toEqual(['Qarnel Precision Industries=company:~qarnel-precision-industries']);
  });
  it('is a company with its seat in brackets after a clause', () => {
    expect(companies('The ministry also added Tarvo Systems LLC (Russia), which is suspected of buying lathes, as well as Qarnel Precision Industries (Iran).')).toEqual([
      'Tarvo Systems LLC=company:~tarvo-systems-llc',
      'Qarnel Precision Industries=company:~qarnel-precision-industries',
    ]);
  });
  it('but not a field written in title case', () => {
    expect(companies('Critical Technologies are reviewed every year.')).toEqual([]);
    expect(companies('The report covers Emerging Technologies and their uses.')).toEqual([]);
    expect(companies('Creative Industries (Scotland) grew by four percent.')).toEqual([]);
  });
});
