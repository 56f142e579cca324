// Formex acts as published over the years: recitals with or without NO.P, lead-ins ("Whereas:" in
// GR.CONSID.INIT or in a CONSID of its own), DIV.CONSID groups, articles quoted by amending acts;
// numbers from the printed labels, never from IDENTIFIER; anything else fails, naming the element.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import type { SourceFile } from '../../../ingest/model.ts';
import { parseFormex } from '../../../ingest/statutes/formex.ts';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { fixtureSource } from './helpers.ts';
import { thrown } from '../../thrown.ts';

const source = (rel: string): SourceFile => fixtureSource(rel, 'xml (Formex)', { language: 'en' });

/** The fixture with the first occurrence of a passage replaced. */
function variant(rel: string, from: string, to: string): SourceFile {
  const src = source(rel);
  expect(src.text).toContain(from);
  return { ...src, text: src.text.replace(from, to) };
}

const failure = (src: SourceFile): DocumentError => thrown(DocumentError, () => parseFormex(src));

/** line:column (1-based) of the first occurrence of `needle`. */
function at(text: string, needle: string): string {
  const i = text.indexOf(needle);
  const before = text.slice(0, i);
  return `${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
}

describe('Formex recitals with NO.P, in groups', () => {
  const doc = parseStatute(source('eu-recitals-numbered.fmx.xml'));
  const recitals = doc.provisions.filter((p) => p.kind === 'recital');

  it('reads every recital of the nested DIV.CONSID groups, without their titles or the footnote', () => {
    expect(recitals.map((p) => [p.locator, p.number, p.order, p.text])).toEqual([
      ['rct_1', '(1)', 1, 'Test widgets are often stored in damp places.'],
      ['rct_2', '(2)', 2, 'Damp spoils them.\nDry storage should be required.'],
      ['rct_3', '(3)', 3, 'Rooms should be ‘dry’ in the sense of this Regulation.'],
      ['rct_4', '(4)', 4, 'Shelves should be raised.'],
    ]);
    expect(recitals.some((p) => /STORAGE ROOMS|Shelves$|Whereas/.test(p.text))).toBe(false);
  });

  it('numbers articles from TI.ART (not IDENTIFIER) and names chapter and section by their printed titles', () => {
    const articles = doc.provisions.filter((p) => p.kind === 'article');
    // Article 2 sits in TITLE II > CHAPTER II > SECTION 1: TITLE is not a chapter.
    expect(articles.map((p) => [p.locator, p.number, p.heading, p.chapter, p.section])).toEqual([
      ['art_1', '1', 'Subject matter', 'CHAPTER I General provisions', undefined],
      ['art_2', '2', 'Dry storage', 'CHAPTER II Duties', 'SECTION 1 Keepers'],
      ['art_3', '3', 'Amendment to Regulation (EU) 2099/17', 'CHAPTER II Duties', 'SECTION 1 Keepers'],
    ]);
    expect(articles[1].paragraphs.map((p) => p.locator)).toEqual(['art_2__para_1', 'art_2__para_2', 'art_2__para_2__pt_a', 'art_2__para_2__pt_b']);
    expect(doc.dates.adopted).toBe('2099-03-04');
  });

  it('keeps an article quoted by an amending article as that article’s text, with no provisions of its own', () => {
    const art3 = doc.provisions.find((p) => p.locator === 'art_3');
    expect(art3?.text).toBe('In Regulation (EU) 2099/17, the following Article is inserted:\n‘Article 3a\nStorage labels\nLabels shall state the storage room.’');
    expect(art3?.paragraphs).toEqual([]);
    expect(doc.provisions.some((p) => p.number === '3a')).toBe(false);
  });
});

describe('Formex recitals without NO.P (2023 layout)', () => {
  const doc = parseStatute(source('eu-recitals-in-text.fmx.xml'));

  it('takes the number from the text, and passes over the lead-ins in GR.CONSID.INIT and in a CONSID', () => {
    expect(doc.provisions.map((p) => [p.locator, p.number, p.text])).toEqual([
      ['rct_1', '(1)', 'Test widgets travel by road.'],
      ['rct_2', '(2)', 'Roads are bumpy.'],
      ['rct_3', '(3)', 'Packing should absorb shocks.\nFoam is one way to do so.'],
      ['art_1', '1', 'Test widgets shall be packed in foam for transport.'],
    ]);
  });
});

describe('Formex, what cannot be read fails naming the element', () => {
  it('rejects an element of another kind among the recitals', () => {
    const src = source('eu-recital-unexpected.fmx.xml');
    const e = failure(src);
    expect(e.file).toBe(src.path);
    expect(e.reason).toBe(`<VISA> at ${at(src.text, '<VISA>')}: unexpected element among the recitals (<GR.CONSID> holds CONSID, DIV.CONSID and GR.CONSID.INIT)`);
  });

  it('rejects a recital with no printed number', () => {
    const src = source('eu-recital-no-number.fmx.xml');
    expect(failure(src).reason).toBe(`<CONSID> at ${at(src.text, '<CONSID><NP><TXT>')}: recital without a printed number (NO.P "(1)", or "(1)" opening its text): "Labels help."`);
  });

  it('rejects a recital whose NO.P is not "(N)", and a CONSID holding a table', () => {
    expect(failure(variant('eu-recitals-numbered.fmx.xml', '<NO.P>(2)</NO.P>', '<NO.P>2.</NO.P>')).reason).toMatch(/^<CONSID> at \d+:\d+: recital numbered "2\.", not "\(N\)"$/);
    const table = variant('eu-recitals-in-text.fmx.xml', '<CONSID><P>(2) Roads are bumpy.</P></CONSID>', '<CONSID><TBL><CORPUS/></TBL></CONSID>');
    expect(failure(table).reason).toMatch(/^<CONSID> at \d+:\d+: a recital holds one NP \(NO\.P, TXT\) or paragraphs, found <TBL>$/);
  });

  it('rejects a group heading element where a group cannot have one', () => {
    const src = variant('eu-recitals-in-text.fmx.xml', '<CONSID><P>Whereas:</P></CONSID>', '<TITLE><TI><P>Whereas:</P></TI></TITLE>');
    expect(failure(src).reason).toMatch(/^<TITLE> at \d+:\d+: unexpected element among the recitals/);
  });

  it('rejects a CONSID outside the preamble’s GR.CONSID instead of dropping it', () => {
    const src = variant('eu-recitals-in-text.fmx.xml', '<PREAMBLE.FINAL>', '<CONSID><NP><NO.P>(4)</NO.P><TXT>Stray.</TXT></NP></CONSID><PREAMBLE.FINAL>');
    expect(failure(src).reason).toMatch(/^<CONSID> at \d+:\d+: a recital outside PREAMBLE\/GR\.CONSID$/);
  });

  it('rejects an article title that is not "Article N", naming the ARTICLE', () => {
    const src = variant('eu-recitals-numbered.fmx.xml', '<TI.ART>Article 2</TI.ART>', '<TI.ART>Article 2a</TI.ART>');
    expect(failure(src).reason).toBe(`<ARTICLE IDENTIFIER="007"> at ${at(src.text, '<ARTICLE IDENTIFIER="007">')}: article titled "Article 2a", not "Article N"`);
  });
});
