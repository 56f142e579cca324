// `lawgraph export` on the real Neo4j, over a small graph this test loads through the loader: the
// neighbourhood's GraphML parses with graphology-graphml and has the nodes and edges it must; the CSV
// export round-trips through LOAD CSV into a second, fresh embedded Neo4j with equal counts and
// values; the FollowTheMoney lines validate against FtM's own model (@alephdata/followthemoney).
import { defaultModel, Model } from '@alephdata/followthemoney';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { startEmbedded, type EmbeddedNeo4j } from '../../graph/embedded.ts';
import { exportGraph, type ExportFormat } from '../../graph/export.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { Emitter } from '../../ingest/emit.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';
import neo4j from 'neo4j-driver';

const docId = uniqueDocumentId('export');
const slug = docId.toLowerCase();
const ids = {
  a: `company:${slug}-alpha`,
  b: `company:${slug}-beta`,
  s: `standard-body:${slug}-forum`,
  o: `organization:${slug}-institute`,
  p: `person:${slug}-jane`,
  l: `law:${slug}-act`,
  x: `product:${slug}-drone`,
  c: `product:${slug}-camera`, // linked to alpha only by a machine suggestion: never in a neighbourhood
  cn: 'jur:cn', // the corpus's own node: two hops from the seed, so its other neighbours stay out
};
const tricky = 'Makes <drones> & "cameras";\nsecond line, a control char \u0001 here';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawgraph-export-'));
let db: Database;

/** Seed alpha: depth 1 reaches beta, forum, institute, act, drone; depth 2 adds jane and jur:cn. */
function fixture() {
  const emit = new Emitter(docId);
  const q = (quote: string) => ({ locator: 'sec_1.p_1.s_1', quote, method: 'pattern:test', confidence: 0.8 });
  emit.node(ids.a, ['Company'], { name: 'Alpha Test Co', aliases: ['Alpha; Ltd', 'ALPHA'], description: tricky, founded: 2006, listed: false });
  emit.node(ids.b, ['Company'], { name: 'Beta Holdings' });
  emit.node(ids.s, ['StandardBody'], { name: 'Test Forum' });
  emit.node(ids.o, ['Organization'], { name: 'Test Institute' });
  emit.node(ids.p, ['Person'], { name: 'Jane Tester' });
  emit.node(ids.l, ['Law'], { name: 'Test Restriction Act' });
  emit.node(ids.x, ['Product'], { name: 'Test drone' });
  emit.node(ids.c, ['Product'], { name: 'Test camera' });
  emit.node(ids.cn, ['Jurisdiction'], {});
  emit.rel('OWNED_BY', ids.a, ids.b, q('Alpha is owned by "Beta" & co.'));
  emit.rel('PARTICIPATES_IN', ids.a, ids.s, q('Alpha takes part in the Forum.'));
  emit.rel('PARTICIPATES_IN', ids.p, ids.s, q('Jane sits in the Forum.'));
  emit.rel('OWNED_BY', ids.o, ids.a, q('The Institute belongs to Alpha.'));
  emit.rel('RESTRICTS', ids.l, ids.a, q('The Act restricts Alpha.'));
  emit.rel('MAKES', ids.a, ids.x, q('Alpha makes the drone.'));
  emit.rel('HEADQUARTERED_IN', ids.o, ids.cn, q('The Institute is based in China.'));
  emit.rel('SUGGESTS', ids.x, ids.c, { ...q('The drone carries a camera.'), method: 'model:restricts' }, { predicate: 'RESTRICTS', confidence: 0.4 });
  return { documentId: docId, sha256: `sha-${docId}`, records: emit.records() };
}

/** graphology-graphml is typed against graphology-types' constructor, which graphology's class is. */
const readGraphml = (xml: string) => parseGraphml(Graph as never, xml);

async function run(format: ExportFormat, depth: number, out: string) {
  return exportGraph(db, { format, seeds: [ids.a], depth, out });
}

beforeAll(async () => {
  db = await connectTestDb();
  await loadDocument(db, fixture());
});

