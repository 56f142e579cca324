// search over canned rows of queries/search.cypher: the query string escaped for Lucene (the words
// as typed kept for exact matches), hits shaped with kind, label and snippet, cursor pagination.
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../../api/cursor.ts';
import { art2, company, law, office } from '../rows.ts';
import { type Canned, stubApi } from '../stub.ts';

const hit = (n: Record<string, unknown>, score: number, exact = false, lawName: string | null = null) => ({ node: { ...n, lawName }, score, exact, rank: score });
const rows = [hit(company, 4, true), hit(art2.provision, 3, false, 'Test Law'), hit(law, 2), hit(office, 1)];
const page: Canned = (p) => rows.slice(p.skip as number, (p.skip as number) + (p.limit as number));

describe('search over canned rows', () => {
  it('escapes Lucene syntax in the query and keeps the words as typed for exact matches', async () => {
    const t = stubApi({ search: [] });
    await t.gql('{ search(query: "  data AND (secrets)*  ", kinds: [Provision, Law], first: 5) { edges { cursor } } }');
    expect(t.calls).toEqual([
      {
        name: 'search',
        params: {
          query: 'data and \\(secrets\\)\\*',
          names: 'name:"data and \\(secrets\\)\\*" OR nameZh:"data and \\(secrets\\)\\*" OR searchText:"data and \\(secrets\\)\\*"',
          raw: '  data AND (secrets)*  ',
          labels: ['Provision', 'Law'],
          candidates: null,
          skip: 0,
          limit: 6,
        },
      },
    ]);
  });

  it("reads only Lucene's best hits when every kind is asked for, at least 500 and twice the pages up to this one", async () => {
    const t = stubApi({ search: [] });
    await t.gql('{ search(query: "acme", first: 100, after: "' + Buffer.from('o:399').toString('base64url') + '") { edges { cursor } } }');
    expect(t.calls[0]!.params).toMatchObject({ labels: null, candidates: 1002, skip: 400, limit: 101 });
  });

  it('searches every kind when none is given', async () => {
    const t = stubApi({ search: [] });
    await t.gql('{ search(query: "acme") { edges { cursor } } }');
    expect(t.calls[0]!.params).toMatchObject({ labels: null, limit: 21 });
  });

  it('shapes hits: id, kind, a display label (law and number for provisions), a snippet, score, exact, the node', async () => {
    const t = stubApi({ search: page });
    const r = await t.gql('{ search(query: "test", first: 3) { edges { node { id kind label snippet score exact node { __typename } } } } }');
    expect(r.body.data!.search.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: 'company:acme', kind: 'Company', label: 'Acme Drones', snippet: 'An invented drone maker (test data).', score: 4, exact: true, node: { __typename: 'Company' } },
      { id: art2.provision.id, kind: 'Provision', label: 'Test Law 第二条', snippet: art2.provision.text, score: 3, exact: false, node: { __typename: 'Provision' } },
      { id: 'law:cn:test-law', kind: 'Law', label: 'Test Law', snippet: null, score: 2, exact: false, node: { __typename: 'Law' } },
    ]);
  });

  it('cuts a long text to a 240-character snippet', async () => {
    const long = { ...art2.provision, text: '测'.repeat(300) };
    const t = stubApi({ search: [hit(long, 1)] });
    const r = await t.gql('{ search(query: "测") { edges { node { snippet } } } }');
    expect(r.body.data!.search.edges[0].node.snippet).toBe('测'.repeat(240));
  });

  it('pages with cursors: first + 1 rows tell whether more follow; after a cursor, the next offset', async () => {
    const t = stubApi({ search: page });
    const Q = 'query S($after: String) { search(query: "test", first: 3, after: $after) { edges { node { id } cursor } pageInfo { hasNextPage endCursor } } }';
    const p1 = (await t.gql(Q)).body.data!.search;
    expect(p1.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(2) });
    expect(p1.edges.map((e: { cursor: string }) => e.cursor)).toEqual([0, 1, 2].map(encodeCursor));
    const p2 = (await t.gql(Q, { after: p1.pageInfo.endCursor })).body.data!.search;
    expect(t.calls[1]!.params).toMatchObject({ skip: 3, limit: 4 });
    expect(p2).toEqual({ edges: [{ node: { id: office.id }, cursor: encodeCursor(3) }], pageInfo: { hasNextPage: false, endCursor: encodeCursor(3) } });
  });
});
