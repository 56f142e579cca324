// Word reports, from .docx files written at test time from our own text (docx-writer.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looseItem, readDocument } from '../../../ingest/corpus.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { testCatalog } from './helpers.ts';
import { BIS, KESTREL, MARROWBY } from './ids.ts';
import { makeDocx, zip } from './docx-writer.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-docx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('DOCX adapter', () => {
  it('reads headings, paragraphs and footnotes through the HTML path', async () => {
    const file = path.join(dir, 'brief.docx');
    fs.writeFileSync(
      file,
      makeDocx(
        [
          { heading: 'Chips and Tariffs', level: 1 },
          { text: 'The Norland Trade Commission imposed tariffs on lidar sensors.[^1] It gave no reason.' },
          { heading: 'Details', level: 2 },
          { text: 'A second section.' },
        ],
        { '1': 'A fictional notice, see https://example.org/tariffs.' },
      ),
    );
    const source = await readDocument(looseItem(file));
    expect(source.entry.format).toBe('docx');
    const r = parseReport(source);
    expect(r.title).toBe('Chips and Tariffs');
    expect(r.sections.map((s) => [s.heading, s.level])).toEqual([['Chips and Tariffs', 1], ['Details', 2]]);
    expect(r.sections[0].paragraphs[0].sentences[0]).toMatchObject({ locator: 'sec_1.p_1.s_1', text: 'The Norland Trade Commission imposed tariffs on lidar sensors.', footnotes: ['1'] });
    expect(r.footnotes).toEqual([{ mark: '1', text: 'A fictional notice, see https://example.org/tariffs.', urls: ['https://example.org/tariffs'] }]);
    expect(JSON.stringify(r)).not.toContain('↑');
  });

  it("reads a table's rows with the caption paragraph Word writes before the table (mammoth: a <p>, no <caption>)", async () => {
    const file = path.join(dir, 'listings.docx');
    const table = { table: [['Country', 'Entity'], ['NORLAND', 'Kestrel Cranes Ltd.'], ['CHINA', 'Marrowby Cable Co., Ltd.']], header: true };
    fs.writeFileSync(
      file,
      makeDocx([
        { heading: 'Entity List additions', level: 1 },
        { text: 'Table 1: The Bureau of Industry and Security is adding the following entities to the Entity List:', caption: true },
        table,
        { text: 'Table 2: Entities and their addresses', caption: true },
        table,
      ]),
    );
    const report = parseReport(await readDocument(looseItem(file)));
    const paragraphs = report.sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.filter((p) => p.caption !== undefined)).toEqual([]);
    expect(paragraphs.filter((p) => p.cell?.header).map((p) => p.text)).toEqual(['Country', 'Entity', 'Country', 'Entity']);
    const added = analyseReport(report, testCatalog()).relations.filter((r) => r.type === 'ADDS_TO_LIST');
    expect(added.map((r) => `${r.start} ${r.end} ${r.leadIn}`)).toEqual([`${BIS} ${KESTREL} sec_1.p_1.s_1`, `${BIS} ${MARROWBY} sec_1.p_1.s_1`]);
  });

  it('refuses a ZIP that is not a Word document, naming the file', async () => {
    const file = path.join(dir, 'archive.docx');
    fs.writeFileSync(file, zip({ 'notes.txt': 'hello' }));
    await expect(readDocument(looseItem(file))).rejects.toThrow(/archive\.docx: a ZIP archive that is not a Word \(\.docx\) document/);
  });
});