afterAll(async () => {
  await removeDocument(db, docId);
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('export --format graphml', () => {
  it('parses with graphology-graphml with the neighbourhood at depth 1 and 2', async () => {
    for (const [depth, order, size] of [
      [1, 6, 5],
      [2, 8, 7],
    ] as const) {
      const file = path.join(tmp, `hood-${depth}.graphml`);
      const counts = await run('graphml', depth, file);
      const graph = readGraphml(fs.readFileSync(file, 'utf8'));
      expect([graph.order, graph.size, counts.nodes, counts.relationships]).toEqual([order, size, order, size]);
    }
    const graph = readGraphml(fs.readFileSync(path.join(tmp, 'hood-2.graphml'), 'utf8'));
    const alpha = graph.getNodeAttributes(ids.a);
    expect(alpha.label).toBe('Alpha Test Co');
    expect(alpha.founded).toBe(2006);
    expect(alpha.listed).toBe(false);
    expect(alpha.description).toBe(tricky.replace('\u0001', '\uFFFD'));
    expect(JSON.parse(alpha.aliases)).toEqual(['Alpha; Ltd', 'ALPHA']);
    const owned = graph.getEdgeAttributes(graph.edge(ids.a, ids.b)!);
    expect(owned.label).toBe('OWNED_BY');
    expect(JSON.parse(owned.evidence)).toEqual([
      { documentId: docId, locator: 'sec_1.p_1.s_1', quote: 'Alpha is owned by "Beta" & co.', method: 'pattern:test', confidence: 0.8 },
    ]);
    expect(graph.hasNode(ids.cn)).toBe(true);
    expect(graph.hasNode(ids.c)).toBe(false);
  });
});

describe('export --format apoc', () => {
  it('writes one APOC JSON line per element, every relationship with its evidence', async () => {
    const file = path.join(tmp, 'hood.jsonl');
    await run('apoc', 1, file);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'node')).toHaveLength(6);
    const rels = lines.filter((l) => l.type === 'relationship');
    expect(rels.map((r) => r.label).sort()).toEqual(['MAKES', 'OWNED_BY', 'OWNED_BY', 'PARTICIPATES_IN', 'RESTRICTS']);
    for (const r of rels) expect(JSON.parse(r.properties.evidence)[0].documentId).toBe(docId);
  });
});

/** Serves a folder over HTTP on loopback: LOAD CSV reads http URLs without an import folder. */
function serveFolder(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/csv' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The header's typed columns: `order:double` -> {key, name: order, type: double}. */
function columns(file: string, special: string[]) {
  const header = fs.readFileSync(file, 'utf8').split('\n', 1)[0]!.split(',');
  return header.filter((h) => !special.includes(h)).map((key) => ({ key, name: key.split(':')[0], type: key.split(':')[1] ?? 'string' }));
}

const SET_TYPED = `
  UNWIND $columns AS c
  WITH x, c, row[c.key] AS v WHERE v IS NOT NULL AND v <> ''
  SET x[c.name] = CASE c.type WHEN 'long' THEN toInteger(v) WHEN 'double' THEN toFloat(v)
    WHEN 'boolean' THEN toBoolean(v) WHEN 'datetime' THEN datetime(v) ELSE v END`;

async function importCsv(fresh: EmbeddedNeo4j, dir: string) {
  const server = await serveFolder(dir);
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const driver = neo4j.driver(fresh.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  try {
    const q = (cypher: string, params: Record<string, unknown>) => driver.executeQuery(cypher, params, { database: 'neo4j' });
    await q('CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE', {});
    await q(`LOAD CSV WITH HEADERS FROM $url AS row CREATE (x:$(split(row[':LABEL'], ';')) {id: row['id:ID']}) WITH x, row ${SET_TYPED}`, {
      url: `${base}/nodes.csv`,
      columns: columns(path.join(dir, 'nodes.csv'), ['id:ID', ':LABEL']),
    });
    await q(
      `LOAD CSV WITH HEADERS FROM $url AS row MATCH (a:Node {id: row[':START_ID']}), (b:Node {id: row[':END_ID']})
       CREATE (a)-[x:$(row[':TYPE'])]->(b) WITH x, row ${SET_TYPED}`,
      { url: `${base}/relationships.csv`, columns: columns(path.join(dir, 'relationships.csv'), [':START_ID', ':END_ID', ':TYPE']) },
    );
    return await snapshot((cypher, params) => q(cypher, params));
  } finally {
    await driver.close();
    server.close();
  }
}

type Query = (cypher: string, params: Record<string, unknown>) => Promise<{ records: { toObject(): Record<string, unknown> }[] }>;

/** Labels and properties of every node, type, ends and properties of every relationship (lists as
 *  JSON, the way the CSV carries them; evidence as one JSON list). Scoped to the given ids. */
async function snapshot(q: Query, scope?: string[]) {
  const nodes = await q(
    `MATCH (n:Node) WHERE $scope IS NULL OR n.id IN $scope
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id`,
    { scope: scope ?? null },
  );
  const rels = await q(
    `MATCH (a:Node)-[r]->(b:Node) WHERE $scope IS NULL OR (a.id IN $scope AND b.id IN $scope)
     RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props ORDER BY start, type, end`,
    { scope: scope ?? null },
  );
  // Lists travel as JSON text and evidence as one JSON list: compare both in canonical JSON.
  const canonical = (k: string, v: unknown): string => {
    if (k === 'evidence' && Array.isArray(v)) return JSON.stringify(v.map((e) => JSON.parse(e as string)));
    if (Array.isArray(v)) return JSON.stringify(v);
    return typeof v === 'string' && v.startsWith('[') ? JSON.stringify(JSON.parse(v)) : String(v);
  };
  const norm = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => !['supportNodes', 'supportRels', 'nameKey', 'searchText', 'reverseId'].includes(k))
        .map(([k, v]) => [k, canonical(k, v)]),
    );
  return {
    nodes: nodes.records.map((r) => {
      const o = r.toObject();
      return { id: o.id, labels: [...(o.labels as string[])].sort(), props: norm(o.props as Record<string, unknown>) };
    }),
    relationships: rels.records.map((r) => {
      const o = r.toObject();
      return { start: o.start, type: o.type, end: o.end, props: norm(o.props as Record<string, unknown>) };
    }),
  };
}

