// Lookups, node(id), search, paths, neighbours and timeline on the real corpus, and the
// round-trip budget of nested queries (one per level, through the per-request DataLoaders).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './client.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi();
});
afterAll(async () => {
  await t.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
type Any = Record<string, any>;

describe('lookups', () => {
  it('node(id) resolves the concrete type', async () => {
    const r = await t.gql('{ node(id: "company:dji") { __typename id displayName ... on Company { name nameZh } } }');
    expect(r.body.data!.node).toMatchObject({ __typename: 'Company', id: 'company:dji', name: 'DJI', nameZh: '大疆创新' });
  });

  it('finds companies, laws, authorities by name, Chinese name, alias or acronym, case-insensitively', async () => {
    const r = await t.gql(`{
      a: company(name: "dji") { id } b: company(name: "大疆") { id } c: company(id: "company:byd") { name }
      d: law(name: "NIL") { id } e: law(name: "国家情报法") { id } f: authority(name: "cac") { id }
      g: technology(id: "no:such") { id }
    }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      a: { id: 'company:dji' }, b: { id: 'company:dji' }, c: { name: 'BYD' },
      d: { id: 'law:cn:national-intelligence-law' }, e: { id: 'law:cn:national-intelligence-law' }, f: { id: 'authority:cac' },
      g: null,
    });
  });

  it('finds a provision by document and article as people write it', async () => {
    const r = await t.gql(`{
      a: provision(document: "cn-national-intelligence-law", article: "7") { id number law { id } norms { modality } }
      b: provision(document: "cn-national-intelligence-law", article: "第七条") { id }
      c: provision(id: "prov:cn-data-security-law:art_35") { text }
    }`);
    expect(r.body.data!.a).toMatchObject({ id: 'prov:cn-national-intelligence-law:art_7', number: '第七条', law: { id: 'law:cn:national-intelligence-law' } });
    expect(r.body.data!.a.norms.map((n: Any) => n.modality)).toContain('DUTY');
    expect(r.body.data!.b.id).toBe('prov:cn-national-intelligence-law:art_7');
    expect(r.body.data!.c.text).toContain('有关组织、个人应当予以配合');
  });

  it('refuses to guess: an ambiguous name is an error that lists the candidates', async () => {
    // "Counter-Espionage Law" names the law (work) and, by title, none of its versions; the
    // catalog's shared alias "中华人民共和国反间谍法" is the official title of both versions.
    const r = await t.gql('{ paths(from: "中华人民共和国反间谍法", to: "DJI") { length } }');
    const e = r.body.errors?.[0];
    expect(e?.extensions?.code).toBe('AMBIGUOUS');
    expect(((e?.extensions?.candidates ?? []) as Any[]).length).toBeGreaterThan(1);
    expect(e?.message).toMatch(/lawv:cn-counter-espionage-law-2023/);
  });
});

describe('search', () => {
  it('in Chinese: 情报工作 finds National Intelligence Law provisions', async () => {
    const r = await t.gql('{ search(query: "情报工作", kinds: [Provision], first: 5) { edges { node { id label snippet } } } }');
    const hits = r.body.data!.search.edges.map((e: Any) => e.node);
    expect(hits.length).toBe(5);
    expect(hits.some((h: Any) => h.id.startsWith('prov:cn-national-intelligence-law:'))).toBe(true);
    expect(hits[0].label).toMatch(/第.+条/);
  });

  it('in English, exact names first, paginated', async () => {
    const r = await t.gql('{ search(query: "DJI", first: 1) { edges { node { id exact node { ... on Company { name } } } } pageInfo { hasNextPage endCursor } } }');
    expect(r.body.data!.search.edges[0].node).toMatchObject({ id: 'company:dji', exact: true, node: { name: 'DJI' } });
    const r2 = await t.gql('{ search(query: "network operator", kinds: [ActorClass], first: 1) { edges { node { id } } } }');
    expect(r2.body.data!.search.edges[0].node.id).toBe('actor:network-operator');
  });
});

describe('paths and neighbours', () => {
  it('DJI to the Countering CCP Drones Act: the RESTRICTS hop with its evidence', async () => {
    const r = await t.gql(`{ paths(from: "DJI", to: "Countering CCP Drones Act") {
      length hops { from { id } to { id } type direction evidence { documentId quote url } }
    } }`);
    expect(r.body.errors).toBeUndefined();
    const path = r.body.data!.paths[0];
    expect(path.length).toBe(1);
    expect(path.hops[0]).toMatchObject({ from: { id: 'company:dji' }, to: { id: 'law:us:countering-ccp-drones-act' }, type: 'RESTRICTS', direction: 'INCOMING' });
    const report = path.hops[0].evidence.find((e: Any) => e.documentId === 'report-creemers-lee-2024-drones-smart-vehicles');
    expect(report, 'the Creemers & Lee report supports the RESTRICTS fact').toBeDefined();
    expect(report.quote).toMatch(/Countering CCP Drones Act/i);
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
});

describe('timeline', () => {
  it('cn: the Counter-Espionage Law revised on 2023-04-26, in force 2023-07-01, each quoting its date line', async () => {
    const r = await t.gql('{ timeline(jurisdiction: "cn", from: "2023-01-01", to: "2023-12-31") { date kind law { id } version { id } evidence { quote } } }');
    const events = r.body.data!.timeline as Any[];
    const cel = events.filter((e) => e.law.id === 'law:cn:counter-espionage-law');
    expect(cel.map((e) => [e.date, e.kind])).toEqual([['2023-04-26', 'REVISED'], ['2023-07-01', 'IN_FORCE']]);
    for (const e of cel) {
      expect(e.version.id).toBe('lawv:cn-counter-espionage-law-2023');
      expect(e.evidence[0].quote).toMatch(/2023年/);
    }
    const all = await t.gql('{ timeline(jurisdiction: "cn") { date } }');
    const dates = (all.body.data!.timeline as Any[]).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBeGreaterThan(20);
  });
});

describe('round trips: one per level, not one per parent', () => {
  it('documents -> provisions -> norms -> bearers', async () => {
    const r = await t.gql('{ documents(kind: "statute") { id provisions { id norms { id bearers { __typename } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.documents.length).toBeGreaterThan(5);
    expect(r.roundTrips).toBe(4);
  });

  it('laws -> versions -> document, and claims -> premises', async () => {
    const r = await t.gql(`{
      exposure(company: "DJI") { items { provision { version { law { versions { id } } } } basis { premises { id } } } }
    }`);
    expect(r.body.errors).toBeUndefined();
    // exposure (1), premises (1), provision -> version (1), version -> law (1), law -> versions (1)
    expect(r.roundTrips).toBe(5);
  });
});
