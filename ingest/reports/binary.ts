// Binary report formats, recognised by their magic bytes before any text decoding (whatever the file's
// extension says), and the converter that turns each into the text its adapter reads: a PDF into its
// page layout (ingest/reports/pdf.ts), a Word file into HTML (ingest/reports/docx.ts).
import { spawnSync } from 'node:child_process';
import { DocumentError } from '../model.ts';
import { docxToHtml } from './docx.ts';
import { pdfToLayout } from './pdf.ts';

export type BinaryKind = 'pdf' | 'docx';

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** `pdf`, `docx`, or undefined for text. A ZIP that is not a Word document is refused by name. */
/** Whether a file's first KB opens a PDF (its header, perhaps after some junk) or a ZIP archive (a Word document, if
 *  binaryKind finds word/document.xml in the whole file): enough to tell, before reading the file, which size limit it
 *  is held to (ingest/corpus.ts). */
export function opensAsBinary(head: Buffer): boolean {
  return head.subarray(0, 1024).includes(PDF_MAGIC) || head.subarray(0, 4).equals(ZIP_MAGIC);
}

export function binaryKind(bytes: Buffer, file = ''): BinaryKind | undefined {
  // Some PDF writers put a few bytes of junk before the header (readers accept it within 1 KB); a text
  // that merely mentions "%PDF-" does not also end with the trailer's "%%EOF".
  const at = bytes.subarray(0, 1024).indexOf(PDF_MAGIC);
  if (at === 0 || (at > 0 && bytes.subarray(-1024).includes('%%EOF'))) return 'pdf';
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    // A ZIP's member names are stored uncompressed: a Word document has word/document.xml.
    if (bytes.includes('word/document.xml')) return 'docx';
    throw new DocumentError(file, 'a ZIP archive that is not a Word (.docx) document');
  }
  return undefined;
}

export const BINARY_CONVERTERS: Record<BinaryKind, (file: string, bytes: Uint8Array) => Promise<string>> = {
  pdf: pdfToLayout,
  docx: docxToHtml,
};

/** A binary file's text as its converter makes it, converted in a child process for a synchronous caller (the
 *  evaluation harness reads its golds' fixtures synchronously; `lawgraph load` uses readDocument). */
export function convertBinarySync(file: string, kind: BinaryKind): string {
  const script = `import fs from 'node:fs'; import { BINARY_CONVERTERS } from ${JSON.stringify(import.meta.url)}; const f = process.argv[1]; process.stdout.write(await BINARY_CONVERTERS[${JSON.stringify(kind)}](f, fs.readFileSync(f)));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new DocumentError(file, `could not convert the ${kind} file: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}
