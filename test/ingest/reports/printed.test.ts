// The PDF and Word adapters on files real producers wrote from reports of our own (test/fixtures/printed/: headless
// Chromium's PDFs, pandoc's DOCX; print.sh). Each file is read against the HTML it was printed from
// (bench/pdf-fidelity.ts): the words, headings, notes, entities and relations should be the HTML's.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { looseItem, readDocument } from '../../../ingest/corpus.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { fidelity, PRINTED, printedFiles } from '../../../bench/pdf-fidelity.ts';

const catalog = loadCatalog();
const read = (name: string) => fidelity(path.join(PRINTED, `${name.replace(/(?:\.header)?\.(?:pdf|docx)$/, '')}.html`), path.join(PRINTED, name), catalog);

describe('PDFs printed by headless Chromium', () => {
  it('joins a word broken at a line end with the hyphen Chromium writes there (U+2010)', async () => {
    const f = await read('justified-hyphenated.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, split: 0, joined: 0, moved: 0 });
  });

  it('drops the header and footer Chromium prints on each page of a 2-page report, pieces on one baseline too', async () => {
    // Date and title at the top, the file's address and "n/N" at the foot: pieces of one baseline, set apart.
    const f = await read('one-column-footnotes.header.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, moved: 0, footnotes: { html: 4, kept: 4 } });
  });

  it('reads a full-width title and abstract before the two columns under a running header', async () => {
    // One page: the header's date, alone at the top left, no longer starts the left column above the title.
    const f = await read('two-column-brief.header.pdf');
    expect(f).toMatchObject({ lost: 0, moved: 0 });
  });

  it('drops the header and footer of a one-page report, set small in the page margin', async () => {
    // Nothing repeats them; they stand within half an inch of the page's edge, smaller than the body.
    const f = await read('two-column-brief.header.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, moved: 0 });
  });

  it('reads a bold line at about the body size as a heading, a level below the larger ones', async () => {
    // The HTML's h3 are 12 pt bold over an 11 pt body; the abstract's "Abstract" 10 pt bold over 9.5 pt.
    expect((await read('one-column-footnotes.pdf')).headings).toEqual({ html: 7, found: 7, extra: 0 });
    expect((await read('two-column-brief.pdf')).headings).toEqual({ html: 6, found: 6, extra: 0 });
    const r = parseReport(await readDocument(looseItem(path.join(PRINTED, 'one-column-footnotes.pdf'))));
    expect(r.sections.map((s) => [s.heading, s.level])).toEqual([
      ['Drone Components Under Review', 1],
      ['1 Introduction', 2],
      ['2 Measures in force', 2],
      ['2.1 Export controls', 3],
      ['2.2 Procurement rules', 3],
      ['2.3 Licensing of flight controllers', 3],
      ['3 Findings', 2],
    ]);
    // Its third page is blank (Chromium breaks after a page its box fills): no image either, so no scan.
    expect(r.warnings.filter((w) => /no text layer/.test(w))).toEqual([]);
  });

  it('reads a table cell by cell, wrapped lines joined, rows and header as the HTML adapter reads them', async () => {
    // A landscape table of five columns, cells wrapped on two lines, was read as two text columns before.
    const f = await read('table-brief.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, moved: 0, headings: { html: 3, found: 3, extra: 0 } });
    expect(f.entities.onlyFile).toEqual([]);
    expect(f.entities.onlyHtml).toEqual([]);
    expect(f.relations.onlyFile).toEqual([]);
    const cells = async (name: string) =>
      parseReport(await readDocument(looseItem(path.join(PRINTED, name))))
        .sections.flatMap((s) => s.paragraphs)
        .filter((p) => p.cell || p.caption)
        .map((p) => [p.text, p.cell ?? null, p.caption ?? null]);
    const html = await cells('table-brief.html');
    expect(html).toHaveLength(2 + 6 * 5 + 4 * 3);
    expect(await cells('table-brief.pdf')).toEqual(html);
  });

  it('starts a paragraph where a line ended short though the next word would fit: memo lines, list items', async () => {
    // The memo's To/From/Subject lines are 1 mm apart, list items 1.5 mm: less than the gap rule needs.
    const f = await read('lists-memo.pdf');
    expect(f.blocks).toEqual({ blocks: 20, merged: 0, broken: 0 });
    expect(f.entities.onlyFile).toEqual([]);
    expect(f.entities.onlyHtml).toEqual([]);
  });

  it('reads a browser\'s <sup> (0.83 of the body size) as a note mark, and the space after it', async () => {
    const marked = async (name: string) =>
      parseReport(await readDocument(looseItem(path.join(PRINTED, name))))
        .sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
        .filter((x) => x.footnotes?.length)
        .map((x) => [x.text, x.footnotes]);
    const html = await marked('plain-article.html');
    expect(html).toHaveLength(2);
    expect(await marked('plain-article.pdf')).toEqual(html);
  });

  it('reads a CJK radical the font maps a shared glyph to as the ideograph it prints', async () => {
    // Noto CJK's ToUnicode map gives 十 (U+5341) as U+2F17 KANGXI RADICAL TEN: "第三⼗六条".
    const r = parseReport(await readDocument(looseItem(path.join(PRINTED, 'plain-article.pdf'))));
    const text = r.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
    expect(text).toContain('《数据安全法》第三十六条');
    expect(text).not.toMatch(/[\u2F00-\u2FDF]/u);
  });

  it('reads the notes a browser lists at the end, at the body size, as the notes of the body\'s marks', async () => {
    const f = await read('plain-article.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, footnotes: { html: 2, kept: 2 } });
  });

  it('drops a watermark a style sheet prints across the page', async () => {
    const f = await read('draft-watermark.pdf');
    expect(f).toMatchObject({ lost: 0, added: 0, blocks: { blocks: 8, merged: 0, broken: 0 }, headings: { html: 3, found: 3, extra: 0 } });
  });
});

describe('list items', () => {
  it('reads the items of a bulleted list (bullets drawn, no text) and a numbered one as items, which complete their lead-in', async () => {
    // "The Valdmark Department of Commerce restricted:" + three items starting in lower case, 0 mm apart (the
    // report reader joins an item ending in "; and" with the next, in either file: 4 items of 5 <li>).
    const f = await read('lead-in-lists.pdf');
    expect(f).toMatchObject({ blocks: { blocks: 9, merged: 0, broken: 0 }, items: { html: 4, found: 4, extra: 0 } });
    expect(f.relations).toMatchObject({ html: 15, same: 15, onlyFile: [] });
  });
});

describe('every printed file, PDF and Word', () => {
  it('yields the entities and relations of the HTML it was printed from, no word lost or moved, no block run together', async () => {
    const files = printedFiles();
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const { html, printed } of files) {
      const f = await fidelity(html, printed, catalog);
      const name = path.basename(printed);
      expect({ name, lost: f.lost, moved: f.moved, merged: f.blocks.merged, broken: f.blocks.broken }).toEqual({ name, lost: 0, moved: 0, merged: 0, broken: 0 });
      expect({ name, entities: [f.entities.onlyHtml, f.entities.onlyFile], relations: [f.relations.onlyHtml, f.relations.onlyFile] }).toEqual({
        name,
        entities: [[], []],
        relations: [[], []],
      });
      expect({ name, notes: f.footnotes.kept, headings: f.headings.found, extra: f.headings.extra }).toEqual({ name, notes: f.footnotes.html, headings: f.headings.html, extra: 0 });
      // Items: the HTML's all found; a blockquote (lists-memo) is read as one too, being indented as a list.
      expect({ name, items: f.items.found }).toEqual({ name, items: f.items.html });
    }
  }, 60_000);
});
