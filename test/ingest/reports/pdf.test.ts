// PDF reports, from PDFs written at test time from our own text (test/ingest/reports/pdf-writer.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looseItem, MAX_BINARY_DOCUMENT_BYTES, MAX_DOCUMENT_BYTES, readDocument } from '../../../ingest/corpus.ts';
import type { ParsedReport } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { makePdf, wrap } from './pdf-writer.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readPdf(name: string, pages: Parameters<typeof makePdf>[0]): Promise<ParsedReport> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, makePdf(pages));
  return parseReport(await readDocument(looseItem(file)));
}

const footer = (n: number) => ({ text: `Page ${n}`, x: 290, y: 40, size: 9 });
const paragraphs = (r: ParsedReport) => r.sections.flatMap((s) => s.paragraphs);

describe('PDF adapter', () => {
  it('keeps pages as locators, headings by size, footnotes, and drops page numbers', async () => {
    const r = await readPdf('a.pdf', [
      [
        { text: 'Drones Under Watch', x: 72, y: 720, size: 20 },
        ...wrap('The Valdmark Department of Commerce restricted drones made by Orrin Robotics Inc. in March.', { top: 690 }),
        { text: '1', x: 500, y: 694, size: 7 },
        ...wrap('A second paragraph follows after a gap and goes on to the next', { top: 640 }),
        { text: '1 Source: a fictional notice, https://example.org/notice.', x: 72, y: 80, size: 8 },
        footer(1),
      ],
      [...wrap('page without a break in the sentence.', { top: 720 }), { text: 'Background', x: 72, y: 680, size: 14 }, ...wrap('Another paragraph on page two.', { top: 650 }), footer(2)],
      [...wrap('A third page.', { top: 720 }), footer(3)],
    ]);
    expect(r.title).toBe('Drones Under Watch');
    expect(r.sections.map((s) => [s.heading, s.level])).toEqual([['Drones Under Watch', 1], ['Background', 2]]);
    // A heading keeps its page too: the recognizer reads it for names, and its mentions cite the page.
    expect(r.sections.map((s) => s.headingLocator)).toEqual(['p_1.heading_1', 'p_2.heading_1']);
    expect(paragraphs(r).map((p) => p.locator)).toEqual(['p_1.para_1', 'p_1.para_2', 'p_2.para_2', 'p_3.para_1']);
    expect(paragraphs(r)[0].sentences[0]).toMatchObject({ locator: 'p_1.para_1.s_1', footnotes: ['1'] });
    expect(paragraphs(r)[1].text).toBe('A second paragraph follows after a gap and goes on to the next page without a break in the sentence.');
    expect(r.footnotes).toEqual([{ mark: '1', text: 'Source: a fictional notice, https://example.org/notice.', urls: ['https://example.org/notice'] }]);
    expect(JSON.stringify(r.sections)).not.toMatch(/Page \d/);
    expect(r.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/dropped 3 page number/), expect.stringMatching(/re-joined a paragraph/)]));
  });

  it('drops a small line in the page margin of a one-page report, and keeps a small note above the margin', async () => {
    const r = await readPdf('margin.pdf', [
      [
        { text: 'Saved from the web, 3 March', x: 72, y: 772, size: 8 },
        { text: 'A Short Notice', x: 72, y: 720, size: 18 },
        ...wrap('The Valdmark Department of Commerce restricted drones made by Orrin Robotics Inc.', { top: 690 }),
        { text: '1', x: 500, y: 694, size: 7 },
        { text: '1 Source: a fictional notice.', x: 72, y: 60, size: 8 },
        { text: 'https://example.org/notice', x: 72, y: 24, size: 8 },
      ],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Saved from the web|example\.org/);
    expect(r.footnotes.map((f) => f.text)).toEqual(['Source: a fictional notice.']);
  });

  it('starts a paragraph after a line that ended short of the right edge though the next word would fit', async () => {
    const at = (text: string, y: number) => ({ text, x: 72, y, size: 10 });
    const r = await readPdf('memo.pdf', [
      [
        at('To: Facilities Directors of the Agency', 700),
        at('From: Office of the Chief Information Security Officer', 686),
        at('The Valdmark Department of Commerce restricted the use of cameras made by Meridian Optics Ltd.', 660),
        at('in public buildings, and it asked the bodies concerned to plan the replacement work for', 646),
        at('Interoperability between the replacement cameras and existing recorders.', 632),
      ],
    ]);
    expect(paragraphs(r).map((p) => p.text.split(' ', 1)[0])).toEqual(['To:', 'From:', 'The']);
  });

  it('reads numbered paragraphs ending the document as the notes of the marks no note answers, one for one', async () => {
    const page = (last: string[]) => [
      ...wrap('The Valdmark Department of Commerce restricted drones made by Orrin Robotics Inc. in March.', { top: 700 }),
      { text: '1', x: 500, y: 704, size: 7 },
      ...last.map((text, i) => ({ text, x: 72, y: 640 - i * 30, size: 11 })),
    ];
    const notes = await readPdf('endnotes.pdf', [page(['1. Source: a fictional notice.'])]);
    expect(notes.footnotes.map((f) => [f.mark, f.text])).toEqual([['1', 'Source: a fictional notice.']]);
    // Two numbered paragraphs for one open mark: a list, not notes.
    const list = await readPdf('list.pdf', [page(['1. Buildings open to the public.', '2. Offices and depots.'])]);
    expect(list.footnotes).toEqual([]);
    expect(paragraphs(list).map((p) => p.text)).toContain('2. Offices and depots.');
  });

  it('drops text turned across the page (a watermark), and says so', async () => {
    const r = await readPdf('watermark.pdf', [
      [
        { text: 'A Draft Decision', x: 72, y: 720, size: 18 },
        ...wrap('The Estmere Ministry of Transport restricts the sale of vehicles fitted with telematics units.', { top: 690 }),
        { text: 'DRAFT', x: 150, y: 300, size: 60, angle: 40 },
      ],
    ]);
    expect(JSON.stringify(r.sections)).not.toMatch(/DRAFT/);
    expect(r.sections.map((s) => s.heading)).toEqual(['A Draft Decision']);
    expect(r.warnings).toContain('dropped 1 piece(s) of text turned across the page (a watermark?)');
  });

  it('reads lines set indented under a lead-in as list items, one at each line that ended short, and keeps text at the edge apart', async () => {
    const at = (text: string, x: number, y: number) => ({ text, x, y, size: 11 });
    const r = await readPdf('items.pdf', [
      [
        at('The Valdmark Department of Commerce restricted exports of several goods to firms abroad in March:', 72, 700),
        at('drones made by Orrin Robotics Inc.;', 95, 686),
        at('lidar sensors made by Kestrel Avionics Ltd.; and', 95, 672),
        at('1. cellular modules made by Quellen Wireless Ltd.', 80, 658),
        at('It said so in a notice published on its site and in the official gazette of the same week.', 72, 630),
      ],
    ]);
    expect(paragraphs(r).map((p) => [p.text.split(' ', 2).join(' '), p.item ?? false])).toEqual([
      ['The Valdmark', false],
      ['drones made', true],
      ['lidar sensors', true],
      ['1. cellular', true],
      ['It said', false],
    ]);
  });

  it('reads two columns left, then right, under a full-width title', async () => {
    const left = ['Left one.', 'Left two.', 'Left three.'].map((t, i) => ({ text: t, x: 72, y: 650 - i * 30, size: 11 }));
    const right = ['Right one.', 'Right two.', 'Right three.'].map((t, i) => ({ text: t, x: 340, y: 650 - i * 30, size: 11 }));
    const r = await readPdf('columns.pdf', [[{ text: 'A Two Column Page', x: 200, y: 720, size: 18 }, ...right, ...left]]);
    expect(paragraphs(r).map((p) => p.text)).toEqual(['Left one.', 'Left two.', 'Left three.', 'Right one.', 'Right two.', 'Right three.']);
  });

  it('reads the cells of a table of three columns or more row by row, each line a row where the rows are evenly set', async () => {
    const cols = [72, 220, 400];
    const rows = [
      ['Body', 'Measure', 'Technology'],
      ['Valdmark Department of Commerce', 'Restricted imports', 'Telematics units'],
      ['Estmere Port Authority', 'Required an inventory', 'Lidar sensors'],
    ];
    const cells = rows.flatMap((row, r) => row.map((text, c) => ({ text, x: cols[c], y: 680 - r * 16, size: 10 })));
    const r = await readPdf('table.pdf', [[{ text: 'Measures', x: 72, y: 720, size: 16 }, ...cells, ...wrap('A closing paragraph.', { top: 600, size: 10 })]]);
    expect(paragraphs(r).map((p) => [p.text, p.cell ? [p.cell.row, p.cell.column, p.cell.header] : null])).toEqual([
      ...rows.flatMap((row, i) => row.map((text, c) => [text, [i, c, false]])),
      ['A closing paragraph.', null],
    ]);
  });

  it('reads lines with wide gaps at no shared places as text, not as a table', async () => {
    // Loosely justified lines: the gaps fall at other places on every line (at one place, they would be a table).
    const lines = (shift: number) =>
      [0, 1, 2, 3].flatMap((i) => [
        { text: 'Operators argued', x: 72, y: 700 - i * 14, size: 10 },
        { text: 'that the scheme', x: 200 + i * shift, y: 700 - i * 14, size: 10 },
        { text: `would delay fixes ${i}.`, x: 320 + i * shift, y: 700 - i * 14, size: 10 },
      ]);
    expect(paragraphs(await readPdf('gaps.pdf', [lines(25)])).some((p) => p.cell)).toBe(false);
    expect(paragraphs(await readPdf('aligned.pdf', [lines(0)])).some((p) => p.cell)).toBe(true);
  });

  it('names a PDF without a text layer as scanned', async () => {
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, makePdf([[], []]));
    const source = await readDocument(looseItem(file));
    expect(() => parseReport(source)).toThrow(/scan\.pdf: scanned PDF: 2 page\(s\) and no text layer/);
  });

  it('warns of a page with an image and no text as scanned, and of a blank page not at all', async () => {
    const text = (t: string) => [{ text: t, x: 72, y: 700, size: 11 }];
    const r = await readPdf('pages.pdf', [text('The Department restricted exports of drone parts.'), 'image', [], text('It did so in March.')]);
    expect(r.warnings.filter((w) => /no text layer/.test(w))).toEqual(['page(s) 2 have no text layer (scanned?)']);
  });

  it('names an unreadable PDF', async () => {
    const file = path.join(dir, 'broken.pdf');
    fs.writeFileSync(file, '%PDF-1.4\nthis is not a PDF body\n');
    await expect(readDocument(looseItem(file))).rejects.toThrow(/broken\.pdf: unreadable PDF/);
  });
});

