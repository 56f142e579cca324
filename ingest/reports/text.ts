// Plain-text reports. Quirks handled here:
// - Paragraphs are either one long line each (text pulled from PDFs or web pages) or hard-wrapped lines
//   separated by blank lines; the block's longest line decides which.
// - Headings are short title-like lines: no closing punctuation, at most 12 words, starting with a capital or a
//   section number. In hard-wrapped blocks only a lone line (its own block) can be a heading.
// - In a block of long lines, a line that opens in lower case goes on with the line before it (a sentence broken after
//   an abbreviation's full stop, "Co., Ltd." + "and ..."), as a wrapped block's lines do.
// - Lines opening with a bullet ("- ", "* ", "• ") are list items, each a paragraph of its own read with its lead-in, as
//   markdown's are; a line with no bullet goes on with the item where it opens in lower case or the item has not ended.
// - Footnote bodies are numbered lines under a "Notes"/"Endnotes"/"Footnotes"/"References" heading; body
//   marks are bracketed numbers "[12]". Where a source dropped its marks (a stray " ." is left), none attach.
import type { ParsedReport, SourceFile } from '../model.ts';
import { assemble, markToken } from './assemble.ts';
import type { Block } from './assemble.ts';

const WRAP_WIDTH = 120;
const NOTES_HEADING = /^(?:notes|endnotes|footnotes|references)$/i;
const NOTE_LINE = /^\[?(\d{1,3})[\].)]?\s+(\S.*)$/;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+\S/;
/** A line that opens with a lower-case word: the rest of a sentence broken at a line's end. */
const CONTINUES = /^\p{Ll}/u;
/** A list item's bullet opening a line ("- ", "* ", "• "). */
const BULLET = /^[-*•]\s+(?=\S)/;

export function parseTextReport(file: SourceFile): ParsedReport {
  const lines = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const groups: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (cur.length) groups.push(cur);
      cur = [];
    } else cur.push(line.trim());
  }
  if (cur.length) groups.push(cur);

  const blocks: Block[] = [];
  let inNotes = false;
  for (const whole of groups) {
    // Bulleted lines are list items, each a paragraph of its own read with its lead-in (a line ending with a colon),
    // as markdown's are; a line with no bullet after one goes on with its item where it opens in lower case or the item
    // has not ended (wrapped), else it is read as a line of its own. Lines before the first bullet are read as a group.
    const firstBullet = inNotes ? -1 : whole.findIndex((l) => BULLET.test(l));
    readGroup(firstBullet < 0 ? whole : whole.slice(0, firstBullet));
    if (firstBullet < 0) continue;
    let item: Block | undefined;
    for (const line of whole.slice(firstBullet)) {
      if (!BULLET.test(line)) {
        if (item?.kind === 'paragraph' && (CONTINUES.test(line) || !/[.;:!?]$/.test(item.text))) item.text = `${item.text} ${marks(line)}`;
        else {
          readGroup([line]);
          item = undefined;
        }
      } else {
        item = { kind: 'paragraph', text: marks(line.replace(BULLET, '')), item: true };
        blocks.push(item);
      }
    }
  }
  return assemble(file, blocks);

  function readGroup(g: string[]): void {
    if (g.length === 0) return;
    const wrapped = g.length > 1 && Math.max(...g.map((l) => l.length)) <= WRAP_WIDTH;
    if (wrapped) {
      const body = g.join(' ');
      if (inNotes && NOTE_LINE.test(g[0])) {
        pushNotes(blocks, g);
        return;
      }
      blocks.push({ kind: 'paragraph', text: marks(body) });
      return;
    }
    // A line that opens in lower case goes on with the paragraph of the line before it in the group, where that one ends
    // in an abbreviation's full stop too ("... Zhejiang Dahua Technology Co., Ltd." + "and SZ DJI Technology Co., Ltd.
    // from ..."): no paragraph of prose opens in lower case.
    let last: Block | undefined;
    for (const line of g) {
      if (inNotes && NOTE_LINE.test(line)) {
        pushNotes(blocks, [line]);
        last = undefined;
      } else if (last?.kind === 'paragraph' && CONTINUES.test(line)) last.text = `${last.text} ${marks(line)}`;
      else if (isTitleLike(line)) {
        inNotes = NOTES_HEADING.test(line);
        blocks.push({ kind: 'heading', text: line, level: headingLevel(line, blocks) });
        last = undefined;
      } else {
        last = { kind: 'paragraph', text: marks(line) };
        blocks.push(last);
      }
    }
  }
}

function pushNotes(blocks: Block[], lines: string[]): void {
  for (const line of lines) {
    const m = NOTE_LINE.exec(line);
    const last = blocks[blocks.length - 1];
    if (m) blocks.push({ kind: 'footnote', mark: m[1], text: m[2] });
    else if (last?.kind === 'footnote') last.text += ` ${line}`;
  }
}

/** "[12]" after a word or punctuation is a footnote mark; "[sic]" and "[a]" are not. */
function marks(s: string): string {
  return s.replace(/(?<=[\p{L}\p{P}])\[(\d{1,3})\]/gu, (_, n: string) => markToken(n));
}

export function isTitleLike(line: string): boolean {
  if (line.length < 2 || line.length > 80) return false;
  if (/[.!?;:,]$/.test(line) || /^[-*•]/.test(line)) return false;
  if (!/^[\p{Lu}\d]/u.test(line) || !/\p{L}{2,}/u.test(line)) return false;
  if (NUMBERED.test(line) && !/^\d+(?:\.\d+)*\.?\s+\p{Lu}/u.test(line)) return false;
  return line.split(/\s+/).length <= 12;
}

function headingLevel(line: string, blocks: Block[]): number {
  if (!blocks.some((b) => b.kind === 'heading')) return 1; // the first heading is the title
  const n = NUMBERED.exec(line);
  return n ? n[1].split('.').length + 1 : 2;
}
