// paths and neighbors on the real corpus: every hop with its evidence, stable cursors; on a
// document of our own that makes a hub: it is not walked through, and the answer names it; and on
// one whose relationships meet a company from both ends: neighbours of known types, read from the
// relationship key indexes, are the generic query's answer.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../api/cursor.ts';
import { EXCLUDED_TYPES, HUB_DEGREE } from '../../../api/domains/paths.ts';
import { loadDocument, removeDocument } from '../../../graph/load.ts';
import { Emitter } from '../../../ingest/emit.ts';
import { SUGGESTED_TYPES } from '../../../ingest/kinds.ts';
import { query } from '../../../queries/index.ts';
import { uniqueDocumentId } from '../../db.ts';
import { startApi, type TestApi } from '../client.ts';

let t: TestApi;
const hubDoc = uniqueDocumentId('paths-hub');
const hub = `jur:${hubDoc}`;
const act = `law:${hubDoc}-act`;
const company = (i: number) => `company:${hubDoc}-${i}`;

/** A jurisdiction with more than HUB_DEGREE companies in it, an act that applies there, and one
 *  passage naming company 0 and the act (the only chain that avoids the hub). */
function hubDocument() {
  const e = new Emitter(hubDoc);
  const url = 'https://example.org/lawgraph-test';
  e.node(`doc:${hubDoc}`, ['Document'], { title: 'Hub test', kind: 'report', language: 'en' });
  e.node(hub, ['Jurisdiction'], { name: `Hubland ${hubDoc}` });
  e.node(act, ['Law'], { name: `Hub Act ${hubDoc}` });
  e.rel('APPLIES_IN', act, hub, { locator: 'act', method: 'catalog', url });
  for (let i = 0; i <= HUB_DEGREE; i++) {
    e.node(company(i), ['Company'], { name: `Hub Company ${hubDoc} ${i}` });
    e.rel('HEADQUARTERED_IN', company(i), hub, { locator: `company-${i}`, method: 'catalog', url });
  }
  const passage = e.node(`passage:${hubDoc}:sec_1.p_1.s_1`, ['Passage'], { documentId: hubDoc, locator: 'sec_1.p_1.s_1', text: 'Company 0 and the Hub Act.' });
  e.rel('HAS_PASSAGE', `doc:${hubDoc}`, passage, { locator: 'sec_1.p_1.s_1', method: 'structure' });
  for (const id of [company(0), act]) e.rel('MENTIONS', passage, id, { locator: 'sec_1.p_1.s_1', quote: 'Company 0 and the Hub Act.', method: 'pattern:alias', confidence: 0.9 });
  return { documentId: hubDoc, sha256: 'hub-test', records: e.records() };
}

const suggestedDoc = uniqueDocumentId('paths-suggested-hub');
const council = `authority:${suggestedDoc}-council`;
const restricted = (n: string) => `company:${suggestedDoc}-${n}`;
const homeland = `jur:${suggestedDoc}`;

/** An authority that restricts two companies (one headquartered in a jurisdiction) and that the model suggests relates
 *  to HUB_DEGREE products: more than HUB_DEGREE relationships, two of them walked. */
function suggestedHubDocument() {
  const e = new Emitter(suggestedDoc);
  const url = 'https://example.org/lawgraph-test';
  e.node(`doc:${suggestedDoc}`, ['Document'], { title: 'Suggested hub test', kind: 'report', language: 'en' });
  e.node(council, ['Authority'], { name: `Council ${suggestedDoc}` });
  e.node(homeland, ['Jurisdiction'], { name: `Homeland ${suggestedDoc}` });
  for (const n of ['x', 'y']) {
    e.node(restricted(n), ['Company'], { name: `Restricted ${suggestedDoc} ${n}` });
    e.rel('RESTRICTS', council, restricted(n), { locator: n, method: 'catalog', url });
  }
  e.rel('HEADQUARTERED_IN', restricted('y'), homeland, { locator: 'y', method: 'catalog', url });
  for (let i = 0; i < HUB_DEGREE; i++) {
    const product = `product:${suggestedDoc}-${i}`;
    e.node(product, ['Product'], { name: `Product ${suggestedDoc} ${i}` });
    e.rel('SUGGESTS', council, product, { locator: `s_${i}`, quote: `The Council and product ${i}.`, method: 'model:restricts', confidence: 0.2 }, { predicate: 'RESTRICTS', confidence: 0.2 });
  }
  return { documentId: suggestedDoc, sha256: 'suggested-hub-test', records: e.records() };
}

