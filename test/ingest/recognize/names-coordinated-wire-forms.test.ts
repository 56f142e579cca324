// Names coordinated in a list (helper-336): the makers listed after one whose short name follows it in brackets
// (companies.ts nextConjunct); a group put on a list of companies (companies.ts listedAmongCompanies); two names in a row joined by "and" where the first is whole: a company's name ending in a legal form a wire writes
// without its dot ("... Technology Co and ..."), even when it opens with its seat, and a public body's name ending in its
// head before another body's name ending in one (names.ts coordinatedCompanies, headedPair). Own sentences, invented
// names (helper-336).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const of = (label: string, md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), label).map((s) => s.split('=')[0]);

describe('names coordinated after a whole first name', () => {
  it('splits two companies where the first, opening with its seat, ends in "Co" or "Corp"', () => {
    expect(of('Company', 'The ruling covers radios made by Harbin Wenlai Optics Corp and Ningde Pellin Storage Ltd since 2024.')).toEqual(['Harbin Wenlai Optics Corp', 'Ningde Pellin Storage Ltd']);
    expect(of('Company', 'The order names Chongqing Tarrow Sensing Technology Co and Fujian Meiqi Radio Ltd on Friday.')).toEqual(['Chongqing Tarrow Sensing Technology Co', 'Fujian Meiqi Radio Ltd']);
    // A seat's name whose first side has no legal form goes on past "and", as before.
    expect(of('Company', 'Regulators fined Harbin Science and Technology Development Co., Ltd. on Tuesday.')).toEqual(['Harbin Science and Technology Development Co., Ltd.']);
  });
  it('splits two bodies each ending in its head, not a name with no head before "and"', () => {
    expect(of('Authority', 'Grants of the Federal Harbour Administration and Federal Ferry Administration may not pay for them.')).toEqual(['Federal Harbour Administration', 'Federal Ferry Administration']);
    expect(of('Authority', 'The Norland Maritime Authority and Coast Guard Agency met.')).toEqual(['Norland Maritime Authority', 'Coast Guard Agency']);
    expect(of('Authority', 'Goods were held by U.S. Customs and Border Protection in May.')).toEqual(['U.S. Customs and Border Protection']);
    // A head in the plural names a domain too: one body.
    expect(of('Authority', 'The Norland Customs and Border Safety Agency held the goods.')).toEqual(['Norland Customs and Border Safety Agency']);
  });
  it('reads the makers listed after one whose short name follows it in brackets', () => {
    expect(of('Company', 'The law bars buying cells produced by Harlow Cell Technology Co., Limited (HCT), Quistar Energy, Pelham Power and Brellium Systems from 2027.')).toEqual([
      'Harlow Cell Technology Co., Limited',
      'HCT',
      'Quistar Energy',
      'Pelham Power',
      'Brellium Systems',
    ]);
    expect(of('Company', 'Radios supplied by Tarrow Aero Ltd. (Tarrow), Pelham Power and Quistar Energy are named.')).toEqual(['Tarrow Aero Ltd.', 'Tarrow', 'Pelham Power', 'Quistar Energy']);
  });
  it('reads a group a body puts on its list of companies as a company, not another group', () => {
    expect(of('Company', 'In May the Department of Defense added Tarrow Group, the largest of them, to its list of Chinese military companies.')).toEqual(['Tarrow Group']);
    expect(of('Company', 'The Department added the Harbour Working Group to its list of advisory bodies.')).toEqual([]);
  });
});
