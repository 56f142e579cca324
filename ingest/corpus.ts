// Reads documents from disk: a folder with manifest.json (ids and metadata from the manifest),
// or loose files (ids and format from the file name). Decoding is strict: UTF-8, or a legacy
// Chinese encoding (GB18030/GBK) when UTF-8 fails and the bytes decode cleanly as such. PDF and
// Word files are routed by magic bytes before any text decoding and converted by their report
// adapters (readDocument); other binary and oversized files are refused. A folder yields every file
// in it: one that is not understood becomes an item that fails with its reason, never a silent skip.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DETECT } from './languages/index.ts';
import { DocumentError, type ManifestEntry, type SourceFile } from './model.ts';
import { binaryKind, BINARY_CONVERTERS, opensAsBinary } from './reports/binary.ts';
import { hasUnifiedIdeograph } from './text/scripts.ts';

/** Far larger than any real statute or report (the GDPR XHTML is 0.8 MB): a text file, or the text converted from a PDF
 *  or Word file. Extraction holds about 60-70 MB of memory per MB of text beyond its start (docs/benchmarks.md). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
/** A PDF or Word file carries images and fonts beside its text (a 20 MB report PDF holds far less text): the file may be
 *  larger, and its converted text is held to MAX_DOCUMENT_BYTES. */
export const MAX_BINARY_DOCUMENT_BYTES = 64 * 1024 * 1024;

export interface CorpusItem {
  path: string;
  entry: ManifestEntry;
  /** Why this file cannot be read (a file in a folder that lawgraph does not understand). */
  unsupported?: string;
}

export function readManifest(dir: string): CorpusItem[] {
  const file = path.join(dir, 'manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DocumentError(file, `cannot read manifest: ${(err as Error).message}`);
  }
  const docs = (json as { documents?: unknown }).documents;
  if (!Array.isArray(docs)) throw new DocumentError(file, 'manifest has no "documents" array');
  const seen = new Set<string>();
  return docs.map((d: ManifestEntry, i: number) => {
    for (const key of ['id', 'file', 'format', 'kind'] as const) {
      if (typeof d[key] !== 'string' || !d[key]) throw new DocumentError(file, `documents[${i}] has no "${key}"`);
    }
    if (seen.has(d.id)) throw new DocumentError(file, `duplicate document id "${d.id}"`);
    seen.add(d.id);
    return { path: path.join(dir, d.file), entry: d };
  });
}

const EXTENSION_FORMATS: Record<string, string> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.json': 'json',
  '.xhtml': 'xhtml',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'xml',
  '.pdf': 'pdf',
  '.docx': 'docx',
};
const READABLE = Object.keys(EXTENSION_FORMATS).join(', ');

/** A loose file: id and format from its name; kind and language are sniffed by the adapters. */
export function looseItem(file: string): CorpusItem {
  const base = path.basename(file);
  const ext = path.extname(base).toLowerCase();
  const id = base.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9._-]+/g, '-').toLowerCase();
  // No extension: the adapters sniff the content. An unknown extension is named, not guessed at.
  const format = ext === '' ? 'auto' : EXTENSION_FORMATS[ext];
  return {
    path: file,
    ...(format ? {} : { unsupported: `unsupported file type "${ext}" (lawgraph reads ${READABLE})` }),
    entry: {
      id,
      title: base,
      jurisdiction: 'unknown',
      kind: 'unknown',
      language: languageOfName(base),
      format: format ?? ext.slice(1),
      file: base,
    },
  };
}

/** A loose file's language as its name states it ("report.zh.md", "notice-en.pdf"); else read later from its text. */
function languageOfName(base: string): string {
  const named = /[.-](zh|en)(?=\.[^.]+$|$)/i.exec(base)?.[1];
  return named ? named.toLowerCase() : DETECT;
}

