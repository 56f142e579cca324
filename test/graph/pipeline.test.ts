// The pipeline on a store of its own (derivations touch the whole graph, so not the shared one):
// on a loaded store, unchanged documents are neither extracted nor loaded and the derivations are
// skipped; a changed file, or a report asked for, brings back exactly what it needs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, repoRoot } from '../../config.ts';
import { openDatabase, type Database } from '../../graph/database.ts';
import { deriveExposureClaims } from '../../graph/exposure/index.ts';
import { ingestPaths, type PipelineResult } from '../../graph/pipeline.ts';
import { ensureSchema, hasConfig, SEARCH_INDEX, SEARCH_INDEX_CONFIG, schemaStatements } from '../../graph/schema.ts';
import { searchParams } from '../../api/domains/search.ts';
import { query } from '../../queries/index.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-pipeline-'));
const corpus = path.join(tmp, 'corpus');
let db: Database;

const statuses = (r: PipelineResult) => Object.fromEntries(r.results.map((x) => [x.documentId, x.status]));

beforeAll(async () => {
  fs.mkdirSync(corpus);
  for (const f of ['trade-measures.md', 'smart-meters.html']) fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'reports', f), path.join(corpus, f));
  const config = loadConfig();
  db = await openDatabase({ ...config, neo4j: { ...config.neo4j, uri: undefined, heap: '512m', pageCache: '256m', embeddedPort: 0 } }, { dataDir: path.join(tmp, 'neo4j') });
  await ensureSchema(db);
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('ingestPaths on a loaded store', () => {
  it('loads and derives on a new store', async () => {
    const r = await ingestPaths(db, [corpus]);
    expect(r.failed).toEqual([]);
    expect(statuses(r)).toEqual({ catalog: 'loaded', 'trade-measures': 'loaded', 'smart-meters': 'loaded' });
    expect(r.derived.skipped).toBeUndefined();
    expect(r.derived.rules.length).toBeGreaterThan(0);
  });

  it('skips unchanged documents before extracting them, and the derivations', async () => {
    const r = await ingestPaths(db, [corpus]);
    expect(statuses(r)).toEqual({ catalog: 'unchanged', 'trade-measures': 'unchanged', 'smart-meters': 'unchanged' });
    expect(r.report.documents).toEqual([]); // nothing was extracted
    expect(r.results.find((x) => x.documentId === 'trade-measures')!.nodes).toBeGreaterThan(0); // counts from the graph
    expect(r.derived).toEqual({ rules: [], skipped: true });
  });

  it('a changed file is extracted and loaded again, and the derivations run', async () => {
    fs.appendFileSync(path.join(corpus, 'trade-measures.md'), '\nA sentence added after the first load.\n');
    const r = await ingestPaths(db, [corpus]);
    expect(statuses(r)).toEqual({ catalog: 'unchanged', 'trade-measures': 'loaded', 'smart-meters': 'unchanged' });
    expect(r.report.documents.map((d) => (d as { documentId: string }).documentId)).toEqual(['trade-measures']);
    expect(r.derived.skipped).toBeUndefined();
    expect((await ingestPaths(db, [corpus])).derived.skipped).toBe(true);
  });

  it("a changed file's new words are found by the search query as soon as the run returns", async () => {
    // The search index applies its entries after each commit (graph/schema.ts SEARCH_INDEX_CONFIG); the run waits for them at its end.
    const word = `zq${Math.random().toString(36).slice(2, 10)}`;
    fs.appendFileSync(path.join(corpus, 'trade-measures.md'), `\nThe word ${word} was added to this report after its first load.\n`);
    const r = await ingestPaths(db, [corpus]);
    expect(statuses(r)['trade-measures']).toBe('loaded');
    expect(await found(word)).toBeGreaterThan(0);
  });

  it('a search index made before its settings is made again at the next start, once, and finds what the store holds', async () => {
    const indexes = async () => {
      const { records } = await db.driver.executeQuery('SHOW INDEXES YIELD name, id, state, options WHERE name = $name RETURN id, state, options', { name: SEARCH_INDEX }, { database: db.name });
      return records.map((r) => ({ id: Number(r.get('id')), state: r.get('state') as string, current: hasConfig(r.get('options'), SEARCH_INDEX_CONFIG) }));
    };
    // The index as it was made before it was eventually consistent.
    const earlier = schemaStatements().find((s) => s.includes('FULLTEXT'))!.replace(', `fulltext.eventually_consistent`: true', '');
    expect(earlier).not.toContain('eventually');
    await db.driver.executeQuery(`DROP INDEX ${SEARCH_INDEX}`, {}, { database: db.name });
    await db.driver.executeQuery(earlier, {}, { database: db.name });
    await db.driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database: db.name });
    const [before] = await indexes();
    expect(before!.current).toBe(false);
    await ensureSchema(db);
    const [after] = await indexes();
    expect(after).toEqual({ id: expect.any(Number), state: 'ONLINE', current: true });
    expect(after!.id).not.toBe(before!.id);
    expect(await found('sentence')).toBeGreaterThan(0);
    await ensureSchema(db);
    expect(await indexes()).toEqual([after]);
  });

  it('asked for the ingest report, it extracts unchanged documents but loads nothing again', async () => {
    const r = await ingestPaths(db, [corpus], { extractUnchanged: true });
    expect(statuses(r)).toEqual({ catalog: 'unchanged', 'trade-measures': 'unchanged', 'smart-meters': 'unchanged' });
    expect(r.report.documents.map((d) => (d as { documentId: string }).documentId).sort()).toEqual(['smart-meters', 'trade-measures']);
    expect(r.derived.skipped).toBe(true);
  });

  it('force reloads everything and derives again', async () => {
    const r = await ingestPaths(db, [corpus], { force: true });
    expect(Object.values(statuses(r))).toEqual(['loaded', 'loaded', 'loaded']);
    expect(r.derived.skipped).toBeUndefined();
  });

  it('two exposure derivations at once on a store with no answer yet both succeed and leave what one writes', async () => {
    // Nothing written yet is what races: with earlier profiles, deleting them already makes the runs wait.
    await db.driver.executeQuery('MATCH (x) WHERE x:ExposureProfile OR x:ExposureBinding DELETE x', {}, { database: db.name });
    const [a, b] = await Promise.all([deriveExposureClaims(db), deriveExposureClaims(db)]);
    expect(a.profiles).toBeGreaterThan(0);
    expect(b.profiles).toBe(a.profiles);
    const { records } = await db.driver.executeQuery(
      `MATCH (p:ExposureProfile) WITH count(p) AS profiles, count(DISTINCT p.id) AS profileIds
       MATCH (x:ExposureBinding) RETURN profiles, profileIds, count(x) AS bindings, count(DISTINCT x.companyId) AS companies`,
      {}, { database: db.name },
    );
    const c = records[0]!.toObject();
    expect([Number(c.profiles), Number(c.profileIds)]).toEqual([a.profiles, a.profiles]);
    expect([Number(c.bindings), Number(c.companies)]).toEqual([a.companies, a.companies]);
  });

  it('deletes the per-company Claim nodes (and their links) a store made by an earlier version holds', async () => {
    const made = await db.driver.executeQuery(
      `MATCH (c:Node:Company) WITH c LIMIT 1
       CREATE (cl:Node:Claim {id: 'claim:exposure:' + c.id + ':prov:old', rule: 'exposure'})-[:ABOUT]->(c)`,
      {}, { database: db.name },
    );
    expect(made.summary.counters.updates().nodesCreated).toBe(1);
    await deriveExposureClaims(db);
    const { records } = await db.driver.executeQuery('MATCH (cl:Claim) RETURN count(cl) AS n', {}, { database: db.name });
    expect(Number(records[0]!.get('n'))).toBe(0);
  });

  it('asks for the sampling of indexes left outdated, also when nothing changed', async () => {
    // Writes that asked for no sampling (a one-shot writer whose JVM stopped first): the embedded store samples
    // nothing in the background (graph/sampling.ts), so only the next pipeline's request brings them up to date.
    const stale = 'UNWIND range(1, 200) AS i CREATE (:Node:LawVersion {id: "lawv:pipeline-stale-" + i, inForceFrom: "2001-01-01"})';
    await db.driver.executeQuery(stale, {}, { database: db.name });
    expect((await versionDatesIndex()).updates).toBeGreaterThan(0);
    expect((await ingestPaths(db, [corpus])).derived.skipped).toBe(true);
    let now = await versionDatesIndex();
    for (const deadline = Date.now() + 30_000; now.updates > 0 && Date.now() < deadline; now = await versionDatesIndex()) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await db.driver.executeQuery('MATCH (v:LawVersion) WHERE v.id STARTS WITH "lawv:pipeline-stale-" DELETE v', {}, { database: db.name });
    expect(now.updates).toBe(0);
  });
});

/** Whole numbers as integers, as the API sends them (api/context.ts). */
const integers = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isSafeInteger(v) ? neo4j.int(v as number) : v]));

/** Passages the search query (queries/search.cypher, as the API asks it) finds for `word`. */
async function found(word: string): Promise<number> {
  const { records } = await db.driver.executeQuery(query('search'), integers(searchParams(word, word, ['Passage'], 0, 100)), { database: db.name });
  return records.length;
}

/** The sampling state of the index on LawVersion(inForceFrom): entries changed since its last sample. */
async function versionDatesIndex(): Promise<{ updates: number }> {
  const { records } = await db.driver.executeQuery("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data.indexes AS indexes", {}, { database: db.name });
  const all = records[0]!.get('indexes') as { labels?: string[]; properties?: string[]; updatesSinceEstimation: number }[];
  const i = all.find((x) => x.labels?.[0] === 'LawVersion' && x.properties?.[0] === 'inForceFrom');
  if (!i) throw new Error('no index on LawVersion(inForceFrom)');
  return { updates: Number(i.updatesSinceEstimation) };
}
