// Every mention names an entity: one of the recognition, the catalog or the manifest's authors. Extraction emits a
// mention (and a relation) only where its node is one of those (ingest/reports/records.ts), so a mention left on an id
// that is no entity is dropped from the graph while the evaluation counted it. On the development files in our own
// words (the repository's fixtures, no corpus needed). It failed on dev42 (report-fixture-port-cranes-ict-final-rule),
// where "networked cranes" shortened to "networked cargo-handling cranes", itself shortened to "cargo-handling crane".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { goldSource, loadGoldSet } from '../../../ingest/reports/evaluate.ts';
import { analyseReport, authorEntities } from '../../../ingest/reports/records.ts';

const catalog = loadCatalog();
const dir = path.resolve(import.meta.dirname, '../../gold');
const own = fs
  .readdirSync(dir)
  .filter((f) => /^recognition-dev\d*\.yaml$/.test(f))
  .flatMap((f) => Object.entries(loadGoldSet(path.join(dir, f)).documents))
  .filter(([, doc]) => doc.source);

describe('mention ids', () => {
  it('name an entity of the recognition, the catalog or the authors, on every development file in our own words', () => {
    expect(own.map(([id]) => id)).toContain('report-fixture-port-cranes-ict-final-rule');
    const dangling: string[] = [];
    for (const [id, doc] of own) {
      const file = goldSource(id, doc, '/nonexistent');
      const { rec, relations } = analyseReport(parseReport(file), catalog, file.entry);
      const known = new Set([...rec.entities.map((e) => e.id), ...authorEntities(file.entry).map((a) => a.id)]);
      const named = (x: string): boolean => known.has(x) || catalog.byId.has(x);
      for (const s of rec.sentences) for (const m of s.mentions.flatMap((x) => [x, ...(x.parts ?? [])])) if (!named(m.id)) dangling.push(`${id} ${s.sentence.locator} "${m.surface}" ${m.id}`);
      for (const r of relations) if (!named(r.start) || !named(r.end)) dangling.push(`${id} ${r.locator} ${r.start} ${r.type} ${r.end}`);
    }
    expect(dangling).toEqual([]);
  }, 120_000);
});
