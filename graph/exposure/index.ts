// The exposure answer, materialised once per load: read the graph (inputs.cypher), derive the items of
// every distinct profile (headquarters jurisdiction and sourced capacities) and each company's binding
// to its profiles (derive.ts, pure), replace the previous ones in one transaction (write-*.cypher).
// The API then reads a company's binding and its profile's ordered answer with two index seeks
// (queries/exposure.cypher).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defaultVocabulary } from '../../ingest/vocab/index.ts';
import type { Database } from '../database.ts';
import { deriveProfiles, type ExposureBinding, type ExposureInputs, type ExposureProfile, type NormInput } from './derive.ts';

const BATCH = 5000;
/** A profile's answer is a few hundred kilobytes: fewer per statement. */
const PROFILE_BATCH = 20;
const cypher = (name: string): string => fs.readFileSync(path.join(import.meta.dirname, `${name}.cypher`), 'utf8');
const INPUTS = cypher('inputs');
const WRITE_PROFILES = cypher('write-profiles');
const WRITE_BINDINGS = cypher('write-bindings');

/** A norm's fields in the order inputs.cypher lists them. */
const NORM_FIELDS = [
  'jurisdiction', 'appliesIn', 'lawId', 'lawName', 'lawNameZh',
  'versionId', 'inForceFrom', 'inForceTo', 'versionStatus',
  'provisionId', 'locator', 'number', 'order', 'hasProvision',
  'normId', 'modality', 'actions', 'sanction', 'expresses',
  'bearerTerm', 'documentId', 'normLocator', 'quote', 'predicate',
  'binds', 'requires', 'empowers', 'owedTo', 'sanctionedBy',
] as const satisfies readonly (keyof NormInput)[];

function normOf(row: unknown[]): NormInput {
  if (row.length !== NORM_FIELDS.length) throw new Error(`inputs.cypher lists ${row.length} fields of a norm, NORM_FIELDS ${NORM_FIELDS.length}`);
  return plainNumbers(Object.fromEntries(NORM_FIELDS.map((k, i) => [k, row[i]])) as unknown as NormInput);
}

/** `claims`: the items stored (one per profile and provision), `companies` the bindings written. */
export async function deriveExposureClaims(db: Database): Promise<{ claims: number; profiles: number; companies: number; ms: number }> {
  const t0 = performance.now();
  const res = await db.driver.executeQuery(INPUTS, {}, { database: db.name, routing: 'READ' });
  const rec = res.records[0];
  const inputs: ExposureInputs = { companies: rec?.get('companies') ?? [], classes: rec?.get('classes') ?? [], norms: ((rec?.get('norms') ?? []) as unknown[][]).map(normOf) };
  const { profiles, bindings } = deriveProfiles(inputs, defaultVocabulary());
  await write(db, profiles, bindings);
  return { claims: profiles.reduce((n, p) => n + p.items.length, 0), profiles: profiles.length, companies: bindings.length, ms: performance.now() - t0 };
}

/** Provision order comes back as a driver Integer or a float; the derivation wants a number. */
function plainNumbers<T extends { order: unknown }>(n: T): T {
  const o = n.order as { toNumber?: () => number } | number | null;
  return { ...n, order: typeof o === 'number' ? o : (o?.toNumber?.() ?? 0) };
}

async function write(db: Database, profiles: ExposureProfile[], bindings: ExposureBinding[]): Promise<void> {
  const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
  try {
    await session.executeWrite(async (tx) => {
      // Two derivations on one store (two loads at once) take turns here: the second waits for the
      // first to commit, then replaces what it wrote, instead of creating the same profiles and
      // bindings beside it (a unique-constraint failure, or bindings twice).
      await tx.run("MERGE (s:LawgraphState {id: 'exposure'}) SET s.writing = datetime()");
      // The previous profiles and bindings, in one statement with the per-company Claim nodes a store
      // made by an earlier version may still hold (nothing writes them now).
      await tx.run('MATCH (x) WHERE x:ExposureProfile OR x:ExposureBinding OR x:Claim DETACH DELETE x');
      for (let i = 0; i < profiles.length; i += PROFILE_BATCH) {
        const rows = profiles.slice(i, i + PROFILE_BATCH).map((p) => {
          const answer = JSON.stringify(p.items.map((c) => ({ ...c, rule: 'exposure', method: 'inferred:exposure' })));
          return { id: p.id, jurisdiction: p.jurisdiction, capacities: p.capacities, items: p.items.length, provisions: [...new Set(p.items.map((c) => c.provisionId))], answer, digest: createHash('sha256').update(answer).digest('hex').slice(0, 32) };
        });
        await tx.run(WRITE_PROFILES, { rows });
      }
      for (let i = 0; i < bindings.length; i += BATCH) {
        const rows = bindings.slice(i, i + BATCH).map((b) => ({ companyId: b.companyId, profileId: b.profileId, premises: JSON.stringify(b.premises) }));
        await tx.run(WRITE_BINDINGS, { rows });
      }
    });
  } finally {
    await session.close();
  }
}
