// `lawgraph load` of a folder of reports as users bring them: a PDF and a Word file, both ingested, the
// PDF with page locators; a folder holding a file lawgraph does not read exits 2 naming it. The PDF and
// DOCX are written at test time from our own (fictional) text; the graph is the real Neo4j.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { makeDocx } from '../ingest/reports/docx-writer.ts';
import { makePdf, wrap } from '../ingest/reports/pdf-writer.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';
import { cli } from '../reliability/helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-binary-'));
const prefix = uniqueDocumentId('binary');
const pdfId = `${prefix}-brief`;
const docxId = `${prefix}-notes`;
const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') };
let db: Database;

async function rows<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.name });
  return records.map((r) => r.toObject() as T);
}

beforeAll(async () => {
  db = await connectTestDb();
  const good = path.join(tmp, 'good');
  fs.mkdirSync(good);
  fs.writeFileSync(
    path.join(good, `${pdfId}.pdf`),
    makePdf([
      [{ text: 'Cables Under Review', x: 72, y: 720, size: 20 }, ...wrap('A fictional briefing written for the lawgraph test suite.', { top: 690 })],
      [...wrap('The Valdmark Bureau of Network Security (VBNS) regulates submarine cable systems. Submarine cable systems need a licence from the VBNS.', { top: 720 })],
    ]),
  );
  fs.writeFileSync(
    path.join(good, `${docxId}.docx`),
    makeDocx([{ heading: 'Tariff Notes', level: 1 }, { text: 'A fictional note. The Norland Trade Commission imposed tariffs on electric bicycles from Vietnam.' }]),
  );
});

afterAll(async () => {
  await cli(['remove', pdfId, docxId], env);
  const left = await rows<{ n: number }>('MATCH (n:Node) WHERE any(s IN coalesce(n.sources, []) WHERE s IN $ids) RETURN count(n) AS n', { ids: [pdfId, docxId] });
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
  expect(left[0]?.n).toBe(0);
});

describe('lawgraph load of PDF and Word reports', () => {
  it('ingests both, the PDF with page locators and recognised, not curated entities', async () => {
    const r = await cli(['load', path.join(tmp, 'good')], env, 300_000);
    expect(r.stderr).not.toMatch(/\.(?:pdf|docx): /);
    expect(r.code).toBe(0);
    const docs = await rows<{ id: string; format: string }>('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.format AS format ORDER BY id', {
      ids: [`doc:${pdfId}`, `doc:${docxId}`],
    });
    expect(docs).toEqual([
      { id: `doc:${pdfId}`, format: 'pdf' },
      { id: `doc:${docxId}`, format: 'docx' },
    ]);
    const locators = await rows<{ locator: string }>('MATCH (:Document {id: $doc})-[:HAS_PASSAGE]->(p:Passage) RETURN p.locator AS locator ORDER BY locator', { doc: `doc:${pdfId}` });
    // The heading is read for names too, at its own place on its page.
    expect(locators.map((l) => l.locator)).toEqual(['p_1.heading_1', 'p_1.para_1.s_1', 'p_2.para_1.s_1', 'p_2.para_1.s_2']);
    const regulates = await rows<{ name: string; curated: boolean; quote: string }>(
      `MATCH (a:Authority)-[r:REGULATES]->(t) WHERE $doc IN r.sources
       RETURN a.name AS name, a.curated AS curated, r.evidence AS quote`,
      { doc: pdfId },
    );
    expect(regulates).toHaveLength(1);
    expect(regulates[0]).toMatchObject({ name: 'Valdmark Bureau of Network Security', curated: false });
    expect(String(regulates[0].quote)).toContain('regulates submarine cable systems');
    const restricts = await rows<{ object: string }>('MATCH (:Authority {name: $name})-[r:RESTRICTS]->(o) WHERE $doc IN r.sources RETURN o.name AS object ORDER BY object', {
      name: 'Norland Trade Commission',
      doc: docxId,
    });
    expect(restricts).toEqual([{ object: 'Vietnam' }, { object: 'electric bicycles' }]);
  }, 300_000);

  it('names a file it cannot read and exits 2, loading the others', async () => {
    const mixed = path.join(tmp, 'mixed');
    fs.mkdirSync(mixed);
    fs.copyFileSync(path.join(tmp, 'good', `${docxId}.docx`), path.join(mixed, `${docxId}.docx`));
    fs.writeFileSync(path.join(mixed, 'figure.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const r = await cli(['load', mixed], env, 300_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(mixed, 'figure.png')}: unsupported file type ".png"`);
    expect(r.stderr).not.toMatch(/\.docx: /);
    const still = await rows<{ n: number }>('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id: `doc:${docxId}` });
    expect(still[0]?.n).toBe(1);
  }, 300_000);
});
