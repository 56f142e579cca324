// Folders of loose files (ingest/corpus.ts): every file is named, PDF and Word are routed by their magic
// bytes before any text decoding, and a file lawgraph does not read fails with its reason, never skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../ingest/catalog/index.ts';
import { collectItems, looseItem, readDocument, readSource } from '../../ingest/corpus.ts';
import { extractPaths, type Failure } from '../../ingest/run.ts';
import { makeDocx } from './reports/docx-writer.ts';
import { makePdf, wrap } from './reports/pdf-writer.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-folder-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: string | Buffer): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

write('brief.pdf', makePdf([[{ text: 'A Fictional Brief', x: 72, y: 720, size: 18 }, ...wrap('The Norland Trade Commission met.', { top: 690 })]]));
write('notes.docx', makeDocx([{ heading: 'Notes', level: 1 }, { text: 'The Norland Trade Commission met again.' }]));
write('plain.md', '# Plain\n\nA plain Markdown report.\n');
write('figure.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
write('.DS_Store', Buffer.from([0x00, 0x00, 0x00, 0x01]));

describe('a folder of loose files', () => {
  it('yields every file, naming the ones lawgraph does not read', () => {
    const items = collectItems([dir]);
    expect(items.map((i) => [path.basename(i.path), i.entry.format, i.unsupported ?? ''])).toEqual([
      ['.DS_Store', 'auto', 'hidden file or folder, not read'],
      ['brief.pdf', 'pdf', ''],
      ['figure.png', 'png', expect.stringMatching(/^unsupported file type "\.png" \(lawgraph reads \.md, .*\.pdf, \.docx\)$/)],
      ['notes.docx', 'docx', ''],
      ['plain.md', 'markdown', ''],
    ]);
  });

  it('extracts the readable files and fails each other one with its reason', async () => {
    const failed: Failure[] = [];
    const ids: string[] = [];
    const r = await extractPaths([dir], loadCatalog(), { onDocument: (d) => void ids.push(d.documentId), onFailure: (f) => failed.push(f) });
    expect(r.ok).toBe(3);
    expect(ids.sort()).toEqual(['brief', 'notes', 'plain']);
    expect(failed.map((f) => [path.basename(f.file), f.reason])).toEqual([
      ['.DS_Store', 'hidden file or folder, not read'],
      ['figure.png', expect.stringMatching(/^unsupported file type "\.png"/)],
    ]);
  });
});

describe('binary routing', () => {
  it('routes by magic bytes, whatever the extension says', async () => {
    const file = write('misnamed.txt', makePdf([[{ text: 'Misnamed but a PDF.', x: 72, y: 700, size: 11 }]]));
    const source = await readDocument(looseItem(file));
    expect(source.entry.format).toBe('pdf');
    expect(() => readSource(looseItem(file))).toThrow(/misnamed\.txt: pdf file: read it with readDocument/);
  });
  it('keeps a text that merely mentions "%PDF-" a text', async () => {
    const file = write('about-pdf.md', '# About PDF\n\nEvery PDF file starts with %PDF-1.7 or similar.\n');
    expect((await readDocument(looseItem(file))).text).toContain('%PDF-1.7');
  });
  it('keeps the sha256 of the file as stored, not of its conversion', async () => {
    const file = path.join(dir, 'brief.pdf');
    const source = await readDocument(looseItem(file));
    expect(source.sha256).toBe((await import('node:crypto')).createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  });
});
