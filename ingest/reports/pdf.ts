// PDF reports. The binary is read once (unpdf / pdf.js) into its page layout: text items with position
// and font size, kept as JSON so the adapter itself stays a pure function of text. Quirks handled here:
// - Reading order: items are grouped into lines by baseline; a page with a clear gutter is read as two
//   columns (left, then right), with full-width lines above them first.
// - Headings: lines set larger than the body size (the size carrying most characters); the level is the
//   rank of the size among heading sizes. A line wholly in a bold font (its name says so) at the body size or a
//   little above, alone on its baseline in its column, is a heading too, a level below the larger ones
//   ("2.1 Export controls" in 12 pt bold over an 11 pt body; a table's header row shares its baseline).
// - Endnotes: numbered paragraphs ending the document whose numbers are the marks no foot-of-page note answers,
//   one for one, are those marks' notes, back-link glyphs ("↩︎") dropped.
// - Tables (pdf-lines.ts findTables): rows whose pieces start at three or more shared left edges are read cell
//   by cell, a cell's wrapped lines joined, with its table, row, column and header (Paragraph.cell, as the HTML
//   adapter gives a <td>); the one line right above a table is its caption.
// - Footnotes: small lines below a page's body that open with a mark; small raised digits in body lines
//   are the marks that point to them.
// - Running headers and footers (the same line, digits aside, at the top or bottom of most pages, of both pages
//   of two), page numbers ("3", "Page 3 of 9", "3/9") with the pieces beside them on their baseline, and lines
//   there set small within half an inch of the page's edge (a one-page document's) are dropped before the reading
//   order is made, and the warnings say how many.
// - Text set at another angle than most of its page's (a watermark across the page) is dropped, and the warnings
//   say how many pieces.
// - CJK radicals and Latin ligature characters a font's ToUnicode map gives for shared glyphs ("三⼗六" with
//   U+2F17 for 十, "ﬁ") are read as the characters they print (NFKC of those characters only).
// - Locators are pages: `p_12.para_3` is the third paragraph that starts on page 12.
// - A PDF with no text layer at all is a scan, named as such; pages without text that paint an image are listed
//   (a page with neither is blank).
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import type { ParsedReport, SourceFile } from '../model.ts';
import { DocumentError } from '../model.ts';
import { assemble, MARK_CLOSE, MARK_OPEN, markToken } from './assemble.ts';
import type { Block } from './assemble.ts';
import { type LayoutItem, type LayoutPage, type Line, pageRows, readingOrder } from './pdf-lines.ts';

const round = (n: number): number => Math.round(n * 100) / 100;
/** Characters a font's ToUnicode map may give for a glyph it shares with a common one: CJK radicals for the
 *  ideographs they look like (U+2F17 KANGXI RADICAL TEN for 十, in Noto CJK) and the Latin ligatures (U+FB01 for
 *  "fi"); each is read as its compatibility decomposition (NFKC), as the text it prints. */
const COMPATIBILITY_FORMS = /[\u2E80-\u2EFF\u2F00-\u2FDF\uFB00-\uFB06]/g;
/** A font name's weight, past its subset tag: "Arial-BoldMT", "TimesNewRomanPS-BoldItalicMT", "Inter-SemiBold". */
const BOLD_FONT = /bold|black|heavy|demi/i;

