// Derived facts: each rule is one Cypher file in graph/rules/, run in name order after a load, then
// the exposure claims (graph/exposure), which need the versions' dates the rules set. Each rule first
// deletes what it derived before, then derives again from the current graph, so derived facts never
// outlive their premises.
// A derivation leaves a stamp (the LawgraphState node): the documents it derived from (id, sha256,
// extractor, load time) and the code that derived (rules, exposure, this file). When both are
// unchanged, deriving again would give the same facts, and deriveIfStale skips it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';
import { deriveExposureClaims } from './exposure/index.ts';

const rulesDir = path.join(import.meta.dirname, 'rules');

export interface DeriveResult {
  rules: { rule: string; ms: number; created: number }[];
  /** True when the stamp showed nothing to derive again. */
  skipped?: boolean;
}

let codeHash: string | undefined;

/** A hash of the files that make derived facts: the rules, graph/exposure and this module. */
function derivationCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const dirs = [rulesDir, path.join(import.meta.dirname, 'exposure')];
  const files = [import.meta.filename, ...dirs.flatMap((d) => fs.readdirSync(d).sort().map((f) => path.join(d, f)))];
  for (const f of files) if (fs.statSync(f).isFile()) hash.update(path.basename(f)).update('\0').update(fs.readFileSync(f));
  codeHash = hash.digest('hex').slice(0, 16);
  return codeHash;
}

/** Every Document's version, as the pipeline reads it before its loads (graph/pipeline.ts loadedVersions) and the
 *  stamp after them (currentStamp): one text, so the stamp's read finds the plan the pipeline's made in the query
 *  cache, which a cold JVM otherwise makes again (0.2-0.6 s in a pipeline run on a new store). Neo4j keeps a cached
 *  plan until it is older than dbms.cypher.min_replan_interval (10 s) and the statistics have moved. */
export const DOCUMENT_VERSIONS = `MATCH (d:Document)
  RETURN d.id AS id, d.sha256 AS sha256, d.extractor AS extractor, toString(d.loadedAt) AS loadedAt,
         size(coalesce(d.supportNodes, [])) AS nodes, size(coalesce(d.supportRels, [])) AS relationships`;

/** Code point order, as Cypher orders strings (JavaScript's < compares UTF-16 code units). */
const byCodePoint = (a: string, b: string): number => {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
};

/** What derived facts depend on now: the loaded documents' versions and the deriving code. */
async function currentStamp(db: Database): Promise<string> {
  const { records } = await db.driver.executeQuery(DOCUMENT_VERSIONS, {}, { database: db.name, routing: 'READ' });
  const versions = records
    .map((r) => ({ id: r.get('id') as string | null, line: [r.get('id'), r.get('sha256') ?? '', r.get('extractor') ?? '', r.get('loadedAt') ?? ''].join('|') }))
    // As `collect(d.id + '|' + …)` ordered by d.id made it: a Document without an id (none the loader makes) adds nothing.
    .filter((v): v is { id: string; line: string } => v.id !== null)
    .sort((a, b) => byCodePoint(a.id, b.id))
    .map((v) => v.line);
  return createHash('sha256').update(derivationCode()).update('\n').update(versions.join('\n')).digest('hex');
}

/** The stamp of the last derivation; none on a store no load has finished in. */
export async function storedStamp(db: Database): Promise<string | undefined> {
  const { records } = await db.driver.executeQuery("MATCH (s:LawgraphState {id: 'derivations'}) RETURN s.stamp AS stamp", {}, { database: db.name, routing: 'READ' });
  return records[0]?.get('stamp') ?? undefined;
}

/** Derives unless the stamp shows the derived facts were made from this graph by this code. */
export async function deriveIfStale(db: Database): Promise<DeriveResult> {
  const [stored, current] = await Promise.all([storedStamp(db), currentStamp(db)]);
  if (stored === current) return { rules: [], skipped: true };
  return derive(db, current);
}

export function ruleFiles(): { name: string; statements: string[] }[] {
  return fs
    .readdirSync(rulesDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({
      name: f.replace(/^\d+-/, '').replace(/\.cypher$/, ''),
      statements: fs
        .readFileSync(path.join(rulesDir, f), 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean),
    }));
}

/** `stamp`: the current stamp when the caller has just read it (deriveIfStale). */
export async function derive(db: Database, stamp?: string): Promise<DeriveResult> {
  // Taken before deriving: a document loaded meanwhile (another process) changes it, so it is derived next time.
  stamp ??= await currentStamp(db);
  const out: DeriveResult = { rules: [] };
  for (const rule of ruleFiles()) {
    const t0 = performance.now();
    let created = 0;
    const session = db.driver.session({ database: db.name, bookmarkManager: db.driver.executeQueryBookmarkManager });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of rule.statements) {
          const r = await tx.run(statement, { rule: rule.name });
          const c = r.summary.counters.updates();
          created += c.relationshipsCreated + c.nodesCreated;
        }
      });
    } finally {
      await session.close();
    }
    out.rules.push({ rule: rule.name, ms: performance.now() - t0, created });
  }
  const exposure = await deriveExposureClaims(db);
  out.rules.push({ rule: 'exposure', ms: exposure.ms, created: exposure.claims });
  // Stamped only once every rule has run: a derivation that failed half-way is done again next time.
  await db.driver.executeQuery("MERGE (s:LawgraphState {id: 'derivations'}) SET s.stamp = $stamp, s.at = datetime()", { stamp }, { database: db.name });
  return out;
}
