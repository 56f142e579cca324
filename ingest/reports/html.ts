// HTML reports (cheerio). Quirks handled here:
// - Footnote bodies: items of a footnotes container (section/div/aside/ol with class "footnotes" or "endnotes",
//   role doc-endnotes), elements with role doc-footnote/doc-endnote or class "footnote", and paragraphs that
//   open with a <sup> mark. They are taken out of the body before paragraphs are read.
// - Footnote marks: <sup> with a short token, or links to "#fn..." anchors; back-links are dropped.
// - Block elements nested in other blocks (li > p) are read once, at the innermost level.
// - Soft hyphens (&shy;, where a word may be broken at a line's end) are taken out of words.
// - Lines a <br> breaks on purpose (an address, a signature block) are paragraphs of their own (line-blocks.ts).
// - A table's cells (<td>, <th>, or the blocks inside one) keep their table, row and column; a <th>, or a cell of a
//   <thead> row, heads its column (Paragraph.cell: relations.ts reads a row's cells together).
// - A table's <caption> is a paragraph of its own, the table's (Paragraph.caption, locator sec_N.table_T.caption), read
//   before the table's cells: relations.ts reads a caption that states an act on the rows as the table's lead-in.
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ParsedReport, SourceFile, TableCell } from '../model.ts';
import { DocumentError } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';
import { assemble, markToken } from './assemble.ts';
import type { Block } from './assemble.ts';
import { lineGroups } from './line-blocks.ts';

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,dt,dd,figcaption,caption,td,th';
const NOTE_CONTAINERS =
  '.footnotes, .endnotes, [role="doc-endnotes"], [role="doc-footnotes"], section#footnotes, div#footnotes';
const NOTE_ITEMS = '[role="doc-footnote"], [role="doc-endnote"], .footnote';
const BACKLINKS = '[role="doc-backlink"], .footnote-back, .footnote-backref, a[href^="#fnref"], a[href^="#ref"]';
const MARK_TEXT = /^\[?([\w*†‡§]{1,4})\]?$/;
/** A <br> in a block's text until its lines are grouped (no whitespace, so collapsing spaces keeps it). */
const BREAK = '\u0003';
/** A soft hyphen (&shy;) marks where a word may break; it is no boundary of the word. */
const SOFT_HYPHEN = /\u00AD/g;

export function parseHtmlReport(file: SourceFile): ParsedReport {
  const $ = cheerio.load(file.text);
  $('script, style, noscript, template, nav, svg').remove();
  $(BACKLINKS).remove();

  const notes: Block[] = [];
  const takeNote = (el: Cheerio<AnyNode>, index: number): void => {
    const id = el.attr('id') ?? '';
    const lead = el.children('sup').first();
    let mark = /(?:fn|note|footnote|endnote)[-_:]?(\w+)$/i.exec(id)?.[1];
    // The note's own printed mark opening it ("<p id="fn-2"><sup>2</sup> Source ...") is no word of its text.
    const printed = lead.length && el.contents().first().is('sup') ? MARK_TEXT.exec(lead.text().trim())?.[1] : undefined;
    if (printed && (!mark || printed === mark)) {
      mark = printed;
      lead.remove();
    }
    notes.push({ kind: 'footnote', mark: mark ?? String(index + 1), text: text($, el) });
    el.remove();
  };
  $(NOTE_CONTAINERS).each((_, c) => {
    $(c).find('li').each((i, li) => takeNote($(li), i));
    $(c).remove();
  });
  $(NOTE_ITEMS).each((i, el) => takeNote($(el), i));
  $('p').each((i, p) => {
    const first = $(p).contents().filter((_, n) => !(n.type === 'text' && (n as unknown as { data: string }).data.trim() === '')).first();
    if (first.is('sup') && MARK_TEXT.test(first.text().trim())) takeNote($(p), i);
  });

  const blocks: Block[] = [];
  const cells = tableCells($);
  const tables = new Map($('table').toArray().map((t, i) => [t, i + 1]));
  $(BLOCKS).each((_, el) => {
    const node = $(el);
    if (node.find(BLOCKS).length > 0) return; // read the inner blocks instead
    const lines = text($, node, true, true).split(BREAK).map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) return;
    const h = /^h([1-6])$/.exec((el as Element).tagName);
    const item = (el as Element).tagName === 'li';
    const holder = node.closest('td, th').get(0) as Element | undefined;
    const cell = holder ? cells.get(holder) : undefined;
    const captioned = holder ? undefined : node.closest('caption').parent('table').get(0);
    const caption = captioned ? tables.get(captioned) : undefined;
    if (caption !== undefined) blocks.push({ kind: 'paragraph', text: lines.join(' '), caption });
    else if (h) blocks.push({ kind: 'heading', text: lines.join(' '), level: Number(h[1]) });
    else if (item) blocks.push({ kind: 'paragraph', text: lines.join(' '), item, ...(cell ? { cell } : {}) });
    else for (const group of lineGroups(lines)) blocks.push({ kind: 'paragraph', text: group.join(' '), ...(cell ? { cell } : {}) });
  });
  if (blocks.length === 0 && $('body').text().trim() !== '') {
    throw new DocumentError(file.path, 'HTML has text but no block elements (p, li, h1-h6) to read');
  }
  return assemble(file, [...blocks, ...notes]);
}

/** Each cell of each table (the innermost table a cell is in): its table, row and column, a colspan counting as so many
 *  columns (a rowspan is not carried down: a row's cells are read where they stand). */
function tableCells($: CheerioAPI): Map<Element, TableCell> {
  const out = new Map<Element, TableCell>();
  $('table').each((t, table) => {
    $(table)
      .find('tr')
      .filter((_, tr) => $(tr).closest('table').get(0) === table)
      .each((row, tr) => {
        const head = $(tr).parent().is('thead');
        let column = 0;
        $(tr)
          .children('td, th')
          .each((_, c) => {
            const el = c as Element;
            out.set(el, { table: t + 1, row, column, header: head || el.tagName === 'th' });
            column += Math.max(1, Number($(el).attr('colspan')) || 1);
          });
      });
  });
  return out;
}

/** Text of an element; with `withMarks`, footnote references become mark tokens; with `breaks`, a <br> is BREAK. */
function text($: CheerioAPI, el: Cheerio<AnyNode>, withMarks = false, breaks = false): string {
  const copy = el.clone();
  copy.find('br').replaceWith(breaks ? BREAK : ' ');
  if (withMarks) {
    copy.find('a[href^="#fn"], a[href^="#note"], a.footnote-ref, a[role="doc-noteref"]').each((_, a) => {
      const m = MARK_TEXT.exec($(a).text().trim());
      if (m) $(a).replaceWith(markToken(m[1]));
    });
    copy.find('sup').each((_, s) => {
      const m = MARK_TEXT.exec($(s).text().trim());
      $(s).replaceWith(m ? markToken(m[1]) : $(s).text());
    });
  }
  return collapseSpaces(copy.text().replace(SOFT_HYPHEN, ''));
}
