// The executive-order adapter on the repository's own whitehouse.gov-style Markdown fixtures.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import type { ParsedStatute } from '../../../ingest/model.ts';
import { parseExecutiveOrder } from '../../../ingest/statutes/executive-order.ts';
import { chooseFormat, parseStatute } from '../../../ingest/statutes/index.ts';
import { fixtureSource } from './helpers.ts';

const source = (rel: string, extra = {}) => fixtureSource(rel, 'markdown', { language: 'en', jurisdiction: 'us', kind: 'executive-order', ...extra });
const parse = (rel: string): ParsedStatute => parseStatute(source(rel));
const provision = (doc: ParsedStatute, locator: string) => {
  const p = doc.provisions.find((x) => x.locator === locator);
  if (!p) throw new Error(`no ${locator}`);
  return p;
};

describe('executive orders (whitehouse.gov Markdown)', () => {
  const doc = parse('eo-fixture.whitehouse.en.md');

  it('is chosen by its front matter and "Section 1." heading, split over <span> markup', () => {
    expect(chooseFormat(source('eo-fixture.whitehouse.en.md')).parse).toBe(parseExecutiveOrder);
  });

  it('reads the preamble and the sections with their headings', () => {
    expect(doc.provisions.map((p) => [p.locator, p.kind, p.number, p.heading])).toEqual([
      ['preamble', 'preamble', '', undefined],
      ['sec_1', 'section', '1', 'Purpose'],
      ['sec_2', 'section', '2', 'Duties of Agencies Under E.O. 99000'],
      ['sec_3', 'section', '3', 'Definitions'],
      ['sec_4', 'section', '4', 'General Provisions'],
    ]);
    // The header line names the order; it is not preamble.
    expect(provision(doc, 'preamble').text).toBe('By the authority vested in me as President by the Constitution and the laws of the United States of America, it is hereby ordered:');
  });

  it('unescapes the Markdown, drops markup and joins hard-wrapped lines', () => {
    expect(provision(doc, 'sec_1').text).toBe('Fixture widgets are useful (see 5 U.S.C. 7999 et seq.) & they are everywhere.');
    expect(provision(doc, 'sec_2').text.split('\n')).toEqual([
      '(a) Each agency shall:',
      '(i) label its widgets; and',
      '(ii) report to the Secretary.',
      '(b) The Secretary may:',
      '(i) collect the reports;',
      '(ii) publish them.',
      'The Secretary shall publish them within 30 days.',
    ]);
  });

  it('nests points under subsections, with offsets into the section text', () => {
    const sec2 = provision(doc, 'sec_2');
    expect(sec2.paragraphs.map((p) => p.locator)).toEqual(['sec_2.a', 'sec_2.a.i', 'sec_2.a.ii', 'sec_2.b', 'sec_2.b.i', 'sec_2.b.ii']);
    expect(sec2.paragraphs.find((p) => p.locator === 'sec_2.a.ii')).toMatchObject({ number: '(ii)', text: 'report to the Secretary.' });
    expect(sec2.paragraphs.find((p) => p.locator === 'sec_2.a')?.text).toBe('Each agency shall:\n(i) label its widgets; and\n(ii) report to the Secretary.');
    for (const p of doc.provisions) for (const q of p.paragraphs) expect(p.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads (i) after (h) as a letter, and (i) before (ii) as a numeral', () => {
    const sec3 = provision(doc, 'sec_3');
    expect(sec3.paragraphs.map((p) => p.locator)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((l) => `sec_3.${l}`));
    expect(sec3.paragraphs.find((p) => p.locator === 'sec_3.i')?.text).toBe('The term “widget” means a fixture widget.');
  });

  it('dates the order by its signature, takes its number from its header, and keeps the signature out of the text', () => {
    expect(doc.title).toBe('Executive Order on Fixture Widgets');
    expect(doc.dates).toEqual({ adopted: '2031-03-03', amendments: [], lines: ['THE WHITE HOUSE, March 3, 2031.'] });
    expect(doc.law).toEqual({ key: 'eo-99001', citation: 'Executive Order 99001', jurisdiction: 'us', enacted: '2031-03-03' });
    expect(provision(doc, 'sec_4').text).toBe('(a) This order shall be implemented consistent with applicable law.');
  });

  it('invents no number where no title line states one', () => {
    const text = source('eo-fixture.whitehouse.en.md').text.replace('Executive Order 99001 of March 3, 2031\n', '');
    const unnumbered = parseExecutiveOrder({ ...source('eo-fixture.whitehouse.en.md'), text });
    expect(unnumbered.law).toBeUndefined();
    expect(unnumbered.provisions).toHaveLength(5);
    // A manifest title in the form "Executive Order N of <date>" names it.
    const titled = parseExecutiveOrder({ ...source('eo-fixture.whitehouse.en.md', { title: 'Executive Order 99002 of March 3, 2031: Fixture Widgets' }), text });
    expect(titled.law).toMatchObject({ key: 'eo-99002', enacted: '2031-03-03' });
  });

  it('fails on a truncated file or a missing section, naming the file and the reason', () => {
    const cut = (() => {
      try {
        parse('eo-truncated.whitehouse.en.md');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(cut).toBeInstanceOf(DocumentError);
    expect((cut as DocumentError).file).toMatch(/eo-truncated\.whitehouse\.en\.md$/);
    expect((cut as DocumentError).reason).toMatch(/no closing "THE WHITE HOUSE, <date>\." line/);
    expect(() => parse('eo-gap.whitehouse.en.md')).toThrow(/section numbers jump from 2 to 5/);
    expect(() => parseStatute(source('eo-fixture.whitehouse.en.md', { complete: { value: true, parts: 'Secs. 1-5' } }))).toThrow(/manifest says sections 1-5, parsed 1-4/);
    const deep = source('eo-fixture.whitehouse.en.md');
    // Markdown whose parse time would grow with the square of its length is refused up front.
    expect(() => parseExecutiveOrder({ ...deep, text: deep.text.replace('it is hereby ordered:', `${'*'.repeat(3000)}x${'*'.repeat(3000)}`) })).toThrow(/a run of 3000 "\*" is not an order's text/);
    expect(() => parseExecutiveOrder({ ...deep, text: deep.text.replace('it is hereby ordered:', `\n\n${'> '.repeat(3000)}x\n`) })).toThrow(/Markdown nested deeper than 64 levels/);
    const bare = source('eo-fixture.whitehouse.en.md');
    expect(() => parseStatute({ ...bare, text: bare.text.replace(/^---[\s\S]*?\n---\n/, '') })).toThrow(/not .*US executive order Markdown \(front matter, Sec\. 1\.\)/);
  });
});
