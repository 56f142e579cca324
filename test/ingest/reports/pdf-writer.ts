// A minimal PDF writer for test fixtures: pages of text lines in Helvetica at given sizes and positions,
// so the PDF adapter is tested on real PDF bytes made from our own text at test time (no binary fixture).
// Only what the tests need: WinAnsi text, one font, no compression; an empty page list makes a
// "scanned" PDF (pages without a text layer), and a page given as 'image' holds one inline image and no text (a
// scanned page's stand-in), while an empty page holds nothing (a blank page).

export interface PdfLine {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page (PDF user space). */
  y: number;
  size: number;
  /** Turned counter-clockwise by so many degrees (a watermark). */
  angle?: number;
}

const WIDTH = 612;
const HEIGHT = 792;

function pdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function contentStream(lines: PdfLine[]): string {
  return lines
    .map((l) => {
      const [cos, sin] = [Math.cos(((l.angle ?? 0) * Math.PI) / 180), Math.sin(((l.angle ?? 0) * Math.PI) / 180)];
      const at = l.angle ? `${cos.toFixed(4)} ${sin.toFixed(4)} ${(-sin).toFixed(4)} ${cos.toFixed(4)} ${l.x} ${l.y} Tm` : `${l.x} ${l.y} Td`;
      return `BT /F1 ${l.size} Tf ${at} (${pdfString(l.text)}) Tj ET`;
    })
    .join('\n');
}

/** A 1x1 grey inline image drawn 100 points wide. */
const IMAGE = 'q 100 0 0 100 72 600 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q';

/** The bytes of a PDF with one page per entry of `pages`. */
export function makePdf(pages: (PdfLine[] | 'image')[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled in below
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = lines === 'image' ? IMAGE : contentStream(lines);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Body text wrapped into lines of at most `width` characters, from `top` down, `leading` apart. */
export function wrap(text: string, opts: { x?: number; top: number; size?: number; leading?: number; width?: number }): PdfLine[] {
  const size = opts.size ?? 11;
  const leading = opts.leading ?? size * 1.3;
  const width = opts.width ?? 90;
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(' ')) {
    if (cur && cur.length + word.length + 1 > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines.map((t, i) => ({ text: t, x: opts.x ?? 72, y: opts.top - i * leading, size }));
}
