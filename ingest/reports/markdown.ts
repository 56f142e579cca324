// Markdown reports (often converted from PDF). Quirks handled here:
// - Footnote marks as <sup>N</sup>, as HTML-escaped "&lt;sup&gt;N&lt;/sup&gt;", as the mangled mix a converter
//   left ("<sup>&</sup>lt;sup&gt;1</sup>"), as Markdown "[^N]", as a caret "^N" where a line "^N text" holds the note
//   (plain text's flattened superscript), or as a link to a note in the same file whose text is the
//   note's number ("[(27)](#ntr27-...)", "( [3](#E0005) )": EUR-Lex conversions, read by text/note-links.ts): else
//   "(27)" stays in the sentence, between the members of a list of citations ("Directives 2011/93/EU (27) and 2013/40/EU").
// - Footnote bodies are blocks that start with such a mark (or "[^N]:", or "^N "); they are not body paragraphs. A
//   EUR-Lex note linked back ("[(27)](#ntc27-...) Directive ...") stays a paragraph: a cut of an act's last article
//   holds its notes, and the gold reads them as text.
// - Paragraphs split by a page break are re-joined in assemble().
// - Lines broken on purpose (an address, a signature block) are paragraphs of their own (line-blocks.ts).
// - List items are paragraphs of their own; emphasis, links, escapes and inline HTML are reduced to text.
// - An enumerator alone in a paragraph ("(a)", then the item's text below it, as EUR-Lex conversions write
//   lists) opens the paragraph after it: the item is one paragraph, read with its lead-in.
// - A pipe table's cells are paragraphs of their own, as the HTML adapter reads <td> and <th>, and its delimiter row
//   ("| --- | :--: |") is no text: else one row's last cell ran into the next row's first ("Germany, United States |"
//   + "| Vehicle health data |" read as an authority "United States Vehicle"). Each cell keeps its table, row and column,
//   and the row right above the delimiter row heads the columns (Paragraph.cell: relations.ts reads a row's cells together).
import type { ParsedReport, SourceFile } from '../model.ts';
import { assemble, markToken } from './assemble.ts';
import type { Block } from './assemble.ts';
import { replaceNoteLinks } from '../text/note-links.ts';
import { lineGroups } from './line-blocks.ts';

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^(=+|-+)\s*$/;
const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+/;
const FOOTNOTE_START = /^(?:<sup>\s*([\w*†‡§]{1,4})\s*<\/sup>|\[\^([\w-]+)\]:)\s*/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,})\s*$/;
const LONE_ENUMERATOR = /^\((?:\d{1,3}|[a-z]{1,2}|[ivxl]{1,5}|[A-Z]{1,2})\)$/;
/** A pipe table's row: opens and closes with a pipe, with one between (two cells at least). */
const TABLE_ROW = /^\|(?:[^|]*\|){2,}$/;
/** A pipe table's delimiter row: dashes, colons and spaces between the pipes. */
const TABLE_DELIMITER = /^\|(?:\s*:?-+:?\s*\|)+$/;

