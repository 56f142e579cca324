// paths and neighbors on the real corpus: every hop with its evidence, stable cursors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../client.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi();
});
afterAll(async () => {
  await t.close();
});

// biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
type Any = Record<string, any>;

describe('paths and neighbours', () => {
  it('DJI to the Countering CCP Drones Act: the PROPOSES hop of a bill, with its evidence', async () => {
    const r = await t.gql(`{ paths(from: "DJI", to: "Countering CCP Drones Act") {
      length hops { from { id } to { id } type direction evidence { documentId quote url } }
    } }`);
    expect(r.body.errors).toBeUndefined();
    const path = r.body.data!.paths[0];
    expect(path.length).toBe(1);
    expect(path.hops[0]).toMatchObject({ from: { id: 'company:dji' }, to: { id: 'law:us:countering-ccp-drones-act' }, type: 'PROPOSES', direction: 'INCOMING' });
    const report = path.hops[0].evidence.find((e: Any) => e.documentId === 'report-creemers-lee-2024-drones-smart-vehicles');
    expect(report, 'the Creemers & Lee report supports the fact, beside the catalog').toBeDefined();
    expect(path.hops[0].evidence.some((e: Any) => e.url?.includes('govinfo.gov'))).toBe(true);
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
