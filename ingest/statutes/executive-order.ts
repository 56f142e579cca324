// US executive orders as whitehouse.gov publishes them, in Markdown: YAML front matter (title, date),
// then the preamble ("By the authority vested in me …"), sections opening with "Section 1.  Policy." or
// "Sec. 2.  Heading." (often split over <span> markup), subsections (a), (b) and points (i), (ii),
// (A), (1) as paragraphs, and the closing signature ("THE WHITE HOUSE, February 28, 2024.").
// Blocks are separated by blank lines; inside a block the Markdown inline syntax is read by a parser
// (escapes "\(b\)", emphasis "*et seq*", entities, inline HTML dropped) and hard-wrapped lines are
// joined. Provisions: `preamble` (kind preamble) and `sec_N` (kind section); points `sec_2.a.i`.
// The order's number is taken only where it is written: a header line "Executive Order 14117 of
// February 28, 2024", the front matter title, or else the manifest title in that form; never guessed.
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml } from 'yaml';
import { DocumentError } from '../model.ts';
import type { LawCitation, ParsedStatute, Provision, SourceFile, StatuteDates, SubProvision } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';
import { englishDate, isoDate } from '../text/dates.ts';
import { parseRomanNumber, toRomanNumber } from '../text/numerals.ts';
import { checkSequence } from './guards.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** "Section 1." / "Sec. 2." at the start of a block, markup already removed. */
const SECTION_START = /^(?:Section|Sec\.)\s+(\d+)\s*\.\s*/;
const SIGNED_AT = /^THE WHITE HOUSE\b/;
const ORDER_LINE = /^Executive Order (\d+)(?: of (.+?))?(?::|$)/;

export function looksLikeExecutiveOrder(text: string): boolean {
  if (!FRONT_MATTER.test(text)) return false;
  const bare = text.replace(/<[^>]*>/g, '');
  return /^[\s\u00a0]*(?:Section|Sec\.)\s+1\s*\./m.test(bare);
}

export function parseExecutiveOrder(file: SourceFile): ParsedStatute {
  const fm = FRONT_MATTER.exec(file.text);
  if (!fm) throw new DocumentError(file.path, 'no YAML front matter (--- … ---) at the start');
  const meta = frontMatter(file.path, fm[1] as string);
  const blocks = blocksOf(file.path, file.text.slice(fm[0].length));
  const signed = signature(file.path, blocks);
  // A header line "Executive Order 14117 of February 28, 2024" names the order; it is not preamble.
  const header = ORDER_LINE.test(collapseSpaces(blocks[0] ?? '')) ? collapseSpaces(blocks[0] as string) : undefined;
  const { preamble, sections } = splitSections(file.path, blocks.slice(header ? 1 : 0, signed.at));
  const provisions: Provision[] = [];
  if (preamble.length) provisions.push(structured('preamble', 'preamble', '', 0, preamble));
  for (const s of sections) {
    const p = structured(`sec_${s.number}`, 'section', s.number, Number(s.number), s.body);
    if (s.heading) p.heading = s.heading;
    provisions.push(p);
  }
  checkSequence(file.path, provisions, 'section', { startAt: 1 });
  const title = meta.title ?? file.entry.title;
  const dates = orderDates(signed.line, meta.date);
  const law = orderCitation([header, title, file.entry.title], file.entry.jurisdiction, dates.adopted);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title,
    language: file.entry.language,
    dates,
    provisions,
    ...(law ? { law } : {}),
    warnings: [],
  };
}

