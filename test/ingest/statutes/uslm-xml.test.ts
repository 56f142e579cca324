// The USLM adapter on the repository's own fixtures: a title-5 section file (as mirrors slice the Code)
// and a whole-title <uscDoc> with metadata, neither seen by the corpus tests.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import type { ParsedStatute } from '../../../ingest/model.ts';
import { chooseFormat, parseStatute } from '../../../ingest/statutes/index.ts';
import { lawOfPath, parseUslm } from '../../../ingest/statutes/uslm-xml.ts';
import { fixtureSource } from './helpers.ts';
import { thrown } from '../../thrown.ts';

const source = (rel: string, format = 'uslm-xml') => fixtureSource(rel, format, { language: 'en', jurisdiction: 'us' });
const parse = (rel: string, format?: string): ParsedStatute => parseStatute(source(rel, format));
const failure = (rel: string): DocumentError => thrown(DocumentError, () => parse(rel));

describe('USLM XML', () => {
  const doc = parse('usc-t5-s7999.uslm.xml');
  const [section, note] = doc.provisions;

  it('is chosen for "uslm-xml" and for plain "xml" by its namespace', () => {
    expect(chooseFormat(source('usc-t5-s7999.uslm.xml')).parse).toBe(parseUslm);
    expect(chooseFormat(source('usc-t5-s7999.uslm.xml', 'xml')).parse).toBe(parseUslm);
  });

  it('reads a section of another title: number, heading, levels with their numbers, headings and offsets', () => {
    expect(doc.title).toBe('5 U.S.C. 7999: Fixture widgets');
    expect(section).toMatchObject({ locator: 'sec_7999', kind: 'section', number: '7999', order: 7999, heading: 'Fixture widgets' });
    expect(section?.paragraphs.map((p) => p.locator)).toEqual([
      'sec_7999.a', 'sec_7999.a.1', 'sec_7999.a.2', 'sec_7999.a.2.A', 'sec_7999.a.2.B', 'sec_7999.a.2.B.i', 'sec_7999.a.2.B.ii', 'sec_7999.b',
    ]);
    for (const p of section?.paragraphs ?? []) expect(section?.text.slice(p.start, p.end)).toBe(p.text);
    expect(section?.paragraphs.find((p) => p.locator === 'sec_7999.a.2')).toMatchObject({ number: '(2)', heading: 'Register' });
    // A footnote call-out is not text; a continuation closes its level.
    expect(section?.paragraphs.find((p) => p.locator === 'sec_7999.a.2.A')?.text).toBe('the date of January 2, 2031; and');
    expect(section?.paragraphs.find((p) => p.locator === 'sec_7999.a.2.B')?.text.endsWith('(ii) the keeper’s office,\nas the register requires.')).toBe(true);
    expect(section?.text.split('\n').slice(0, 3)).toEqual(['(a) In general', 'An agency that keeps fixture widgets shall—', '(1) label each widget; and']);
  });

  it('dates the section from its source credit: enactment, then each amendment with its line', () => {
    expect(doc.dates).toEqual({
      adopted: '2031-01-02',
      amendments: [{ date: '2031-09-30', kind: 'amended', line: 'Pub. L. 199–7, § 3, Sept. 30, 2031, 999 Stat. 70' }],
      lines: ['Pub. L. 199–1, § 2, Jan. 2, 2031, 999 Stat. 1', 'Pub. L. 199–7, § 3, Sept. 30, 2031, 999 Stat. 70'],
    });
    expect(doc.law).toEqual({ key: 'pl-199-1', citation: 'Pub. L. 199-1', jurisdiction: 'us', enacted: '2031-01-02' });
    expect(doc.expression).toEqual({ key: 'usc-t5-pl-199-1', title: '5 U.S.C., sections enacted by Pub. L. 199-1', adopted: '2031-01-02' });
  });

  it('keeps notes out of the section text, as notes', () => {
    expect(section?.text).not.toMatch(/Comptroller|substituted|Amendments/);
    expect(note).toMatchObject({ locator: 'sec_7999.note_1', kind: 'note', number: '7999 note', heading: 'Amendments' });
    expect(doc.provisions).toHaveLength(2);
  });

  it('makes a law set out in a note a provision of that law, without the Code’s quotation marks', () => {
    expect(doc.embedded).toHaveLength(1);
    const [law] = doc.embedded ?? [];
    expect(law).toMatchObject({ key: 'pl-199-7', citation: 'Pub. L. 199-7', title: 'Pub. L. 199–7', enacted: '2031-09-30', jurisdiction: 'us' });
    expect(law?.lines).toEqual(['Pub. L. 199–7, div. B, § 4, Sept. 30, 2031, 999 Stat. 71, provided that:']);
    const [sec4] = law?.provisions ?? [];
    expect(sec4).toMatchObject({ locator: 'pl199-7.sec_4', kind: 'section', number: '4', heading: 'Widget Study' });
    expect(sec4?.text).toBe([
      '(a) Study.—The Comptroller shall study fixture widgets made by Example Widget Company Limited.',
      '(b) Report.—Not later than 90 days after the date of the enactment of this Act, the Comptroller shall report on—',
      '(1) the widgets studied; and',
      '(2) any risk found.',
    ].join('\n'));
    expect(sec4?.paragraphs.find((p) => p.locator === 'pl199-7.sec_4.b.2')).toMatchObject({ number: '(2)', text: 'any risk found.' });
    for (const p of sec4?.paragraphs ?? []) expect(sec4?.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads a whole-title file: chapter, release point and date from <meta>, an act by chapter, a repealed section', () => {
    const title = parse('usc-t5-chapter.uslm.xml');
    expect(title.expression).toEqual({ key: 'usc-t5-ch99@199-42', title: '5 U.S.C. ch. 99 (release point 199-42)', adopted: '1934-06-19', date: '2031-10-01' });
    expect(title.law).toMatchObject({ key: 'act-1934-06-19-ch652', citation: 'Act of June 19, 1934, ch. 652', enacted: '1934-06-19' });
    expect(title.provisions.map((p) => [p.locator, p.chapter])).toEqual([
      ['sec_9901', 'CHAPTER 99—FIXTURE WIDGETS'],
      ['sec_9902', 'CHAPTER 99—FIXTURE WIDGETS'],
    ]);
    expect(title.provisions[1]?.text).toBe('');
    // Dates in words, with no <date> element, are read too.
    expect(title.dates.amendments).toEqual([{ date: '2031-09-30', kind: 'amended', line: 'Pub. L. 199–7, § 5, Sept. 30, 2031, 999 Stat. 72' }]);
  });

  it('fails on a truncated or malformed file, naming the file and the reason', () => {
    const cut = failure('usc-truncated.uslm.xml');
    expect(cut.file).toMatch(/usc-truncated\.uslm\.xml$/);
    expect(cut.reason).toBe('truncated: the file does not end with </section>');
    expect(failure('usc-no-number.uslm.xml').reason).toMatch(/<section> has no <num value/);
    expect(() => parse('eo-fixture.whitehouse.en.md')).toThrow(/not USLM XML/);
  });

  it('stops at hostile nesting instead of exhausting the stack', () => {
    const deep = `<section xmlns="http://xml.house.gov/schemas/uslm/1.0" identifier="/us/usc/t5/s1"><num value="1">§ 1.</num><content>${'<p>'.repeat(5000)}x${'</p>'.repeat(5000)}</content></section>`;
    const file = { ...source('usc-t5-s7999.uslm.xml'), text: deep };
    expect(() => parseUslm(file)).toThrow(DocumentError);
    expect(() => parseUslm(file)).toThrow(/elements nested deeper than 64 levels/);
    // Around the sections and inside notes too.
    const wrapped = `<uscDoc xmlns="http://xml.house.gov/schemas/uslm/1.0">${'<main>'.repeat(5000)}<section identifier="/us/usc/t5/s1"><num value="1">§ 1.</num><content>x</content></section>${'</main>'.repeat(5000)}</uscDoc>`;
    expect(() => parseUslm({ ...file, text: wrapped })).toThrow(/nested deeper than/);
    const credit = deep.replace('</content>', `</content><sourceCredit>${'<b>'.repeat(5000)}Pub. L. 1–1${'</b>'.repeat(5000)}</sourceCredit>`).replace(/<p>/g, '').replace(/<\/p>/g, '');
    expect(() => parseUslm({ ...file, text: credit })).toThrow(/nested deeper than/);
  });

  it('reads laws from USLM paths and nothing else', () => {
    expect(lawOfPath('/us/pl/118/159/dA/tXVII/s1709')).toEqual({ law: { key: 'pl-118-159', citation: 'Pub. L. 118-159', jurisdiction: 'us' }, rest: ['dA', 'tXVII', 's1709'] });
    expect(lawOfPath('/us/usc/t47/s1601')).toBeUndefined();
    expect(lawOfPath('/us/stat/138/2209')).toBeUndefined();
  });
});