const keyDoc = uniqueDocumentId('neighbor-keys');
const owner = (name: string) => `company:${keyDoc}-${name}`;
const MENTIONING = 30;

/** A company owned by one company, owning another, owned by and owning a third (both directions to
 *  one neighbour), and named by passages: its relationships come from both ends of their keys. */
function keyDocument() {
  const e = new Emitter(keyDoc);
  const url = 'https://example.org/lawgraph-test';
  e.node(`doc:${keyDoc}`, ['Document'], { title: 'Neighbour keys test', kind: 'report', language: 'en' });
  for (const n of ['main', 'parent', 'child', 'twin']) e.node(owner(n), ['Company'], { name: `Keys Company ${keyDoc} ${n}` });
  e.rel('OWNED_BY', owner('main'), owner('parent'), { locator: 'main', method: 'catalog', url });
  e.rel('OWNED_BY', owner('child'), owner('main'), { locator: 'child', method: 'catalog', url });
  e.rel('OWNED_BY', owner('main'), owner('twin'), { locator: 'main', method: 'catalog', url });
  e.rel('OWNED_BY', owner('twin'), owner('main'), { locator: 'twin', method: 'catalog', url });
  for (let i = 0; i < MENTIONING; i++) {
    const locator = `sec_1.p_${i + 1}.s_1`;
    const passage = e.node(`passage:${keyDoc}:${locator}`, ['Passage'], { documentId: keyDoc, locator, text: `Keys Company main, passage ${i}.` });
    e.rel('HAS_PASSAGE', `doc:${keyDoc}`, passage, { locator, method: 'structure' });
    e.rel('MENTIONS', passage, owner('main'), { locator, quote: `Keys Company main, passage ${i}.`, method: 'pattern:alias', confidence: 0.9 });
  }
  return { documentId: keyDoc, sha256: 'keys-test', records: e.records() };
}