/** The page layout of a PDF, as the JSON text the adapter reads. */
export async function pdfToLayout(file: string, bytes: Uint8Array): Promise<string> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch (err) {
    throw new DocumentError(file, `unreadable PDF: ${(err as Error).message}`);
  }
  const pages: LayoutPage[] = [];
  /** Whether each of the document's fonts is bold, by pdf.js's font id. */
  const bold = new Map<string, boolean>();
  const { OPS } = await getResolvedPDFJS();
  const painters = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintImageMaskXObjectGroup, OPS.paintInlineImageXObjectGroup]);
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const texts = content.items.filter((it) => 'str' in it && it.str !== '') as { str: string; transform: number[]; width: number; fontName: string }[];
      // The operator list loads the page's fonts, whose names say their weight ("ABCDEF+LiberationSerif-Bold"),
      // and says whether the page paints images (a page without text and without images is blank, not scanned).
      // Fonts are the document's: a page whose fonts an earlier page loaded needs no operator list of its own.
      let images: number | undefined;
      if (texts.length === 0 || texts.some((it) => !bold.has(it.fontName))) {
        const ops = await page.getOperatorList();
        images = ops.fnArray.filter((op) => painters.has(op)).length;
        for (const it of texts) {
          if (bold.has(it.fontName)) continue;
          const font = page.commonObjs.has(it.fontName) ? (page.commonObjs.get(it.fontName) as { name?: string; bold?: boolean }) : undefined;
          bold.set(it.fontName, Boolean(font?.bold) || BOLD_FONT.test(font?.name ?? ''));
        }
      }
      const isBold = (name: string): boolean => bold.get(name) === true;
      // Text turned away from the page's own direction (a watermark set across the page) is no line of it.
      const angle = (t: number[]): number => Math.round((Math.atan2(t[1], t[0]) * 180) / Math.PI);
      const chars = new Map<number, number>();
      for (const it of texts) chars.set(angle(it.transform), (chars.get(angle(it.transform)) ?? 0) + it.str.length);
      const main = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
      const items: LayoutItem[] = [];
      let rotated = 0;
      for (const it of texts) {
        if (Math.abs(angle(it.transform) - main) > 2) {
          rotated++;
          continue;
        }
        const [, , c, d, e, f] = it.transform;
        const item: LayoutItem = [it.str.replace(COMPATIBILITY_FORMS, (ch) => ch.normalize('NFKC')), round(e), round(f), round(it.width), round(Math.hypot(c, d))];
        if (isBold(it.fontName)) item.push(1);
        items.push(item);
      }
      pages.push({ width: round(width), height: round(height), items, ...(images === undefined ? {} : { images }), ...(rotated ? { rotated } : {}) });
    }
  } finally {
    await doc.destroy();
  }
  return JSON.stringify({ pdfLayout: 1, pages });
}

export function parsePdfReport(file: SourceFile): ParsedReport {
  const pages = readLayout(file);
  const warnings: string[] = [];
  const textless = pages.flatMap((p, i) => (p.items.some((it) => it[0].trim() !== '') ? [] : [i + 1]));
  if (textless.length === pages.length) {
    throw new DocumentError(file.path, `scanned PDF: ${pages.length} page(s) and no text layer (run OCR first, e.g. ocrmypdf)`);
  }
  // A page that paints no image either is blank (a producer's page break at a full page), not scanned.
  const scanned = textless.filter((n) => pages[n - 1].images !== 0);
  if (scanned.length) warnings.push(`page(s) ${scanned.join(', ')} have no text layer (scanned?)`);
  const rotated = pages.reduce((n, p) => n + (p.rotated ?? 0), 0);
  if (rotated) warnings.push(`dropped ${rotated} piece(s) of text turned across the page (a watermark?)`);
  const rows = pages.map((p) => pageRows(p));
  const body = bodySize(rows.flat());
  dropRunningLines(rows, pages, body, warnings);
  const lines = rows.map((ls, i) => readingOrder(ls, pages[i].width));
  const headingSizes = headingLevels(lines, body);
  const blocks: Block[] = [];
  const tables = { before: 0 };
  lines.forEach((pageLinesOf, i) => {
    blocks.push(...pageBlocks(pageLinesOf, i + 1, body, headingSizes, tables));
  });
  endnotes(blocks);
  return assemble(file, blocks, warnings);
}

function readLayout(file: SourceFile): LayoutPage[] {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch {
    throw new DocumentError(file.path, 'PDF layout is not JSON (a PDF must be read with readDocument)');
  }
  const pages = (json as { pages?: unknown }).pages;
  if (!Array.isArray(pages) || !pages.every((p) => Array.isArray(p?.items))) throw new DocumentError(file.path, 'PDF layout has no pages[].items');
  return pages as LayoutPage[];
}

