// search on the real corpus: Chinese and English, exact names first, paginated.
import { describe, expect, it } from 'vitest';
import { type Any, useApi } from '../client.ts';

const t = useApi();

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

  it('pages follow one order: two pages of 5 are the first 10, exact names first', async () => {
    const page = async (after?: string) =>
      (await t.gql('query ($after: String) { search(query: "数据", first: 5, after: $after) { edges { node { id score exact } } pageInfo { endCursor } } }', { after }))
        .body.data!.search;
    const all = (await t.gql('{ search(query: "数据", first: 10) { edges { node { id } } } }')).body.data!.search.edges.map((e: Any) => e.node.id);
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    const hits = [...first.edges, ...second.edges].map((e: Any) => e.node);
    expect(all).toHaveLength(10);
    expect(hits.map((h: Any) => h.id)).toEqual(all);
    const exact = hits.map((h: Any) => h.exact);
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
  });
});