beforeAll(async () => {
  t = await startApi();
  await loadDocument(t.db, hubDocument());
  await loadDocument(t.db, keyDocument());
  await loadDocument(t.db, suggestedHubDocument());
});
afterAll(async () => {
  await removeDocument(t.db, hubDoc);
  await removeDocument(t.db, keyDoc);
  await removeDocument(t.db, suggestedDoc);
  await t.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
type Any = Record<string, any>;
type Plan = { dbHits: number; children: Plan[] };

describe('paths and neighbours', () => {
  it('DJI to the Countering CCP Drones Act: the PROPOSES hop of a bill, with its evidence', async () => {
    const r = await t.gql(`{ paths(from: "DJI", to: "Countering CCP Drones Act") {
      length hops { from { id } to { id } type direction evidence { documentId documentTitle quote url } }
    } }`);
    expect(r.body.errors).toBeUndefined();
    const path = r.body.data!.paths[0];
    expect(path.length).toBe(1);
    expect(path.hops[0]).toMatchObject({ from: { id: 'company:dji' }, to: { id: 'law:us:countering-ccp-drones-act' }, type: 'PROPOSES', direction: 'INCOMING' });
    const report = path.hops[0].evidence.find((e: Any) => e.documentId === 'report-creemers-lee-2024-drones-smart-vehicles');
    expect(report, 'the Creemers & Lee report supports the fact, beside the catalog').toBeDefined();
    expect(path.hops[0].evidence.some((e: Any) => e.url?.includes('govinfo.gov'))).toBe(true);
    expect(report.quote).toMatch(/Countering CCP Drones Act/i);
    // Each source by its document's title (one batched lookup), none for the catalog's.
    expect(report.documentTitle).toBe('Evaluating Data Security in Chinese Drones and Smart Vehicles');
    expect(path.hops[0].evidence.filter((e: Any) => e.documentId === 'catalog').map((e: Any) => e.documentTitle)).toEqual([null]);
  });

  it('neighbours are paginated with stable cursors', async () => {
    const q = '($after: String) { neighbors(id: "company:dji", first: 2, after: $after) { edges { type direction node { id } evidence { method } cursor } pageInfo { hasNextPage endCursor } } }';
    const p1 = await t.gql(`query P${q}`);
    const page1 = p1.body.data!.neighbors;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const p2 = await t.gql(`query P${q}`, { after: page1.pageInfo.endCursor });
    const ids1 = page1.edges.map((e: Any) => `${e.type}${e.node.id}`);
    const ids2 = p2.body.data!.neighbors.edges.map((e: Any) => `${e.type}${e.node.id}`);
    expect(ids2.filter((x: string) => ids1.includes(x))).toEqual([]);
    for (const e of [...page1.edges, ...p2.body.data!.neighbors.edges]) expect(e.evidence.length).toBeGreaterThan(0);
  });

  it('neighbours of the asked types are those of the whole neighbourhood, in the same order', async () => {
    const q = (types: string) => t.gql(`{ neighbors(id: "company:dji", first: 100${types}) { edges { type direction node { id } } } }`);
    const all = (await q('')).body.data!.neighbors.edges;
    const typed = (await q(', relationshipTypes: ["MAKES", "HEADQUARTERED_IN"]')).body.data!.neighbors.edges;
    expect(typed.length).toBeGreaterThan(0);
    expect(typed).toEqual(all.filter((e: Any) => e.type === 'MAKES' || e.type === 'HEADQUARTERED_IN'));
  });
});

describe('neighbours of known types, read from the relationship key indexes', () => {
  type Edge = { type: string; direction: string; node: { id: string } };
  const page = async (id: string, args: string) =>
    (await t.gql(`{ neighbors(id: "${id}"${args}) { edges { type direction node { id } } } }`)).body.data!.neighbors.edges as Edge[];

  it('every page of one type, from both ends, is the generic answer for that type, in the same order', async () => {
    const all = await page(owner('main'), ', first: 100');
    expect(all).toHaveLength(MENTIONING + 4);
    for (const [type, size] of [['MENTIONS', 7], ['OWNED_BY', 2]] as const) {
      const expected = all.filter((e) => e.type === type);
      const pages: Edge[] = [];
      for (let skip = 0; skip < expected.length; skip += size) {
        const after = skip ? `, after: "${encodeCursor(skip - 1)}"` : '';
        pages.push(...(await page(owner('main'), `, relationshipTypes: ["${type}"], first: ${size}${after}`)));
      }
      expect(pages).toEqual(expected);
    }
    // The twin owns and is owned by the company: outgoing first.
    expect(all.filter((e) => e.node.id === owner('twin')).map((e) => e.direction)).toEqual(['OUTGOING', 'INCOMING']);
  });

  it("a neighbour read by the properties its fields need answers as the whole node does", async () => {
    // `id displayName` reads those properties only; Company.name has a resolver, so asking it reads the whole node.
    const ask = async (args: string, node: string) =>
      (await t.gql(`{ neighbors(id: "company:dji"${args}, first: 50) { edges { type node { id displayName ${node} } } } }`)).body.data!.neighbors.edges as Any[];
    for (const args of ['', ', relationshipTypes: ["MENTIONS", "MAKES"]']) {
      const narrow = await ask(args, '');
      const whole = await ask(args, '... on Company { name }');
      expect(narrow.length).toBeGreaterThan(0);
      expect(narrow).toEqual(whole.map((e) => ({ type: e.type, node: { id: e.node.id, displayName: e.node.displayName } })));
    }
  });

  it('several types and a kinds filter: pages of the generic answer', async () => {
    const all = await page(owner('main'), ', first: 100');
    const both = all.filter((e) => e.type === 'OWNED_BY' || e.type === 'MENTIONS');
    expect(await page(owner('main'), ', relationshipTypes: ["OWNED_BY", "MENTIONS"], first: 5, after: "' + encodeCursor(27) + '"')).toEqual(both.slice(28, 33));
    expect(await page(owner('main'), ', kinds: [Company], relationshipTypes: ["MENTIONS", "OWNED_BY"], first: 100')).toEqual(all.filter((e) => e.type === 'OWNED_BY'));
  });

  it("a dense node's page costs the page, not its neighbourhood", async () => {
    const page = { kinds: null, skip: neo4j.int(0), limit: neo4j.int(10), withSupport: false, properties: null };
    const hits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + hits(c), 0);
    const profile = async (name: string, params: Record<string, unknown>) => {
      const res = await t.db.driver.executeQuery(`PROFILE ${query(name)}`, params, { database: t.db.name });
      expect(res.records).toHaveLength(10);
      return hits(res.summary.profile as unknown as Plan);
    };
    // The hub's more than HUB_DEGREE companies: the generic query reads them all to order them.
    const keyed = await profile('neighbors-of-type@HEADQUARTERED_IN', { ...page, key: `${hub}|HEADQUARTERED_IN|` });
    const whole = await profile('neighbors', { ...page, id: hub, types: ['HEADQUARTERED_IN'], excludedTypes: SUGGESTED_TYPES });
    expect(whole).toBeGreaterThan(HUB_DEGREE);
    expect(keyed * 5).toBeLessThan(whole);
  });
});

describe('hubs', () => {
  const ids = (nodes: Any[]) => nodes.map((n) => n.id);

  it('are not walked through, and every path names them', async () => {
    const r = await t.gql(`{ paths(from: "${company(0)}", to: "${act}", maxHops: 3) { length nodes { id } pruned { id } } }`);
    expect(r.body.errors).toBeUndefined();
    // Through the hub the chain company -> Hubland <- act would be as short: only the passage is left.
    expect(r.body.data!.paths).toEqual([
      { length: 2, nodes: [{ id: company(0) }, { id: `passage:${hubDoc}:sec_1.p_1.s_1` }, { id: act }], pruned: [{ id: hub }] },
    ]);
  });

  it('pathSearch says what was pruned when no chain is left', async () => {
    const r = await t.gql(`{ pathSearch(from: "${company(1)}", to: "${act}") { paths { length } pruned { id ... on Jurisdiction { name } } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.pathSearch).toEqual({ paths: [], pruned: [{ id: hub, name: `Hubland ${hubDoc}` }] });
    const companies = await t.gql(`{ pathSearch(from: "${company(1)}", to: "${company(2)}") { paths { length } pruned { id } } }`);
    expect(ids(companies.body.data!.pathSearch.pruned)).toEqual([hub]);
    expect(companies.body.data!.pathSearch.paths).toEqual([]);
  });

  it('an end is never pruned, however many relationships it has', async () => {
    const r = await t.gql(`{ pathSearch(from: "${company(3)}", to: "${hub}") { paths { length hops { type direction } } pruned { id } } }`);
    expect(r.body.data!.pathSearch).toEqual({ paths: [{ length: 1, hops: [{ type: 'HEADQUARTERED_IN', direction: 'OUTGOING' }] }], pruned: [] });
  });

  it('are counted by the relationships paths walk: machine suggestions make no hub', async () => {
    const r = await t.gql(`{ pathSearch(from: "${restricted('x')}", to: "${restricted('y')}") { paths { nodes { id } } pruned { id } } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.pathSearch).toEqual({ paths: [{ nodes: [{ id: restricted('x') }, { id: council }, { id: restricted('y') }] }], pruned: [] });
    // Three hops: the breadth-first search's own test of each node it walks through.
    const longer = await t.gql(`{ paths(from: "${restricted('x')}", to: "${homeland}", maxHops: 3) { hops { type } } }`);
    expect(longer.body.data!.paths).toEqual([{ hops: [{ type: 'RESTRICTS' }, { type: 'RESTRICTS' }, { type: 'HEADQUARTERED_IN' }] }]);
    // The query spells the types it does not count as the API's EXCLUDED_TYPES, once in each of its three degrees.
    expect(query('paths').split(`-[:${EXCLUDED_TYPES.join('|')}]-`)).toHaveLength(4);
  });
});
