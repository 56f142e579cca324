// A company's legal form written out and cut short ("Company" / "Co., Ltd.") is one company's; a name with a form is the
// catalog company named by the same words without one (entities.ts sameCompany and catalogCompany, legal-forms.ts
// sameLegalForm, grammar/legal-forms.yaml spelled-out). Own sentences, invented names but for the catalog's companies
// (helper-135).
import { describe, expect, it } from 'vitest';
import { Catalog, loadCatalog } from '../../../ingest/catalog/index.ts';
import { sameLegalForm } from '../../../ingest/recognize/legal-forms.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const companiesWith = (matcher: Matcher) => (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, matcher), 'Company');
const bare = companiesWith(Matcher.fromCatalog(new Catalog([], 'none').entries));
const curated = companiesWith(Matcher.fromCatalog(loadCatalog().entries));

describe('legal forms', () => {
  it('are one company\'s written out and cut short, where one opens the other', () => {
    expect(sameLegalForm('company', 'co., ltd.')).toBe(true);
    expect(sameLegalForm('corporation', 'corp.')).toBe(true);
    expect(sameLegalForm('company limited', 'co., ltd.')).toBe(true);
    expect(sameLegalForm('inc.', 'ltd.')).toBe(false);
    expect(sameLegalForm('corporation', 'co., ltd.')).toBe(false);
  });
});

describe('a name with a form spelled out and the same name cut short', () => {
  it('is one company in either order', () => {
    const found = bare('Treasury named Tarrow Lidar Technology Company on Monday. Tarrow Lidar Technology Co., Ltd. makes sensors.');
    expect(found).toEqual(['Tarrow Lidar Technology Company=company:~tarrow-lidar-technology-company', 'Tarrow Lidar Technology Co., Ltd.=company:~tarrow-lidar-technology-company']);
  });
  it('stays two companies with forms of two kinds', () => {
    const found = bare('Treasury named Tarrow Lidar Technology Company on Monday. Tarrow Lidar Technology Inc. makes sensors.');
    expect(new Set(found.map((f) => f.split('=')[1])).size).toBe(2);
  });
});

describe('a name with a form', () => {
  it('is the catalog company named by its words without the form', () => {
    expect(curated('The regulator named Hytera Communications Corporation in its order.')).toEqual(['Hytera Communications Corporation=company:hytera']);
    expect(curated('The regulator named Quectel Wireless Solutions Company in its order.')).toEqual(['Quectel Wireless Solutions Company=company:quectel']);
  });
  it('is no catalog company whose name is only a part of its words', () => {
    expect(curated('The regulator named Hytera Radio Parts Corporation in its order.').every((m) => !m.endsWith('=company:hytera'))).toBe(true);
  });
});