describe('size limits', () => {
  it('reads a PDF larger than a text file may be (images and fonts beside its text), and refuses a text file that large', async () => {
    // Bytes after the end of the PDF (a sparse file: nothing written), as images would add within it.
    const pdf = path.join(dir, 'large-report.pdf');
    fs.writeFileSync(pdf, makePdf([[{ text: 'The Department restricted exports of drone parts.', x: 72, y: 700, size: 11 }]]));
    fs.truncateSync(pdf, MAX_DOCUMENT_BYTES + 1024 * 1024);
    const doc = await readDocument(looseItem(pdf));
    expect(doc.entry.format).toBe('pdf');
    expect(doc.text).toContain('The Department restricted exports of drone parts.');
    const text = path.join(dir, 'large-report.md');
    fs.writeFileSync(text, '# A report\n');
    fs.truncateSync(text, MAX_DOCUMENT_BYTES + 1);
    await expect(readDocument(looseItem(text))).rejects.toThrow(`${MAX_DOCUMENT_BYTES + 1} bytes is larger than the ${MAX_DOCUMENT_BYTES}-byte limit for one document`);
  });

  it('refuses a PDF beyond the larger limit, naming it', async () => {
    const pdf = path.join(dir, 'huge-report.pdf');
    fs.writeFileSync(pdf, makePdf([[{ text: 'x', x: 72, y: 700, size: 11 }]]));
    fs.truncateSync(pdf, MAX_BINARY_DOCUMENT_BYTES + 1);
    await expect(readDocument(looseItem(pdf))).rejects.toThrow(`${MAX_BINARY_DOCUMENT_BYTES + 1} bytes is larger than the ${MAX_BINARY_DOCUMENT_BYTES}-byte limit for one PDF or Word document`);
  });
});
