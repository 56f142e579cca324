// The page layout shared by the development fixtures written as PDF (ngo-report-pdf-fixture.ts,
// journal-article-pdf-fixture.ts): blocks of text set in Helvetica from the top of US-letter pages down, lines broken
// by the font's advance widths, raised note marks after the word they follow, and each page's notes set small above a
// running foot. Each writer gives its own blocks, sizes, note lines and foot.
// In a block's text, "^N" (or "^*", "^**") marks the place of note N.
import type { PdfLine } from './pdf-writer.ts';

export type Block = { kind: 'title' | 'subtitle' | 'meta' | 'heading' | 'para' | 'break'; text: string };

export const LEFT = 72;
const TOP = 720;
/** The measure: the page's width less its two margins. */
export const MEASURE = 612 - 2 * LEFT;

/** Helvetica's advance widths (its AFM, per 1000 units of the font size), for the characters the fixtures use. */
const WIDTHS: Record<string, number> = {
  ...Object.fromEntries([...'abdeghnopqu0123456789$'].map((c) => [c, 556])),
  ...Object.fromEntries([...'ckszvxy'].map((c) => [c, 500])),
  ...Object.fromEntries([...'ijl'].map((c) => [c, 222])),
  ...Object.fromEntries([...' ft.,:;/I'].map((c) => [c, 278])),
  ...Object.fromEntries([...'r()-*'].map((c) => [c, 333])),
  m: 833, w: 722, "'": 191, '|': 260, '&': 667, '%': 889, M: 833, W: 944, J: 500, L: 556, '§': 556,
  ...Object.fromEntries([...'ABEKPSVXY'].map((c) => [c, 667])),
  ...Object.fromEntries([...'CDHNRU'].map((c) => [c, 722])),
  ...Object.fromEntries([...'FTZ'].map((c) => [c, 611])),
  ...Object.fromEntries([...'GOQ'].map((c) => [c, 778])),
};
/** A text's width in Helvetica at a size: where a line ends, and where a note mark goes after the word it follows. */
const advance = (text: string, size: number): number => ([...text].reduce((n, c) => n + (WIDTHS[c] ?? 556), 0) * size) / 1000;

const MARK = /\^(\d+|\*+)/g;

/** A text broken into lines no wider than `measure` at `size`, note marks kept in place but not measured. */
export function breakLines(text: string, size: number, measure: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && advance(`${cur.replace(MARK, '')} ${w.replace(MARK, '')}`, size) > measure) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

export interface Layout {
  blocks: Block[];
  sizes: Record<Block['kind'], number>;
  /** Note n as set at the page's foot, one string per line (later lines indented). */
  noteLines: (n: string) => string[];
  /** The running foot of page `index` (from 0). */
  foot: (index: number) => PdfLine;
}

/** The document's pages: blocks set from the top down, each page's notes set small above its running foot. */
export function pages(layout: Layout): PdfLine[][] {
  const out: PdfLine[][] = [];
  let page: PdfLine[] = [];
  let notes: string[] = [];
  let y = TOP;
  const finish = () => {
    const set = notes.flatMap((n) => layout.noteLines(n).map((text, i) => ({ text, x: i === 0 ? LEFT : LEFT + 10 })));
    let ny = 60 + 10 * (set.length - 1);
    for (const l of set) {
      page.push({ text: l.text, x: l.x, y: ny, size: 8 });
      ny -= 10;
    }
    page.push(layout.foot(out.length));
    out.push(page);
    page = [];
    notes = [];
    y = TOP;
  };
  for (const b of layout.blocks) {
    if (b.kind === 'break') {
      finish();
      continue;
    }
    const size = layout.sizes[b.kind];
    const leading = size * 1.3;
    if (b.kind === 'heading' || b.kind === 'title') y -= size * 0.6;
    for (const line of breakLines(b.text, size, MEASURE)) {
      const marks = [...line.matchAll(MARK)].map((m) => m[1]);
      const bottom = 60 + 10 * [...notes, ...marks].reduce((k, n) => k + layout.noteLines(n).length, 0) + 16;
      if (y - leading < bottom) finish();
      const parts = line.split(/\^(\d+|\*+)/);
      let text = '';
      for (let i = 0; i < parts.length; i++) {
        if (i % 2 === 0) text += parts[i];
        else page.push({ text: parts[i], x: Math.round(LEFT + advance(text, size) + 1), y: y + 4, size: 6.5 });
      }
      page.push({ text, x: LEFT, y, size });
      notes.push(...marks);
      y -= leading;
    }
    y -= b.kind === 'para' ? size * 0.9 : size * 0.4;
  }
  finish();
  return out;
}