/** Expands CLI arguments: folders with a manifest, other folders recursively, files. */
export function collectItems(paths: string[]): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new DocumentError(p, 'no such file or folder');
    if (stat.isDirectory()) {
      if (fs.existsSync(path.join(p, 'manifest.json'))) items.push(...readManifest(p));
      else {
        for (const child of fs.readdirSync(p).sort().map((c) => path.join(p, c))) {
          // Hidden entries (.git, .DS_Store) are named, not read: nothing in a folder is skipped silently.
          if (path.basename(child).startsWith('.')) items.push({ ...looseItem(child), unsupported: 'hidden file or folder, not read' });
          else items.push(...collectItems([child]));
        }
      }
    } else items.push(looseItem(p));
  }
  return items;
}

/** A text document (synchronous). PDF and Word files need readDocument. */
export function readSource(item: CorpusItem): SourceFile {
  const { bytes, sha256 } = readBytes(item);
  const kind = binaryKind(bytes, item.path);
  if (kind) throw new DocumentError(item.path, `${kind} file: read it with readDocument (binary formats are converted asynchronously)`);
  return { path: item.path, entry: item.entry, text: decode(item.path, bytes), sha256 };
}

/** Any document: PDF and Word (by magic bytes, whatever the extension) are converted, text is decoded. */
export async function readDocument(item: CorpusItem): Promise<SourceFile> {
  const { bytes, sha256 } = readBytes(item);
  const kind = binaryKind(bytes, item.path);
  if (!kind) return { path: item.path, entry: item.entry, text: decode(item.path, bytes), sha256 };
  const text = await BINARY_CONVERTERS[kind](item.path, bytes);
  const textBytes = Buffer.byteLength(text);
  if (textBytes > MAX_DOCUMENT_BYTES) throw new DocumentError(item.path, `its text (converted from ${kind}) is ${textBytes} bytes, larger than the ${MAX_DOCUMENT_BYTES}-byte limit for one document`);
  return { path: item.path, entry: { ...item.entry, format: kind }, text, sha256 };
}

/** The file's sha256 when it passes the checks readDocument makes (present, within the size limit,
 *  agreeing with its manifest entry); else undefined, and extraction names the problem. */
export function documentSha256(item: CorpusItem): string | undefined {
  try {
    return readBytes(item).sha256;
  } catch {
    return undefined;
  }
}

function readBytes(item: CorpusItem): { bytes: Buffer; sha256: string } {
  const { path: file, entry } = item;
  if (item.unsupported) throw new DocumentError(file, item.unsupported);
  if (!fs.existsSync(file)) throw new DocumentError(file, `listed in the manifest as "${entry.id}" but missing`);
  const size = fs.statSync(file).size;
  const limit = size > MAX_DOCUMENT_BYTES && opensAsBinary(headOf(file)) ? MAX_BINARY_DOCUMENT_BYTES : MAX_DOCUMENT_BYTES;
  if (size > limit) {
    throw new DocumentError(file, `${size} bytes is larger than the ${limit}-byte limit for one ${limit === MAX_DOCUMENT_BYTES ? 'document' : 'PDF or Word document'}`);
  }
  const bytes = fs.readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (entry.sha256 && entry.sha256 !== sha256) {
    throw new DocumentError(file, `sha256 ${sha256} does not match the manifest's ${entry.sha256}`);
  }
  if (bytes.length === 0) throw new DocumentError(file, 'empty file');
  return { bytes, sha256 };
}

/** The first KB of a file, read before the whole file is. */
function headOf(file: string): Buffer {
  const head = Buffer.alloc(1024);
  const fd = fs.openSync(file, 'r');
  try {
    return head.subarray(0, fs.readSync(fd, head, 0, head.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export function decode(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new DocumentError(file, 'binary content (NUL bytes), not a text document');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Not UTF-8. Chinese sources often come in GB18030/GBK: accept only a clean decode with CJK text.
    try {
      const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (hasUnifiedIdeograph(text)) return text;
    } catch {
      /* fall through to the refusal below */
    }
    throw new DocumentError(file, 'not valid UTF-8, nor a legacy Chinese encoding (GB18030/GBK); re-save it as UTF-8');
  }
}
