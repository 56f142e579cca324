// Companies: a name in title case with a place in brackets inside it, before its legal form ("Varnholt Optics (Suzhou)
// Co., Ltd."), in running text and in a list of names (legal-forms.ts titled, names.ts). Own sentences, invented names
// (helper-430).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const companies = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Company');

describe('a company name with a bracketed place inside', () => {
  it('is one name in running text', () => {
    expect(companies('Last year the ministry fined Varnholt Optics (Suzhou) Co., Ltd. for late filings.')).toEqual([
      'Varnholt Optics (Suzhou) Co., Ltd.=company:~varnholt-optics-suzhou-co-ltd',
    ]);
  });
  it('is one name at the head of a list of names', () => {
    expect(companies('The agency listed Varnholt Optics (Suzhou) Co., Ltd., Qinling Tamber Metals Co., Ltd., and Brask Lumen Holdings Ltd. as new parties.')).toEqual([
      'Varnholt Optics (Suzhou) Co., Ltd.=company:~varnholt-optics-suzhou-co-ltd',
      'Qinling Tamber Metals Co., Ltd.=company:~qinling-tamber-metals-co-ltd',
      'Brask Lumen Holdings Ltd.=company:~brask-lumen-holdings-ltd',
    ]);
  });
});

describe('a seat the gazetteer does not hold, in brackets before a legal form', () => {
  it('is inside the name in running text', () => {
    expect(companies('Last year the ministry fined Varnholt Optics (Tarnby) Co., Ltd. for late filings.')).toEqual([
      'Varnholt Optics (Tarnby) Co., Ltd.=company:~varnholt-optics-tarnby-co-ltd',
    ]);
  });
  it('is inside the name at the head of a list of names', () => {
    expect(companies('The agency listed Varnholt Optics (Tarnby) Co., Ltd., Qinling Tamber Metals Co., Ltd., and Brask Lumen Holdings Limited as new parties.')).toEqual([
      'Varnholt Optics (Tarnby) Co., Ltd.=company:~varnholt-optics-tarnby-co-ltd',
      'Qinling Tamber Metals Co., Ltd.=company:~qinling-tamber-metals-co-ltd',
      'Brask Lumen Holdings Limited=company:~brask-lumen-holdings-limited',
    ]);
  });
});
