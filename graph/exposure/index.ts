// The exposure answer, materialised once per load: read the graph (inputs.cypher), derive every
// company's claims (derive.ts, pure), replace the previous claims in one transaction (write.cypher).
// The API then reads a company's claims with one index seek (queries/exposure.cypher).
import fs from 'node:fs';
import path from 'node:path';
import { defaultVocabulary } from '../../ingest/vocab/index.ts';
import type { Database } from '../database.ts';
import { deriveExposure, type ExposureClaim, type ExposureInputs } from './derive.ts';

const BATCH = 1000;
const cypher = (name: string): string => fs.readFileSync(path.join(import.meta.dirname, `${name}.cypher`), 'utf8');
const INPUTS = cypher('inputs');
const WRITE = cypher('write');

export async function deriveExposureClaims(db: Database): Promise<{ claims: number; ms: number }> {
  const t0 = performance.now();
  const res = await db.driver.executeQuery(INPUTS, {}, { database: db.name, routing: 'READ' });
  const rec = res.records[0];
  const inputs: ExposureInputs = { companies: rec?.get('companies') ?? [], classes: rec?.get('classes') ?? [], norms: (rec?.get('norms') ?? []).map(plainNumbers) };
  const claims = deriveExposure(inputs, defaultVocabulary());
  await write(db, claims);
  return { claims: claims.length, ms: performance.now() - t0 };
}

/** Provision order comes back as a driver Integer or a float; the derivation wants a number. */
function plainNumbers<T extends { order: unknown }>(n: T): T {
  const o = n.order as { toNumber?: () => number } | number | null;
  return { ...n, order: typeof o === 'number' ? o : (o?.toNumber?.() ?? 0) };
}

async function write(db: Database, claims: ExposureClaim[]): Promise<void> {
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run("MATCH (cl:Claim) WHERE cl.rule IN ['exposure', 'bound-by', 'subject-to-power'] DETACH DELETE cl");
      for (let i = 0; i < claims.length; i += BATCH) {
        const rows = claims.slice(i, i + BATCH).map((c) => ({ ...c, answer: JSON.stringify({ ...c, rule: 'exposure', method: 'inferred:exposure' }) }));
        await tx.run(WRITE, { rows });
      }
    });
  } finally {
    await session.close();
  }
}
