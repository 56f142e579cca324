// A gold may name a PDF (or Word) fixture: the harness, synchronous, converts it as `lawgraph load` does (readDocument),
// so the report it scores is the adapter's reading of the real bytes, with pages as locators.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looseItem, readDocument } from '../../../ingest/corpus.ts';
import { goldSource } from '../../../ingest/reports/evaluate.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { makeDocx } from './docx-writer.ts';
import { makePdf, wrap } from './pdf-writer.ts';
import { BLOCKS, NOTES } from './think-tank-brief-docx-fixture.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-eval-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gold fixtures in binary formats', () => {
  it('reads a PDF fixture through the PDF adapter, as readDocument does', async () => {
    const file = path.join(dir, 'notice.pdf');
    fs.writeFileSync(file, makePdf([[{ text: 'A Short Notice', x: 72, y: 720, size: 18 }, ...wrap('The Ostrava Telecom Office barred routers made by Kellan Networks Ltd. from public networks.', { top: 690 })]]));
    const source = goldSource('notice', { source: { file: path.relative(path.join(import.meta.dirname, '..', '..', '..'), file), format: 'pdf' }, entities: [], relations: [] }, '/nonexistent');
    expect(source.entry.format).toBe('pdf');
    const report = parseReport(source);
    expect(report).toEqual(parseReport(await readDocument(looseItem(file))));
    expect(report.sections.flatMap((s) => s.paragraphs).map((p) => [p.locator, p.text])).toEqual([['p_1.para_1', 'The Ostrava Telecom Office barred routers made by Kellan Networks Ltd. from public networks.']]);
  });
  it('keeps the Word fixture of recognition-dev110.yaml as its writer makes it', () => {
    const file = path.join(import.meta.dirname, 'fixtures', 'utility-connected-devices-drones-think-tank-policy-brief.docx');
    expect(fs.readFileSync(file).equals(makeDocx(BLOCKS, NOTES))).toBe(true);
  });
});