/** The font size that carries the most characters. */
function bodySize(lines: Line[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(Math.round(l.size * 2) / 2, (chars.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const isHeading = (l: Line, body: number): boolean => l.size >= body * 1.15 && l.text.length <= 200 && /\p{L}/u.test(l.text);
/** A bold line at about the body size, alone on its baseline in its column, that does not end mid-sentence. */
const isBoldHeading = (l: Line, body: number, lines: Line[]): boolean =>
  l.bold === true &&
  l.size >= body * 0.95 &&
  l.text.length <= 150 &&
  /\p{L}/u.test(l.text) &&
  !/[,;]$/.test(l.text) &&
  !lines.some((o) => o !== l && o.column === l.column && Math.abs(o.y - l.y) < l.size / 2);
/** A heading's kind: its size, marked "b" for a bold one at about the body size. */
const headingKey = (l: Line, body: number): string => `${isHeading(l, body) ? '' : 'b'}${Math.round(l.size * 2) / 2}`;

/** Heading kinds by level: the larger sizes, largest first, then the bold ones at about the body size. */
function headingLevels(lines: Line[][], body: number): string[] {
  const larger = new Set<number>();
  const bold = new Set<number>();
  for (const ls of lines) {
    for (const l of ls) {
      if (isHeading(l, body)) larger.add(Math.round(l.size * 2) / 2);
      else if (isBoldHeading(l, body, ls)) bold.add(Math.round(l.size * 2) / 2);
    }
  }
  const desc = (xs: Set<number>): number[] => [...xs].sort((a, b) => b - a);
  return [...desc(larger).map(String), ...desc(bold).map((n) => `b${n}`)];
}
/** Half an inch, in PDF units: a page's outer margin. */
const MARGIN = 36;
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4}|\s*\/\s*\d{1,4})?$/i;

/** Drops page numbers and lines repeated at the top or bottom of most pages (digits aside), on two pages or more
 *  on every page. The top and the bottom of a page are its first and last baseline with every line on it: a
 *  header or footer sets its pieces apart on one baseline ("12/6/26, 10:21 AM" and the title; a file's address and
 *  "1/2"), and a page number drops the pieces beside it. A line there set smaller than the body within half an inch
 *  of the page's edge is in the margin, where no text block reaches: a header or footer even where no other page
 *  repeats it (a one-page document). Reads the lines top to bottom (`pageRows`). */
function dropRunningLines(lines: Line[][], pages: LayoutPage[], body: number, warnings: string[]): void {
  const key = (l: Line): string => l.text.replace(/\d+/g, '#').trim().toLowerCase();
  const band = (ls: Line[], at: Line): Line[] => ls.filter((l) => Math.abs(l.y - at.y) <= Math.max(l.size, at.size) / 2);
  const edges = (ls: Line[]): Line[][] => (ls.length ? [...new Set([band(ls, ls[0]), band(ls, ls[ls.length - 1])])] : []);
  const counts = new Map<string, number>();
  for (const ls of lines) for (const k of new Set(edges(ls).flat().map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const repeated = (l: Line): boolean => pages.length >= 2 && (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2);
  const pageNumber = (l: Line): boolean => PAGE_NUMBER.test(l.text.trim());
  let dropped = 0;
  lines.forEach((ls, i) => {
    const inMargin = (l: Line): boolean => l.size <= body * 0.9 && (l.y <= MARGIN || pages[i].height - l.y <= MARGIN);
    const drop = new Set(edges(ls).flatMap((b) => (b.some(pageNumber) ? b : b.filter((l) => repeated(l) || inMargin(l)))));
    if (drop.size) lines[i] = ls.filter((l) => !drop.has(l));
    dropped += drop.size;
  });
  if (dropped) warnings.push(`dropped ${dropped} page number or running header/footer line(s)`);
}

const NOTE_START = /^(\d{1,3}|[*†‡§])\s*(?=\S)/;
const MARKS = new RegExp(`${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g');
const NUMBERED = /^(\d{1,3})[.)]?\s+(?=\S)/;
/** A back-link glyph a note ends with, pointing back to its mark ("↩︎", "↑"). */
const BACKLINK = /\s*[↩↑⤴][\uFE0E\uFE0F]?$/u;

/** Endnotes: the paragraphs that end the document, each opening with a number, whose numbers are the body's
 *  marks no note (at a page's foot) answers, one for one, in order ("1. Requests ... briefings.↩" after a text
 *  marked 1 and 2: a browser's or pandoc's notes at the end, set at the body size), become the notes. */
function endnotes(blocks: Block[]): void {
  const answered = new Set(blocks.flatMap((b) => (b.kind === 'footnote' ? [b.mark] : [])));
  const open: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of b.text.matchAll(MARKS)) if (!answered.has(m[1]) && !open.includes(m[1])) open.push(m[1]);
  }
  if (open.length === 0) return;
  let first = blocks.length;
  while (first > 0 && blocks[first - 1].kind === 'paragraph' && NUMBERED.test(blocks[first - 1].text)) first--;
  const tail = blocks.slice(first) as Extract<Block, { kind: 'paragraph' }>[];
  const numbers = tail.map((b) => (NUMBERED.exec(b.text) as RegExpExecArray)[1]);
  // The run's last notes: as many as the marks left open, numbered as they are.
  const notes = tail.slice(tail.length - open.length);
  if (notes.length !== open.length || numbers.slice(tail.length - open.length).join(' ') !== open.join(' ')) return;
  blocks.splice(
    blocks.length - notes.length,
    notes.length,
    ...notes.map((b, i): Block => ({ kind: 'footnote', mark: open[i], text: b.text.replace(NUMBERED, '').replace(BACKLINK, '') })),
  );
}

/** One page's lines -> heading, paragraph (with page locators) and footnote blocks. */
function pageBlocks(lines: Line[], page: number, body: number, headingSizes: string[], tables: { before: number }): Block[] {
  const blocks: Block[] = [];
  const lastBody = lines.reduce((at, l, i) => (l.size >= body * 0.9 ? i : at), -1);
  // Each column's right edge: where its longest body line ends.
  const right = new Map<number, number>();
  // And its left edge: where its leftmost body line starts (a page may hold more list lines than others).
  const left = new Map<number, number>();
  for (const l of lines) {
    if (l.cell || l.size < body * 0.9) continue;
    right.set(l.column, Math.max(right.get(l.column) ?? 0, l.x1));
    left.set(l.column, Math.min(left.get(l.column) ?? l.x, l.x));
  }
  const indented = (l: Line): boolean => l.x >= (left.get(l.column) ?? l.x) + l.size;
  let para: Line[] = [];
  let paras = 0;
  let headings = 0;
  const items: { block: Extract<Block, { kind: 'paragraph' }>; lines: Line[] }[] = [];
  const flush = (): void => {
    if (para.length) {
      const block: Extract<Block, { kind: 'paragraph' }> = { kind: 'paragraph', text: joinLines(para, body), locator: `p_${page}.para_${++paras}` };
      blocks.push(block);
      items.push({ block, lines: para });
    }
    para = [];
  };
  let pageTables = 0;
  lines.forEach((l, i) => {
    if (l.caption !== undefined) {
      flush();
      const table = tables.before + l.caption;
      blocks.push({ kind: 'paragraph', text: joinLines([l], body), caption: table, locator: `p_${page}.table_${table}.caption` });
      return;
    }
    if (l.cell) {
      // A table's cell is a paragraph of its own, its wrapped lines joined, numbered among the document's tables.
      flush();
      pageTables = Math.max(pageTables, l.cell.table);
      const cell = { ...l.cell, table: tables.before + l.cell.table };
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'paragraph' && prev.cell && ['table', 'row', 'column'].every((k) => prev.cell?.[k as 'row'] === cell[k as 'row'])) prev.text = joinLines([{ ...l, text: prev.text, parts: [{ text: prev.text, x: 0, size: l.size, raised: false, bold: false }] }, l], body);
      else blocks.push({ kind: 'paragraph', text: joinLines([l], body), locator: `p_${page}.para_${++paras}`, cell });
      return;
    }
    const inNotes = i > lastBody && l.size < body * 0.9;
    if (inNotes) {
      flush();
      const m = l.mark ? [l.mark, l.mark] : NOTE_START.exec(l.text);
      const prev = blocks[blocks.length - 1];
      if (m) blocks.push({ kind: 'footnote', mark: m[1], text: l.mark ? l.text : l.text.slice(m[0].length) });
      else if (prev?.kind === 'footnote') prev.text += ` ${l.text}`;
      else blocks.push({ kind: 'paragraph', text: l.text, locator: `p_${page}.para_${++paras}` });
    } else if (isHeading(l, body) || isBoldHeading(l, body, lines)) {
      flush();
      const level = headingSizes.indexOf(headingKey(l, body)) + 1;
      const prev = blocks[blocks.length - 1];
      const above = lines[i - 1];
      // A heading set on two lines is one heading.
      if (prev?.kind === 'heading' && prev.level === level && above && (isHeading(above, body) || isBoldHeading(above, body, lines))) prev.text += ` ${l.text}`;
      else blocks.push({ kind: 'heading', text: l.text, level, locator: `p_${page}.heading_${++headings}` });
    } else {
      const prev = para[para.length - 1];
      const edge = right.get(l.column) ?? l.x1;
      // In an indented run (a list), a line after one that ended short though it would have fitted is a new item,
      // whatever its first letter; so is a line that opens with a list marker.
      if (prev && (startsParagraph(prev, l, edge) || LIST_MARKER.test(l.text) || (indented(prev) && indented(l) && fitted(prev, l, edge)))) flush();
      para.push(l);
    }
  });
  flush();
  // List items: a paragraph opening with a list marker, or set wholly indented from the column's left edge, on
  // two lines or more at one x, or on one line beside another such paragraph at its x (a bulleted list whose
  // bullets are drawn, no text). A first-line indent leaves the lines after it at the edge.
  const whole = (e: (typeof items)[number]): boolean => e.lines.every((l) => indented(l) && Math.abs(l.x - e.lines[0].x) < 1);
  items.forEach((e, k) => {
    const sibling = [items[k - 1], items[k + 1]].some((o) => o && whole(o) && Math.abs(o.lines[0].x - e.lines[0].x) < 1);
    if (LIST_MARKER.test(e.lines[0].text) || (whole(e) && (e.lines.length >= 2 || sibling))) e.block.item = true;
  });
  tables.before += pageTables;
  return blocks;
}

/** A list item's marker opening its line: a bullet or dash, or a number or letter with a period or parenthesis. */
const LIST_MARKER = /^(?:[•◦▪‣⁃–*-]|\(?(?:\d{1,3}|[a-z])[.)])\s+\S/u;

/** The line before ended short of the column's right edge by more than this line's first word and a space need
 *  (their share of this line's width by characters), and not in a hyphen: a line breaks where the next word does
 *  not fit, so this break was made on purpose. */
function fitted(prev: Line, l: Line, right: number): boolean {
  const word = l.text.split(' ', 1)[0];
  const width = ((l.x1 - l.x) / l.text.length) * (word.length + 1);
  return !/[-\u00AD\u2010]$/.test(prev.text) && prev.x1 + width <= right;
}

/** A wider gap than the line spacing, or a first-line indent after a line that ended a sentence; across
 *  a column break, a paragraph goes on only mid-sentence. A line that opens with a capital or a digit after a
 *  line that ended short of the column's right edge by more than that line's first word needs was broken on
 *  purpose (a list item, a memo's "To:" and "From:" lines, a paragraph without a gap): a line breaks where the
 *  next word does not fit. The word's width is its share of its line's by characters. */
function startsParagraph(prev: Line, l: Line, right: number): boolean {
  if (l.column !== prev.column) return /[.!?:"”)]$/.test(prev.text) || !/^\p{Ll}/u.test(l.text);
  const gap = prev.y - l.y;
  if (gap > l.size * 1.8 || gap < 0) return true;
  if (l.x > prev.x + l.size * 1.2 && /[.!?:"”)]$/.test(prev.text)) return true;
  return /^[\p{Lu}\p{N}]/u.test(l.text) && fitted(prev, l, right);
}

/** Lines -> paragraph text: hyphenated line ends joined, body marks (raised, set smaller than the body: a browser's
 *  <sup> is 0.83 of it) as mark tokens. A soft hyphen, or the
 *  hyphen U+2010 before a lower-case letter (Chromium writes it where it breaks a word), is the break's own and goes;
 *  a hyphen-minus may be the word's ("long-standing") and stays. */
function joinLines(lines: Line[], body: number): string {
  let out = '';
  for (const l of lines) {
    const text = l.parts.map((p) => (p.size < body * 0.9 && p.raised && /^(?:\d{1,3}|[*†‡])$/.test(p.text.trim()) ? markToken(p.text.trim()) : p.text)).join('');
    if (out === '') out = text;
    else if (/\u00AD$/.test(out) || (/\p{L}\u2010$/u.test(out) && /^\p{Ll}/u.test(text))) out = out.slice(0, -1) + text;
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(text)) out += text;
    else out += ` ${text}`;
  }
  return out;
}