describe('export --format csv', () => {
  let fresh: EmbeddedNeo4j | undefined;
  afterAll(async () => {
    await fresh?.stop();
  });

  it('has neo4j-admin headers and round-trips through LOAD CSV into a fresh Neo4j with equal counts and values', async () => {
    // Depth 1: only this test's nodes, so no other test's loads can change them meanwhile.
    const dir = path.join(tmp, 'csv');
    await run('csv', 1, dir);
    const nodeHeader = fs.readFileSync(path.join(dir, 'nodes.csv'), 'utf8').split('\n', 1)[0]!;
    expect(nodeHeader.startsWith('id:ID,:LABEL,')).toBe(true);
    expect(nodeHeader.split(',')).toEqual(expect.arrayContaining(['founded:double', 'listed:boolean', 'aliases', 'name']));
    expect(fs.readFileSync(path.join(dir, 'relationships.csv'), 'utf8').startsWith(':START_ID,:END_ID,:TYPE,evidence')).toBe(true);

    fresh = await startEmbedded({ dataDir: path.join(tmp, 'fresh'), port: 0, heap: '512m', pageCache: '128m' });
    const imported = await importCsv(fresh, dir);
    const scope = [ids.a, ids.b, ids.s, ids.o, ids.l, ids.x];
    const source = await snapshot((cypher, params) => db.driver.executeQuery(cypher, params, { database: db.name }), scope);
    expect(imported.nodes).toHaveLength(6);
    expect(imported.relationships).toHaveLength(5);
    expect(imported).toEqual(source);
  }, 240_000);
});

describe('export --format ftm', () => {
  const model = new Model(defaultModel);
  const ENTITY_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/; // FtM's entity id pattern
  const countries = new Set(Object.keys((defaultModel as unknown as { types: { country: { values: object } } }).types.country.values));

  it('writes entities that validate against the FollowTheMoney model', async () => {
    const file = path.join(tmp, 'hood.ftm.json');
    await run('ftm', 2, file);
    const entities = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.size).toBe(entities.length);
    for (const e of entities) {
      expect(e.id).toMatch(ENTITY_ID);
      const schema = model.getSchema(e.schema); // throws on a schema FtM does not have
      for (const required of schema.required) expect(e.properties[required], `${e.schema}.${required}`).toBeDefined();
      for (const [name, values] of Object.entries(e.properties)) {
        const prop = schema.getProperty(name); // throws on a property the schema does not have
        for (const v of values) {
          expect(v.length).toBeLessThanOrEqual(prop.maxLength);
          if (prop.type.name === 'entity') expect(model.getSchema(byId.get(v)!.schema).isA(prop.getRange())).toBe(true);
          if (prop.type.name === 'country') expect(countries.has(v)).toBe(true);
        }
      }
    }
    const schemas = entities.map((e) => e.schema).sort();
    expect(schemas).toEqual(['Company', 'Company', 'Membership', 'Membership', 'Organization', 'Organization', 'Ownership', 'Person', 'Sanction', 'UnknownLink']);
    const institute = entities.find((e) => e.properties.name?.[0] === 'Test Institute')!;
    expect(institute.properties.mainCountry).toEqual(['cn']);
    const sanction = entities.find((e) => e.schema === 'Sanction')!;
    expect(sanction.properties.program).toEqual(['Test Restriction Act']);
    expect(JSON.parse(sanction.properties.description![0]!)[0].quote).toBe('The Act restricts Alpha.');
  });
});
