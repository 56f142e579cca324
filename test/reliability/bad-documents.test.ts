// Bad documents through the real command line: `lawgraph extract` and `lawgraph load` name every
// bad file with its reason on stderr, go on with the good ones, exit 2, and nothing of a failed
// document reaches the graph. The corpus is built in a temp folder (test/reliability/helpers.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphChecksum } from '../../graph/checksum.ts';
import type { Database } from '../../graph/database.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';
import { cli, documentPrefixes, fixtures, writeMixedCorpus, type MixedCorpus } from './helpers.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-bad-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function parseLines(stdout: string): { type: string; id: string; properties: { evidence?: { documentId: string } } }[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe('lawgraph extract with bad documents', () => {
  let corpus: MixedCorpus;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    corpus = writeMixedCorpus(path.join(tmp, 'extract'), 'bad-extract');
    run = await cli(['extract', corpus.dir, '--format', 'jsonl']);
  });

  it('exits with code 2', () => {
    expect(run.code).toBe(2);
  });

  it('names each bad file with its reason on stderr', () => {
    for (const b of corpus.bad) {
      const line = run.stderr.split('\n').find((l) => l.startsWith(`lawgraph extract: ${b.file}: `));
      expect(line, `stderr names ${b.file}`).toBeDefined();
      expect(line).toMatch(b.reason!);
    }
    expect(run.stderr.split('\n').filter((l) => l.startsWith('lawgraph extract: '))).toHaveLength(corpus.bad.length);
  });

  it('prints the good documents (UTF-8 and GBK alike) as valid JSON lines, and nothing of the bad ones', () => {
    const records = parseLines(run.stdout);
    const byDoc = new Map<string, number>();
    for (const r of records) {
      const d = r.properties.evidence?.documentId;
      expect(d).toBeDefined();
      byDoc.set(d!, (byDoc.get(d!) ?? 0) + 1);
    }
    expect([...byDoc.keys()].sort()).toEqual(corpus.good.map((g) => g.id).sort());
    for (const g of corpus.good) expect(records.some((r) => r.id === `doc:${g.id}`)).toBe(true);
    // The GBK file decodes to the same text, so it yields the same provisions as its UTF-8 twin.
    const provs = (id: string) => records.filter((r) => r.type === 'node' && r.id.startsWith(`prov:${id}:`)).map((r) => r.id.split(':').at(-1)).sort();
    expect(provs(corpus.good[1]!.id)).toEqual(provs(corpus.good[0]!.id));
    expect(provs(corpus.good[0]!.id)).toEqual(['art_1', 'art_2', 'art_3']);
  });

  it('refuses a manifest that is not JSON, naming it, with exit 2', async () => {
    const dir = path.join(tmp, 'broken-manifest');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{"documents": [');
    const r = await cli(['extract', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${path.join(dir, 'manifest.json')}: cannot read manifest`));
  });
});

// A file cut off mid-element with no manifest description to compare against: the XML parsers are
// lenient, so without a check of the closing root tag the cut article is kept as if complete.
describe('truncated XML without a manifest part count', () => {
  it.each([
    ['truncated.fmx.xml', 'xml (Formex)'],
    ['truncated.xhtml', 'xhtml'],
  ])('%s is refused as truncated, not loaded with a cut-off article', async (file, format) => {
    const dir = path.join(tmp, `cut-${file}`);
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(fixtures, file), path.join(dir, file));
    const entry = { id: 'cut', title: 'cut', jurisdiction: 'eu', kind: 'regulation', language: 'en', format, file };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents: [entry] }));
    const r = await cli(['extract', dir]);
    expect(r.code, 'exit code').toBe(2);
    expect(r.stderr).toContain(path.join(dir, file));
  });
});

// README: "lawgraph extract <file|dir>": a loose statute file (no manifest) is sniffed by its structure.
describe('a loose statute file without a manifest', () => {
  it('extracts its articles', async () => {
    const r = await cli(['extract', path.join(fixtures, 'good.zh.md')]);
    expect(r.stderr).not.toMatch(/is not a statute/);
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout).filter((x) => x.type === 'node' && x.id.startsWith('prov:good.zh:'))).toHaveLength(3);
  });
});

describe('lawgraph load with bad documents', () => {
  let db: Database;
  let corpus: MixedCorpus;
  const prefix = uniqueDocumentId('bad');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    NEO4J_USER: inject('neo4jUser'),
    NEO4J_PASSWORD: inject('neo4jPassword'),
  };

  /** Nodes and relationships whose id or support names one of `ids`. */
  async function traces(ids: string[]): Promise<number> {
    const { records } = await db.driver.executeQuery(
      `MATCH (n:Node) WHERE any(s IN coalesce(n.sources, []) WHERE s IN $ids)
          OR any(id IN $ids WHERE n.id STARTS WITH 'doc:' + id OR n.id CONTAINS ':' + id + ':' OR n.id = 'lawv:' + id)
       WITH count(n) AS nodes
       OPTIONAL MATCH ()-[r]->() WHERE any(s IN coalesce(r.sources, []) WHERE s IN $ids)
       WITH nodes, count(r) AS rels
       RETURN nodes + rels AS n`,
      { ids },
      { database: db.name },
    );
    return records[0]!.get('n');
  }

  beforeAll(async () => {
    db = await connectTestDb();
    corpus = writeMixedCorpus(path.join(tmp, 'load'), prefix, `可靠性测试条例${prefix}`);
  });

  afterAll(async () => {
    await cli(['remove', ...corpus.good.map((g) => g.id)], env);
    const left = await traces([...corpus.good, ...corpus.bad].map((d) => d.id));
    await db.close();
    expect(left).toBe(0);
  });

  it('loads the good documents, names the bad ones, exits 2, and leaves no trace of a failed one', async () => {
    const r = await cli(['load', corpus.dir], env, 300_000);
    expect(r.code, r.stderr).toBe(2);
    for (const b of corpus.bad) expect(r.stderr).toMatch(new RegExp(`lawgraph: failed: ${b.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${b.reason!.source}`));
    for (const g of corpus.good) {
      const sum = await graphChecksum(db, documentPrefixes(g.id));
      expect(sum.nodes, g.id).toBeGreaterThanOrEqual(4); // Document, version, 3 provisions, norms
    }
    for (const b of corpus.bad) expect(await graphChecksum(db, documentPrefixes(b.id))).toMatchObject({ nodes: 0 });
    expect(await traces(corpus.bad.map((b) => b.id))).toBe(0);
  }, 300_000);

  it('a second load changes nothing for the good documents (unchanged, same checksum), still exit 2', async () => {
    const prefixes = corpus.good.flatMap((g) => documentPrefixes(g.id));
    const before = await graphChecksum(db, prefixes);
    const r = await cli(['load', corpus.dir], env, 300_000);
    expect(r.code).toBe(2);
    expect(await graphChecksum(db, prefixes)).toEqual(before);
  }, 300_000);

  it('lawgraph remove takes the good documents out again, every trace of them', async () => {
    // remove re-derives what rested on them (exposure claims): a load's time, not a query's.
    const r = await cli(['remove', ...corpus.good.map((g) => g.id)], env, 300_000);
    expect(r.code, r.stderr).toBe(0);
    expect(await traces(corpus.good.map((g) => g.id))).toBe(0);
    const again = await cli(['remove', corpus.good[0]!.id], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/no document ".*" in the graph/);
  }, 300_000);
});
