// EUR-Lex XHTML in the layouts of other years: numbers from the printed text, never from element ids;
// lead-ins and group headings among the recitals; anything else fails, naming the element.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import type { ParsedStatute, SourceFile } from '../../../ingest/model.ts';
import { parseEurlexXhtml } from '../../../ingest/statutes/eurlex-xhtml.ts';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { fixtureSource } from './helpers.ts';
import { thrown } from '../../thrown.ts';

const source = (rel: string): SourceFile => fixtureSource(rel, 'xhtml (EUR-Lex OJ CONVEX rendition)', { language: 'en' });

/** The fixture with the first occurrence of a passage replaced. */
function variant(rel: string, from: string, to: string): SourceFile {
  const src = source(rel);
  expect(src.text).toContain(from);
  return { ...src, text: src.text.replace(from, to) };
}

const failure = (src: SourceFile): DocumentError => thrown(DocumentError, () => parseEurlexXhtml(src));

/** line:column (1-based) of the first occurrence of `needle`. */
function at(text: string, needle: string): string {
  const i = text.indexOf(needle);
  const before = text.slice(0, i);
  return `${before.split('\n').length}:${i - before.lastIndexOf('\n')}`;
}

const summary = (doc: ParsedStatute) => doc.provisions.map((p) => [p.locator, p.number, p.heading, p.chapter, p.section]);

describe('EUR-Lex XHTML, 2023 layout (act-by-act L series)', () => {
  const doc = parseStatute(source('eu-2023-layout.xhtml'));

  it('numbers recitals and articles from the printed text, not from the ids', () => {
    // Ids: rct_1 holds "Whereas:", so recital (1) is rct_2; Article 1 is art_2, Article 3 art_4.
    expect(summary(doc)).toEqual([
      ['rct_1', '(1)', undefined, undefined, undefined],
      ['rct_2', '(2)', undefined, undefined, undefined],
      ['rct_3', '(3)', undefined, undefined, undefined],
      ['art_1', '1', 'Subject matter', 'CHAPTER I General provisions', undefined],
      ['art_2', '2', 'Definitions', 'CHAPTER I General provisions', undefined],
      ['art_3', '3', 'Duties of manufacturers', 'CHAPTER II Obligations', 'SECTION 1 Manufacturers'],
      ['anx_I', 'I', 'MODEL LABEL', undefined, undefined],
    ]);
    expect(doc.provisions.map((p) => p.order)).toEqual([1, 2, 3, 1, 2, 3, 1]);
  });

  it('keeps recital texts without the lead-in or footnote call-outs', () => {
    expect(doc.provisions.slice(0, 3).map((p) => p.text)).toEqual([
      'Test widgets are sold without a label, which confuses buyers.',
      'A common label should therefore be laid down.\nIt should be easy to read.',
      'This Regulation should apply from 1 January 2100,',
    ]);
    expect(doc.provisions.some((p) => p.text.includes('Whereas'))).toBe(false);
  });

  it('reads paragraphs by their printed "1." and points by their cells, whatever the div ids', () => {
    const art3 = doc.provisions.find((p) => p.locator === 'art_3');
    expect(art3?.text).toBe('1. Manufacturers shall label each test widget.\n2. The label shall state:\n(a) the name of the manufacturer;\n(b) the batch, including:\n(i) its number.');
    expect(art3?.paragraphs.map((p) => [p.locator, p.number, p.text])).toEqual([
      ['art_3__para_1', '1', 'Manufacturers shall label each test widget.'],
      ['art_3__para_2', '2', 'The label shall state:\n(a) the name of the manufacturer;\n(b) the batch, including:\n(i) its number.'],
      ['art_3__para_2__pt_a', '(a)', 'the name of the manufacturer;'],
      ['art_3__para_2__pt_b', '(b)', 'the batch, including:\n(i) its number.'],
      ['art_3__para_2__pt_b__pt_i', '(i)', 'its number.'],
    ]);
  });

  it('reads the annex by its printed title, and the title and date of the act', () => {
    const annex = doc.provisions.find((p) => p.kind === 'annex');
    expect(annex?.text).toBe('The label shall be printed in black on white.\n(a) Its letters shall be at least 2 mm high.');
    expect(annex?.paragraphs.map((p) => p.locator)).toEqual(['anx_I__pt_a']);
    expect(doc.title).toBe('REGULATION (EU) 2099/17 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 13 December 2099 on the labelling of test widgets');
    expect(doc.dates.adopted).toBe('2099-12-13');
  });

  it('skips a "Whereas:" that shares a container with recital (1)', () => {
    const merged = variant('eu-2023-layout.xhtml', '</div>\n            <div class="eli-subdivision" id="rct_2">', '');
    const recitals = parseEurlexXhtml(merged).provisions.filter((p) => p.kind === 'recital');
    expect(recitals.map((p) => [p.locator, p.text.slice(0, 12)])).toEqual([
      ['rct_1', 'Test widgets'],
      ['rct_2', 'A common lab'],
      ['rct_3', 'This Regulat'],
    ]);
  });
});