export function parseMarkdownReport(file: SourceFile): ParsedReport {
  const text = normaliseMarks(file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    .replace(/^---\n[\s\S]*?\n---\n/, '') // YAML front matter
    .replace(/<!--[\s\S]*?-->/g, '');
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let item = false;
  let note: { mark: string; lines: string[] } | undefined;
  // The pipe table being read: its number in the document and the row reached (none between tables).
  let tables = 0;
  let table: { n: number; row: number } | undefined;
  const flush = (): void => {
    if (note) blocks.push({ kind: 'footnote', mark: note.mark, text: inline(note.lines.join(' ')) });
    else if (item) blocks.push({ kind: 'paragraph', text: inline(para.join(' ')), item });
    else if (para.length > 1 && LONE_ENUMERATOR.test(para[0])) {
      // The enumerator belongs to the item's first line, whatever that line opens with ("(a)" + "Regulation (EU)
      // 2017/745;"): a capital after it is the item's, no deliberate break.
      const [first, ...rest] = lineGroups(para.slice(1));
      for (const group of [[para[0], ...(first ?? [])], ...rest]) blocks.push({ kind: 'paragraph', text: inline(group.join(' ')) });
    } else for (const group of lineGroups(para)) blocks.push({ kind: 'paragraph', text: inline(group.join(' ')) });
    para = [];
    item = false;
    note = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const row = !note && TABLE_ROW.test(line.replace(/\\\|/g, ''));
    if (!row) table = undefined;
    if (line === '' || RULE.test(line)) {
      if (!note && para.length === 1 && LONE_ENUMERATOR.test(para[0])) continue;
      flush();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flush();
      blocks.push({ kind: 'heading', text: inline(h[2]), level: h[1].length });
      continue;
    }
    if (para.length === 1 && !note && SETEXT.test(line)) {
      blocks.push({ kind: 'heading', text: inline(para[0]), level: line.startsWith('=') ? 1 : 2 });
      para = [];
      continue;
    }
    if (row) {
      flush();
      if (TABLE_DELIMITER.test(line)) continue;
      table ??= { n: ++tables, row: 0 };
      const at = { table: table.n, row: table.row++, header: TABLE_DELIMITER.test(lines[i + 1]?.trim() ?? '') };
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .forEach((cell, column) => {
          if (cell.trim() !== '') blocks.push({ kind: 'paragraph', text: inline(cell.trim()), cell: { ...at, column } });
        });
      continue;
    }
    const fn = FOOTNOTE_START.exec(line);
    if (fn) {
      flush();
      note = { mark: fn[1] ?? fn[2], lines: [line.slice(fn[0].length)] };
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li) {
      flush();
      // "- 1. At the user-level": a bullet wrapping a number; both markers go.
      para = [line.slice(li[0].length).replace(LIST_ITEM, '')];
      item = true;
      continue;
    }
    if (note) note.lines.push(line);
    else para.push(line.replace(/^>\s?/, '').replace(/^\||\|$/g, ''));
  }
  flush();
  return assemble(file, blocks);
}

/** Bring every spelling of a footnote mark to <sup>N</sup>. */
function normaliseMarks(s: string): string {
  return caretMarks(s)
    .replace(/<sup>&<\/sup>/g, '&')
    .replace(/&lt;(\/?)sup&gt;/gi, '<$1sup>')
    .replace(/&lt;(\/?)sup>/gi, '<$1sup>');
}

/** A note's body printed as a line that opens with a caret and its number ("^1 84 FR 22689 (May 17, 2019).", as plain text
 *  flattens a superscript), and the same "^1" right after a word or its punctuation in the text ("... supply chain.^1"):
 *  a footnote and its mark, as "[^1]:" and "[^1]" are. Only numbers that have such a body are marks: "m^2" or a caret of
 *  a formula in a text with no caret notes stays text, and "^2^" is Pandoc's superscript, no note. */
function caretMarks(s: string): string {
  const bodies = new Set([...s.matchAll(/^[ \t]*\^(\d{1,3})[ \t]+\S/gm)].map((m) => m[1]));
  if (bodies.size === 0) return s;
  return s
    .replace(/^([ \t]*)\^(\d{1,3})(?=[ \t]+\S)/gm, (all, lead: string, n: string) => (bodies.has(n) ? `${lead}<sup>${n}</sup>` : all))
    .replace(/(?<=[\p{L}.,;:)\]"'”’])\^(\d{1,3})(?![\d^\p{L}])/gu, (all, n: string) => (bodies.has(n) ? `<sup>${n}</sup>` : all));
}

/** Inline Markdown -> text; marks -> tokens. */
function inline(s: string): string {
  const marked = s
    .replace(/<sup>\s*([\w*†‡§]{1,4})\s*<\/sup>/g, (_, m: string) => markToken(m))
    .replace(/\[\^([\w-]+)\](?!:)/g, (_, m: string) => markToken(m));
  return replaceNoteLinks(marked, (l) => markToken(l.mark))
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<[^>\u0001\u0002]+>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(?<![\w*\\])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1')
    .replace(/(?<![\w\\])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!$&<>|~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