function frontMatter(file: string, yaml: string): { title?: string; date?: string } {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (e) {
    throw new DocumentError(file, `front matter is not YAML: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null) throw new DocumentError(file, 'front matter is not a mapping');
  const { title, date } = data as { title?: unknown; date?: unknown };
  return {
    ...(typeof title === 'string' && collapseSpaces(title) ? { title: collapseSpaces(title) } : {}),
    ...(isoDate(date) ? { date: isoDate(date) } : {}),
  };
}

// ------------------------------------------------------------------------------ blocks

/** Longer runs of emphasis markers than Markdown ever needs: micromark's time grows with their square. */
const MAX_DELIMITER_RUN = 32;

/** Paragraphs (blank-line separated) as plain text, inline Markdown read, line breaks kept as "\n". */
function blocksOf(file: string, body: string): string[] {
  // A line of them alone is a rule ("________"), read in linear time.
  const run = new RegExp(`^(?![*_\\s]*$).*?(?<!\\\\)(([*_])\\2{${MAX_DELIMITER_RUN},})`, 'm').exec(body);
  if (run) throw new DocumentError(file, `a run of ${run[1]?.length} "${run[2]}" is not an order's text (emphasis needs at most 3)`);
  // Indentation is layout here, not a code block; a line of spaces (no-break ones too) is blank.
  const dedented = body.replace(/^[ \t\u00a0]+/gm, '');
  const out: string[] = [];
  for (const node of fromMarkdown(dedented).children) {
    // A list's items are blocks of their own; an ordered list's numbers are part of the text ("1. …").
    const parts = node.type === 'list' ? node.children.map((item, i) => ({ item, mark: node.ordered ? `${(node.start ?? 1) + i}. ` : '' })) : [{ item: node, mark: '' }];
    for (const { item, mark } of parts) {
      const text = plainText(file, item as Nodes, 0).trim();
      if (collapseSpaces(text)) out.push(mark + text);
    }
  }
  return out;
}

/** Deeper than any order's Markdown: hostile input (">>>>…") must not exhaust the stack. */
const MAX_DEPTH = 64;

function plainText(file: string, node: Nodes, depth: number): string {
  if (depth > MAX_DEPTH) throw new DocumentError(file, `Markdown nested deeper than ${MAX_DEPTH} levels`);
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  // Markup is dropped; a raw HTML block keeps its words.
  if (node.type === 'html') return node.value.replace(/<[^>]*>/g, '');
  if (node.type === 'break') return '\n';
  if ('children' in node) return node.children.map((c) => plainText(file, c as Nodes, depth + 1)).join(node.type === 'listItem' ? '\n' : '');
  return '';
}

/** Where the closing "THE WHITE HOUSE, <date>." starts (the signer's name before it), and that line. */
function signature(file: string, blocks: string[]): { at: number; line: string } {
  const w = blocks.findIndex((b) => SIGNED_AT.test(b));
  if (w === -1) throw new DocumentError(file, 'no closing "THE WHITE HOUSE, <date>." line: the text is truncated or not an executive order');
  const line = collapseSpaces(blocks.slice(w).join(' '));
  // The signer's name: a line with no lower-case letter.
  const signer = w > 0 && !/\p{Ll}/u.test(blocks[w - 1] as string);
  return { at: signer ? w - 1 : w, line };
}

interface SectionBlocks {
  number: string;
  heading?: string;
  body: string[];
}

function splitSections(file: string, blocks: string[]): { preamble: string[]; sections: SectionBlocks[] } {
  const preamble: string[] = [];
  const sections: SectionBlocks[] = [];
  for (const block of blocks) {
    const start = SECTION_START.exec(block);
    if (start) {
      const rest = block.slice(start[0].length);
      const { heading, body } = headingOf(rest);
      sections.push({ number: start[1] as string, ...(heading ? { heading } : {}), body: body ? [body] : [] });
    } else if (sections.length) {
      (sections.at(-1) as SectionBlocks).body.push(block);
    } else {
      preamble.push(block);
    }
  }
  if (!sections.length) throw new DocumentError(file, 'no sections ("Section 1." or "Sec. 1.") found');
  return { preamble, sections };
}

/** "Policy.  It is the policy …" -> heading "Policy": it ends at a full stop followed by two spaces, a line break before a label, or the block's end. */
function headingOf(rest: string): { heading?: string; body: string } {
  const end = /\.(?:[ \t\u00a0]*\n[ \t\u00a0]*(?=\()|[\s\u00a0]{2,}|[\s\u00a0]*$)/.exec(rest);
  if (!end) return { body: collapseSpaces(rest) };
  return { heading: collapseSpaces(rest.slice(0, end.index)), body: collapseSpaces(rest.slice(end.index + end[0].length)) };
}

// ------------------------------------------------------------------------------ points

type LabelKind = 'letter' | 'roman' | 'upper' | 'digit';
const DEPTH: Record<LabelKind, number> = { letter: 1, roman: 2, upper: 3, digit: 4 };
const LABEL = /^\(([a-z]{1,5}|[A-Z]{1,2}|\d{1,3})\)\s*/;

interface Open {
  depth: number;
  label: string;
  kind: LabelKind;
  record: SubProvision;
}

/**
 * One provision from its blocks: one line per block; a labelled block opens a SubProvision nested by
 * the label's kind, which runs (with any unlabelled blocks after it) until the next label that is
 * not below it.
 */
function structured(locator: string, kind: Provision['kind'], number: string, order: number, blocks: string[]): Provision {
  const lines = blocks.map(collapseSpaces);
  const labels = lines.map((l) => LABEL.exec(l));
  const paragraphs: SubProvision[] = [];
  const open: Open[] = [];
  let lineStart = 0;
  const close = (depth: number, at: number): void => {
    while (open.length && (open.at(-1) as Open).depth >= depth) (open.pop() as Open).record.end = at;
  };
  for (const [i, text] of lines.entries()) {
    const m = labels[i];
    if (m) {
      const label = m[1] as string;
      const k = labelKind(label, open, labels[i + 1]?.[1]);
      close(DEPTH[k], Math.max(lineStart - 1, 0));
      const parent = open.at(-1)?.record.locator ?? locator;
      const record: SubProvision = { locator: `${parent}.${label}`, number: `(${label})`, text: '', start: lineStart + m[0].length, end: 0 };
      paragraphs.push(record);
      open.push({ depth: DEPTH[k], label, kind: k, record });
    }
    lineStart += text.length + 1;
  }
  const body = lines.join('\n');
  close(0, body.length);
  for (const p of paragraphs) p.text = body.slice(p.start, p.end);
  return { locator, kind, number, order, text: body, paragraphs };
}

/** "iv" -> 4 when the label is a lower-case Roman numeral as normally written; else undefined. */
function romanValue(label: string): number | undefined {
  if (!/^[ivxlcdm]+$/.test(label)) return undefined;
  const n = parseRomanNumber(label);
  return toRomanNumber(n).toLowerCase() === label ? n : undefined;
}

/** (i) after (h) is a letter unless (ii) follows; roman numerals continue an open roman list. */
function labelKind(label: string, open: Open[], next: string | undefined): LabelKind {
  if (/^\d+$/.test(label)) return 'digit';
  if (/^[A-Z]+$/.test(label)) return 'upper';
  const roman = romanValue(label);
  if (roman === undefined) return 'letter';
  const lastRoman = [...open].reverse().find((o) => o.kind === 'roman');
  if (lastRoman && romanValue(lastRoman.label) === roman - 1) return 'roman';
  const lastLetter = [...open].reverse().find((o) => o.kind === 'letter');
  const expectedLetter = lastLetter && lastLetter.label.length === 1 ? String.fromCharCode(lastLetter.label.charCodeAt(0) + 1) : 'a';
  if (label === expectedLetter && !(next && romanValue(next) === roman + 1)) return 'letter';
  return roman === 1 || lastRoman ? 'roman' : 'letter';
}

// ------------------------------------------------------------------------------ number and date

function orderDates(signedLine: string, frontMatterDate: string | undefined): StatuteDates {
  const signed = englishDate(signedLine);
  if (signed) return { adopted: signed.date, amendments: [], lines: [signedLine] };
  return frontMatterDate ? { adopted: frontMatterDate, amendments: [], lines: [`date: ${frontMatterDate}`] } : { amendments: [], lines: [] };
}

/** The order's number where a title line states it (the text's header, the front matter title, the manifest title, in that order). */
function orderCitation(titles: (string | undefined)[], jurisdiction: string, signed: string | undefined): LawCitation | undefined {
  const m = titles.map((t) => (t ? ORDER_LINE.exec(t) : null)).find(Boolean);
  if (!m) return undefined;
  const stated = m[2] ? englishDate(m[2])?.date : undefined;
  const enacted = stated ?? signed;
  return { key: `eo-${m[1]}`, citation: `Executive Order ${m[1]}`, jurisdiction, ...(enacted ? { enacted } : {}) };
}