describe('EUR-Lex XHTML, recitals grouped in one container, no ids', () => {
  const doc = parseStatute(source('eu-recital-group.xhtml'));

  it('reads recitals printed as paragraphs, and passes over the lead-in and the group heading', () => {
    expect(doc.provisions.map((p) => [p.locator, p.number, p.text])).toEqual([
      ['rct_1', '(1)', 'Labels come in many colours.'],
      ['rct_2', '(2)', 'Some colours are hard to read.'],
      ['rct_3', '(3)', 'Black on white is easiest to read.'],
      ['art_1', '1', 'Test labels shall be black on white, as set out in the Annex.'],
      ['art_2', '2', 'This Decision is addressed to the Member States.'],
      ['anx_I', 'I', 'Black letters on a white ground.'],
    ]);
    expect(doc.dates.adopted).toBe('2099-03-02');
  });
});

describe('EUR-Lex XHTML, what cannot be read fails naming the element', () => {
  it('rejects a list among the recitals', () => {
    const src = source('eu-recital-unexpected.xhtml');
    const e = failure(src);
    expect(e.file).toBe(src.path);
    expect(e.reason).toBe(`<div id="rct_2"> at ${at(src.text, '<div class="eli-subdivision" id="rct_2">')}: among the recitals, neither a recital numbered "(N)" nor paragraphs (holds <ul>)`);
  });

  it('rejects a recital whose number is not printed "(N)", between recitals and after the last', () => {
    const between = variant('eu-2023-layout.xhtml', '<p class="oj-normal">(2)</p>', '<p class="oj-normal">2</p>');
    expect(failure(between).reason).toMatch(/^<div id="rct_3"> at \d+:\d+: among the recitals, neither a recital numbered "\(N\)" nor paragraphs \(holds <table>\)$/);
    const last = variant('eu-2023-layout.xhtml', '<p class="oj-normal">(3)</p>', '<p class="oj-normal">3.</p>');
    expect(failure(last).reason).toMatch(/^<div id="rct_4"> at /);
  });

  it('rejects text between recitals that is neither a recital nor a heading', () => {
    const src = variant('eu-recital-group.xhtml', '<p class="oj-ti-grseq-1">', '<p class="oj-normal">');
    expect(failure(src).reason).toMatch(/^<p> at \d+:\d+: between recitals, text that is neither a numbered recital nor a heading: "A\. THE CHOICE OF COLOUR"$/);
  });

  it('rejects a recital row of three cells', () => {
    const src = variant('eu-2023-layout.xhtml', '<td valign="top"><p class="oj-normal">(2)</p></td>', '<td valign="top"><p class="oj-normal">(2)</p></td><td/>');
    expect(failure(src).reason).toMatch(/^<div id="rct_3"> at \d+:\d+: a recital is one row of two cells \("\(1\)" \| text\), found 1 row\(s\) of 3 cell\(s\)$/);
  });

  it('rejects a numbered recital outside any recital container', () => {
    const src = variant('eu-2023-layout.xhtml', '<p class="oj-normal">HAVE ADOPTED THIS REGULATION:</p>', '<p class="oj-normal">(4) A stray recital.</p><p class="oj-normal">HAVE ADOPTED THIS REGULATION:</p>');
    expect(failure(src).reason).toMatch(/^<p> at \d+:\d+: a numbered recital outside a recital container/);
  });

  it('rejects an article title that is not "Article N", naming the title element', () => {
    const src = variant('eu-2023-layout.xhtml', 'Article&#xa0;3<', 'Article&#xa0;3a<');
    expect(failure(src).reason).toBe(`<p id="d1e220-1-1"> at ${at(src.text, '<p id="d1e220-1-1"')}: article titled "Article 3a", not "Article N"`);
  });

  it('rejects an element an article cannot hold instead of dropping its text', () => {
    const src = variant(
      'eu-2023-layout.xhtml',
      '<p class="oj-normal">This Regulation lays down rules on the labelling of test widgets.</p>',
      '<ul><li>This Regulation lays down rules on the labelling of test widgets.</li></ul>',
    );
    expect(failure(src).reason).toMatch(/^<ul> at \d+:\d+: unexpected element in a provision \(expected p, table or div\)$/);
  });
});
