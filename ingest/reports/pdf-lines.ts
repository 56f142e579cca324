// PDF text items -> lines in reading order. Items on one baseline (within half a font size, so raised
// footnote marks stay on their line) form a row; a row splits where a gap wider than two font sizes
// separates items (two columns side by side). A page whose lines leave the middle free is read as two
// columns: full-width lines above them, the left column, the right column, full-width lines below.

/** [text, x, y (baseline, from the bottom), width, font size, 1 when the font is bold] */
export type LayoutItem = [string, number, number, number, number, 1?];
export interface LayoutPage {
  width: number;
  height: number;
  items: LayoutItem[];
}

export interface Part {
  text: string;
  x: number;
  size: number;
  /** Set above the line's baseline (a superscript). */
  raised: boolean;
  bold: boolean;
}

export interface Line {
  text: string;
  x: number;
  x1: number;
  y: number;
  size: number;
  parts: Part[];
  /** 0 or 1 in a two-column page; -1 for a full-width line there. */
  column: number;
  /** A footnote mark the line opens with, set small or raised ("¹ Source ..."). */
  mark?: string;
  /** Every piece with a letter is set in a bold font. */
  bold: boolean;
}

export function pageLines(page: LayoutPage): Line[] {
  return readingOrder(pageRows(page), page.width);
}

/** The page's lines top to bottom (left to right on one baseline), before any reading order. */
export function pageRows(page: LayoutPage): Line[] {
  const items = page.items.filter((it) => it[0].trim() !== '' && it[4] > 0).sort((a, b) => b[2] - a[2] || a[1] - b[1]);
  const rows: LayoutItem[][] = [];
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0][2] - it[2]) <= Math.max(row[0][4], it[4]) / 2) row.push(it);
    else rows.push([it]);
  }
  return rows.flatMap(splitRow).map(toLine);
}

/** A row cut where items are more than two font sizes apart. */
function splitRow(row: LayoutItem[]): LayoutItem[][] {
  const sorted = [...row].sort((a, b) => a[1] - b[1]);
  const out: LayoutItem[][] = [[sorted[0]]];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (sorted[i][1] - (prev[1] + prev[3]) > 2 * Math.max(prev[4], sorted[i][4])) out.push([]);
    out[out.length - 1].push(sorted[i]);
  }
  return out;
}

function toLine(items: LayoutItem[]): Line {
  const chars = new Map<number, number>();
  for (const it of items) chars.set(it[4], (chars.get(it[4]) ?? 0) + it[0].length);
  const size = [...chars].sort((a, b) => b[1] - a[1])[0][0];
  const base = items.find((it) => it[4] === size) as LayoutItem;
  const parts: Part[] = [];
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    const gap = it[1] - end > Math.min(size, it[4]) * 0.2 && !/\s$/.test(text) && !/^\s/.test(it[0]);
    const piece = `${text && gap ? ' ' : ''}${it[0]}`;
    parts.push({ text: piece, x: it[1], size: it[4], raised: it[2] > base[2] + size * 0.2, bold: it[5] === 1 });
    text += piece;
    end = it[1] + it[3];
  }
  const first = parts[0];
  const markFirst = parts.length > 1 && first.size < size * 0.85 && /^\s*(?:\d{1,3}|[*†‡])\s*$/.test(first.text);
  const last = items[items.length - 1];
  return {
    text: markFirst ? text.slice(first.text.length).trim() : text.trim(),
    x: items[0][1],
    x1: last[1] + last[3],
    y: base[2],
    size,
    parts,
    column: 0,
    bold: parts.some((p) => /\p{L}/u.test(p.text)) && parts.every((p) => p.bold || !/\p{L}/u.test(p.text)),
    ...(markFirst ? { mark: first.text.trim() } : {}),
  };
}

/** Lines in reading order: one column top to bottom, or two columns when the middle is free. The columns start
 *  where both have started: a short line alone above one of them (a running header's date at the top left) does
 *  not put the full-width title and abstract under it after the columns. */
export function readingOrder(lines: Line[], width: number): Line[] {
  const mid = width / 2;
  const left = lines.filter((l) => l.x1 <= mid);
  const right = lines.filter((l) => l.x >= mid);
  const spanning = lines.filter((l) => l.x < mid && l.x1 > mid);
  if (left.length < 3 || right.length < 3 || spanning.length > lines.length * 0.2) return lines;
  for (const l of left) l.column = 0;
  for (const l of right) l.column = 1;
  for (const l of spanning) l.column = -1;
  const top = Math.min(Math.max(...left.map((l) => l.y)), Math.max(...right.map((l) => l.y)));
  const above = spanning.filter((l) => l.y > top);
  const below = spanning.filter((l) => l.y <= top);
  return [...above, ...left, ...right, ...below];
}
