// PDF text items -> lines in reading order. Items on one baseline (within half a font size, so raised
// footnote marks stay on their line) form a row; a row splits where a gap wider than two font sizes
// separates items (two columns side by side). A page whose lines leave the middle free is read as two
// columns: full-width lines above them, the left column, the right column, full-width lines below. Rows whose
// pieces (a font size apart or more) start at three or more shared left edges are a table, read cell by cell
// (findTables), and its page is read as one column.

/** [text, x, y (baseline, from the bottom), width, font size, 1 when the font is bold] */
export type LayoutItem = [string, number, number, number, number, 1?];
export interface LayoutPage {
  width: number;
  height: number;
  items: LayoutItem[];
  /** How many images the page paints (absent in a layout written before it was counted). */
  images?: number;
  /** How many pieces of text set at another angle than the page's own were left out. */
  rotated?: number;
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
  /** A table's cell the line is in (its table numbered on the page); a cell's wrapped lines share it. */
  cell?: { table: number; row: number; column: number; header: boolean };
  /** The line is the caption of this table of the page. */
  caption?: number;
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
  const tables = findTables(rows);
  const out: Line[] = [];
  let t = 0;
  for (let i = 0; i < rows.length; i++) {
    const table = tables.find((tb) => tb.first === i);
    if (!table) {
      out.push(...splitRow(rows[i]).map(toLine));
      continue;
    }
    t++;
    // A caption: the one line right above the table (within two and a half line heights), set no larger than it.
    const above = out[out.length - 1];
    const size = rows[i][0][4];
    if (i > 0 && above && !above.cell && splitRow(rows[i - 1]).length === 1 && above.y - rows[i][0][2] <= 2.5 * size && above.size <= size * 1.15) above.caption = t;
    for (const cell of table.cells) out.push({ ...toLine(cell.items), cell: { table: t, row: cell.row, column: cell.column, header: cell.header } });
    i = table.last;
  }
  return out;
}

interface Table {
  /** The rows (indexes into the page's rows) the table spans. */
  first: number;
  last: number;
  /** Each cell's pieces on one baseline, in reading order: row by row, a row's cells left to right, a cell top down. */
  cells: { items: LayoutItem[]; row: number; column: number; header: boolean }[];
}

/** Pieces of a row set apart by more than a font size: a table's cells (two columns' lines, too). */
function segments(row: LayoutItem[]): LayoutItem[][] {
  const sorted = [...row].sort((a, b) => a[1] - b[1]);
  const out: LayoutItem[][] = [[sorted[0]]];
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (sorted[i][1] - (prev[1] + prev[3]) > Math.max(prev[4], sorted[i][4])) out.push([]);
    out[out.length - 1].push(sorted[i]);
  }
  return out;
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;

/**
 * Tables: runs of rows whose pieces start at the same three or more x positions (the columns' left edges), each
 * start shared by two rows or more, with the rows between them whose one piece starts at such an edge (a cell's
 * wrapped line). Two such positions are left to the two-column reading (a page of two columns has them on every
 * row). A table's row (of cells) ends where the gap to the next line is wider than the table's narrowest gap
 * (a cell's wrapped lines are set at the line spacing, rows apart by their padding); where no gap is wider, each
 * line is a row. Its first row is a header row when it is wholly in bold.
 */
function findTables(rows: LayoutItem[][]): Table[] {
  const segs = rows.map(segments);
  const tables: Table[] = [];
  let i = 0;
  while (i < rows.length) {
    if (segs[i].length < 2) {
      i++;
      continue;
    }
    // The run: rows of two pieces or more, and single pieces starting at an edge already seen, close below.
    const starts: number[] = segs[i].map((g) => g[0][1]);
    let j = i;
    while (j + 1 < rows.length) {
      const next = segs[j + 1];
      const size = Math.max(rows[j][0][4], rows[j + 1][0][4]);
      if (rows[j][0][2] - rows[j + 1][0][2] > 3 * size) break;
      if (next.length < 2 && !starts.some((x) => near(x, next[0][0][1]))) break;
      starts.push(...next.map((g) => g[0][1]));
      j++;
    }
    const table = readTable(rows, segs, i, j);
    if (table) {
      tables.push(table);
      i = j + 1;
    } else i++;
  }
  return tables;
}

function readTable(rows: LayoutItem[][], segs: LayoutItem[][][], first: number, last: number): Table | undefined {
  // The columns' left edges: piece starts shared by two rows or more.
  const edges: number[] = [];
  for (let r = first; r <= last; r++) {
    for (const g of segs[r]) {
      const x = g[0][1];
      if (edges.some((e) => near(e, x))) continue;
      let rowsWith = 0;
      for (let o = first; o <= last; o++) if (segs[o].some((h) => near(h[0][1], x))) rowsWith++;
      if (rowsWith >= 2) edges.push(x);
    }
  }
  edges.sort((a, b) => a - b);
  const multi = segs.slice(first, last + 1).filter((g) => g.length >= 2).length;
  const pieces = segs.slice(first, last + 1).flat();
  if (edges.length < 3 || multi < 2 || pieces.filter((g) => edges.some((e) => near(e, g[0][1]))).length < pieces.length * 0.8) return undefined;
  // Cells: a row's items cut at the edges (pieces closer than a font size are still apart there).
  const column = (x: number): number => {
    let c = 0;
    edges.forEach((e, k) => {
      if (e <= x + 2) c = k;
    });
    return c;
  };
  const gaps: number[] = [];
  for (let r = first; r < last; r++) gaps.push(rows[r][0][2] - rows[r + 1][0][2]);
  const narrowest = Math.min(...gaps);
  const spaced = Math.max(...gaps) > narrowest * 1.3;
  let row = 0;
  const byCell = new Map<string, { items: LayoutItem[]; row: number; column: number; header: boolean; y: number }>();
  for (let r = first; r <= last; r++) {
    if (r > first && (!spaced || gaps[r - first - 1] > narrowest * 1.3)) row++;
    // Rows and columns count from 0, the header row's too, as the HTML adapter counts them.
    const lines = new Map<number, LayoutItem[]>();
    for (const it of [...rows[r]].sort((a, b) => a[1] - b[1])) {
      const c = column(it[1]);
      lines.set(c, [...(lines.get(c) ?? []), it]);
    }
    for (const [c, items] of lines) {
      const key = `${row}:${c}:${r}`;
      byCell.set(key, { items, row, column: c, header: false, y: rows[r][0][2] });
    }
  }
  const cells = [...byCell.values()].sort((a, b) => a.row - b.row || a.column - b.column || b.y - a.y);
  const head = cells.filter((c) => c.row === 0);
  if (head.every((c) => c.items.every((it) => it[5] === 1 || !/\p{L}/u.test(it[0])))) for (const c of head) c.header = true;
  return { first, last, cells: cells.map(({ y: _, ...c }) => c) };
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
  let before = size;
  for (const it of items) {
    // A space after a smaller piece (a raised note mark) is set in that piece's size.
    const gap = it[1] - end > Math.min(size, it[4], before) * 0.2 && !/\s$/.test(text) && !/^\s/.test(it[0]);
    const piece = `${text && gap ? ' ' : ''}${it[0]}`;
    parts.push({ text: piece, x: it[1], size: it[4], raised: it[2] > base[2] + size * 0.2, bold: it[5] === 1 });
    text += piece;
    end = it[1] + it[3];
    before = it[4];
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
  // A page with a table is read as one column (a table's columns are no text columns), the table's cells in order.
  if (lines.some((l) => l.cell)) return lines;
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
