// paths and neighbors over canned rows of queries/paths.cypher and neighbors.cypher: references
// resolved in one query, hops in walking order with their direction and evidence, the hubs the
// search did not walk through, pagination.
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../../api/cursor.ts';
import { EXCLUDED_TYPES, HUB_DEGREE, MAX_PATHS } from '../../../../api/domains/paths.ts';
import { NAMED_KINDS } from '../../../../api/refs.ts';
import { SUGGESTED_TYPES } from '../../../../ingest/kinds.ts';
import { DISPLAY_NAME_PROPERTIES, displayName } from '../../../../api/shape.ts';
import { cn, company, derived, foreignAct, support } from '../rows.ts';
import { type Canned, names, stubApi } from '../stub.ts';

const hq = { documentId: 'catalog', locator: 'company:acme', quote: '', method: 'catalog', confidence: 1, url: 'https://example.org/acme' };
const restricts = { documentId: 'report-x', locator: 'sec_1.p_1.s_1', quote: 'The Act restricts Acme.', method: 'pattern:relation', confidence: 0.8 };
const inferred = { documentId: 'catalog', locator: 'rule', quote: 'derived', method: 'inferred:test', confidence: 1 };

const ref = (byRef: Record<string, Record<string, unknown>[]>): Canned => (p) => (p.refs as string[]).map((r) => ({ ref: r, candidates: byRef[r] ?? [] }));
const resolved = ref({ Acme: [company], 'Example Restriction Act': [foreignAct], China: [cn] });

// queries/paths.cypher gives nodes as id and label; the API reads whole nodes by id when asked.
const skeleton = (n: { id: string; nodeLabel: string }) => ({ id: n.id, nodeLabel: n.nodeLabel });
const byId: Canned = (p) => (p.ids as string[]).map((id) => ({ id, node: [company, cn, foreignAct].find((n) => n.id === id) }));

const PATHS = '{ paths(from: "Acme", to: "Example Restriction Act") { length nodes { id } hops { from { id } to { id } type direction evidence { documentId quote method url } } } }';

describe('paths over canned rows', () => {
  const chains = [
    // Acme <-RESTRICTS- the Act: the relationship points back along the walk.
    { nodes: [company, foreignAct].map(skeleton), hops: [{ type: 'RESTRICTS', start: foreignAct.id, support: support(restricts) }] },
    // Acme -HEADQUARTERED_IN-> China <-APPLIES_IN- the Act (derived support, one flat evidence).
    {
      nodes: [company, cn, foreignAct].map(skeleton),
      hops: [
        { type: 'HEADQUARTERED_IN', start: company.id, support: support(hq) },
        { type: 'APPLIES_IN', start: foreignAct.id, support: derived(inferred) },
      ],
    },
  ];
  // The query answers one row: the chains, and the hubs next to the ends it did not walk through.
  const rows = [{ paths: chains, pruned: [] }];

  it('resolves both ends in one query, then asks for paths between their ids with the walk rules, without the hubs nobody asked for', async () => {
    const t = stubApi({ 'resolve-refs': resolved, paths: rows });
    const r = await t.gql(PATHS);
    expect(r.body.errors).toBeUndefined();
    expect(t.calls).toEqual([
      { name: 'resolve-refs', params: { refs: ['Acme', 'Example Restriction Act'], labels: NAMED_KINDS, idLabels: null } },
      { name: 'paths', params: { from: company.id, to: foreignAct.id, maxHops: 4, limit: MAX_PATHS, excludedTypes: EXCLUDED_TYPES, hubDegree: HUB_DEGREE, withPruned: false } },
    ]);
  });

  it('gives each hop its ends in walking order, OUTGOING or INCOMING, and its evidence', async () => {
    const t = stubApi({ 'resolve-refs': resolved, paths: rows });
    const [direct, viaChina] = (await t.gql(PATHS)).body.data!.paths;
    expect(direct).toEqual({
      length: 1,
      nodes: [{ id: company.id }, { id: foreignAct.id }],
      hops: [{ from: { id: company.id }, to: { id: foreignAct.id }, type: 'RESTRICTS', direction: 'INCOMING', evidence: [{ documentId: 'report-x', quote: 'The Act restricts Acme.', method: 'pattern:relation', url: null }] }],
    });
    expect(viaChina.length).toBe(2);
    expect(viaChina.hops).toEqual([
      { from: { id: company.id }, to: { id: cn.id }, type: 'HEADQUARTERED_IN', direction: 'OUTGOING', evidence: [{ documentId: 'catalog', quote: '', method: 'catalog', url: 'https://example.org/acme' }] },
      { from: { id: cn.id }, to: { id: foreignAct.id }, type: 'APPLIES_IN', direction: 'INCOMING', evidence: [{ documentId: 'catalog', quote: 'derived', method: 'inferred:test', url: null }] },
    ]);
  });

  it('passes maxHops on; no path is an empty list', async () => {
    const t = stubApi({ 'resolve-refs': resolved, paths: [{ paths: [], pruned: [] }] });
    const r = await t.gql('{ paths(from: "Acme", to: "China", maxHops: 6) { length } }');
    expect(r.body.data).toEqual({ paths: [] });
    expect(t.calls[1]!.params.maxHops).toBe(6);
  });

  it('names the pruned hubs on every path, and in pathSearch even when no path is left', async () => {
    const t = stubApi({ 'resolve-refs': resolved, paths: [{ paths: chains.slice(0, 1), pruned: [skeleton(cn)] }] });
    const r = await t.gql('{ paths(from: "Acme", to: "Example Restriction Act") { length pruned { id } } }');
    expect(r.body.data).toEqual({ paths: [{ length: 1, pruned: [{ id: cn.id }] }] });
    expect(t.calls[1]!.params.withPruned).toBe(true);
    const none = stubApi({ 'resolve-refs': resolved, paths: [{ paths: [], pruned: [skeleton(cn)] }], 'nodes-by-id': byId });
    const s = await none.gql('{ pathSearch(from: "Acme", to: "Example Restriction Act", maxHops: 2) { paths { length } pruned { id ... on Jurisdiction { name } } } }');
    expect(s.body.errors).toBeUndefined();
    expect(s.body.data).toEqual({ pathSearch: { paths: [], pruned: [{ id: cn.id, name: cn.name }] } });
    expect(none.calls[1]!.params).toMatchObject({ maxHops: 2, hubDegree: HUB_DEGREE, withPruned: true });
  });

  it('two ids go straight to the search, one round trip; a missing one is resolved, for the error', async () => {
    const byIdOrName = ref({ [company.id]: [company], [foreignAct.id]: [foreignAct] });
    const t = stubApi({ paths: (p) => (p.from === company.id && p.to === foreignAct.id ? rows : []), 'resolve-refs': byIdOrName });
    const r = await t.gql(`{ paths(from: "${company.id}", to: "${foreignAct.id}") { length } }`);
    expect(r.body.data).toEqual({ paths: [{ length: 1 }, { length: 2 }] });
    expect(names(t.calls)).toEqual(['paths']);
    const missing = await t.gql(`{ paths(from: "${company.id}", to: "law:nowhere") { length } }`);
    expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', ref: 'law:nowhere' } });
    expect(names(t.calls)).toEqual(['paths', 'paths', 'resolve-refs']);
  });

  it('reads whole nodes by id, once per node, only when a query asks for more than ids', async () => {
    const t = stubApi({ 'resolve-refs': resolved, paths: rows, 'nodes-by-id': byId });
    const r = await t.gql('{ paths(from: "Acme", to: "Example Restriction Act") { nodes { id ... on Company { name } } hops { from { id } to { ... on Law { id name } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.paths[1].nodes).toEqual([{ id: company.id, name: company.name }, { id: cn.id }, { id: foreignAct.id }]);
    expect(r.body.data!.paths[0].hops[0].to).toEqual({ id: foreignAct.id, name: foreignAct.name });
    expect(names(t.calls)).toEqual(['resolve-refs', 'paths', 'nodes-by-id']);
    expect((t.calls[2]!.params.ids as string[]).sort()).toEqual([cn.id, company.id, foreignAct.id].sort());
  });

  it('refuses two names of one node, after resolving them and before asking for paths', async () => {
    const t = stubApi({ 'resolve-refs': ref({ Acme: [company], 'company:acme': [company] }) });
    const r = await t.gql('{ paths(from: "Acme", to: "company:acme") { length } }');
    expect(r.body.errors?.[0]).toMatchObject({ message: '"from" and "to" name the same node.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(names(t.calls)).toEqual(['resolve-refs']);
  });

  it('an unknown end is NOT_FOUND; a name of several nodes is AMBIGUOUS', async () => {
    const t = stubApi({ 'resolve-refs': ref({ China: [cn], Acme: [company, { ...company, id: 'company:acme-2' }] }) });
    const r = await t.gql('{ paths(from: "Nowhere", to: "China") { length } }');
    expect(r.body.errors?.[0]).toMatchObject({ message: 'No node named or with id "Nowhere".', extensions: { code: 'NOT_FOUND', ref: 'Nowhere' } });
    const r2 = await t.gql('{ paths(from: "China", to: "Acme") { length } }');
    expect(r2.body.errors?.[0]?.extensions).toMatchObject({ code: 'AMBIGUOUS', ref: 'Acme' });
    expect(names(t.calls)).toEqual(['resolve-refs', 'resolve-refs']);
  });
});

describe('neighbors over canned rows', () => {
  const row = (n: Record<string, unknown> & { id: string }, type: string, direction: string) => ({ type, direction, node: n, support: support(hq), values: null });
  const all = [row(cn, 'HEADQUARTERED_IN', 'OUTGOING'), row(foreignAct, 'RESTRICTS', 'INCOMING'), row({ ...company, id: 'company:acme-sub' }, 'OWNED_BY', 'INCOMING')];
  const page: Canned = (p) => all.slice(p.skip as number, (p.skip as number) + (p.limit as number));
  // An empty first page looks the node up, to tell a node without neighbours from an unknown id.
  const acme = { 'nodes-by-id': [{ id: 'company:acme', node: company }] };
  const Q = '($after: String) { neighbors(id: "company:acme", first: 2, after: $after) { edges { type direction node { id } evidence { method } cursor } pageInfo { hasNextPage endCursor } } }';

  it('one page: first + 1 rows asked to know whether more follow, edges flattened with cursors', async () => {
    const t = stubApi({ neighbors: page });
    const r = await t.gql(`query N${Q}`);
    expect(t.calls[0]).toEqual({ name: 'neighbors', params: { id: 'company:acme', types: null, excludedTypes: SUGGESTED_TYPES, kinds: null, skip: 0, limit: 3, withSupport: true, properties: ['id'] } });
    expect(r.body.data!.neighbors).toEqual({
      edges: [
        { type: 'HEADQUARTERED_IN', direction: 'OUTGOING', node: { id: cn.id }, evidence: [{ method: 'catalog' }], cursor: encodeCursor(0) },
        { type: 'RESTRICTS', direction: 'INCOMING', node: { id: foreignAct.id }, evidence: [{ method: 'catalog' }], cursor: encodeCursor(1) },
      ],
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(1) },
    });
  });

  it('the next page starts after the cursor', async () => {
    const t = stubApi({ neighbors: page });
    const r = await t.gql(`query N${Q}`, { after: encodeCursor(1) });
    expect(t.calls[0]!.params).toMatchObject({ skip: 2, limit: 3 });
    expect(r.body.data!.neighbors).toEqual({
      edges: [{ type: 'OWNED_BY', direction: 'INCOMING', node: { id: 'company:acme-sub' }, evidence: [{ method: 'catalog' }], cursor: encodeCursor(2) }],
      pageInfo: { hasNextPage: false, endCursor: encodeCursor(2) },
    });
  });

  it('passes kinds and relationship types as lists; no support is read when no evidence is asked', async () => {
    const t = stubApi({ neighbors: [], ...acme });
    await t.gql('{ neighbors(id: "company:acme", kinds: [Law, Authority], relationshipTypes: ["RESTRICTS", "NOT_A_TYPE"]) { edges { cursor } } }');
    expect(t.calls[0]!.params).toEqual({ id: 'company:acme', types: ['NOT_A_TYPE', 'RESTRICTS'], excludedTypes: SUGGESTED_TYPES, kinds: ['Law', 'Authority'], skip: 0, limit: 21, withSupport: false, properties: ['id'] });
  });

  it('reads the support when an edge asks for evidence, directly or through a fragment', async () => {
    const t = stubApi({ neighbors: [], ...acme });
    await t.gql('{ neighbors(id: "company:acme") { edges { ...E } } } fragment E on NeighborEdge { evidence { method } }');
    await t.gql('{ neighbors(id: "company:acme") { pageInfo { hasNextPage } edges { node { id } } } }');
    expect(t.calls.filter((c) => c.name === 'neighbors').map((c) => c.params.withSupport)).toEqual([true, false]);
  });

  it('reads a type the model knows from its key index, with the page; any other type takes the generic query', async () => {
    const t = stubApi({ neighbors: [], 'neighbors-of-type': [], ...acme });
    await t.gql('{ neighbors(id: "company:acme", kinds: [Law], relationshipTypes: ["RESTRICTS"], first: 5, after: "' + encodeCursor(4) + '") { edges { cursor } } }');
    await t.gql('{ neighbors(id: "company:acme", relationshipTypes: ["RESTRICTS", "NOT_A_TYPE"]) { edges { cursor } } }');
    await t.gql('{ neighbors(id: "company:acme") { edges { cursor } } }');
    expect(t.calls.map((c) => c.name)).toEqual(['neighbors-of-type@RESTRICTS', 'neighbors', 'nodes-by-id', 'neighbors', 'nodes-by-id']);
    expect(t.calls[0]!.params).toEqual({ key: 'company:acme|RESTRICTS|', kinds: ['Law'], skip: 5, limit: 6, withSupport: false, properties: ['id'] });
  });

  it("reads only the neighbours' properties their fields read, when the selection says which; else the whole node", async () => {
    const t = stubApi({ 'neighbors-of-type': [], neighbors: [], ...acme });
    const asked = async (node: string, fragments = '') => {
      await t.gql(`{ neighbors(id: "company:acme", relationshipTypes: ["RESTRICTS"]) { edges { node ${node} } } }${fragments}`);
      return t.calls.filter((c) => c.name.startsWith('neighbors')).at(-1)!.params.properties;
    };
    expect(await asked('{ __typename id }')).toEqual(['id']);
    expect(await asked('{ id displayName }')).toEqual(['id', ...DISPLAY_NAME_PROPERTIES]);
    // Properties answered by graphql's default resolver, on the types a fragment names.
    expect(await asked('{ id ... on Law { description url } ...P }', ' fragment P on Passage { locator }')).toEqual(['id', 'description', 'url', 'locator']);
    // A field with its own resolver (Company.name), one that reads the database, a reshaped property: all of it.
    expect(await asked('{ id ... on Company { name } }')).toBeNull();
    expect(await asked('{ id relations { type } }')).toBeNull();
    expect(await asked('{ id @include(if: true) }')).toBeNull();
  });

  it('displayName reads no property outside DISPLAY_NAME_PROPERTIES, whatever the kind (the narrow read depends on it)', () => {
    const read = new Set<string>();
    for (const nodeLabel of ['Provision', 'Passage', 'Norm', 'Claim', 'Company', 'Law', 'LawVersion', 'LawVersion:named']) {
      // Every property absent, so each fallback of displayName is reached too.
      // A version with its law's name reads its date as well.
      const [label, named] = nodeLabel.split(':');
      displayName(new Proxy({ nodeLabel: label, ...(named ? { lawName: 'Test Law' } : {}) } as Record<string, unknown>, {
        get: (o, k) => {
          read.add(String(k));
          return Reflect.get(o, k);
        },
      }));
    }
    const allowed = new Set<string>(['nodeLabel', 'id', ...DISPLAY_NAME_PROPERTIES]);
    expect([...read].filter((k) => !allowed.has(k))).toEqual([]);
    expect(read.has('name') && read.has('statement') && read.has('lawName')).toBe(true);
  });

  it('builds the neighbour from the properties read, as the whole node would answer', async () => {
    const law = { id: 'law:x', nodeLabel: 'Law', name: 'The X Act', description: 'About X.' };
    const whole = { type: 'RESTRICTS', direction: 'INCOMING', node: law, support: null, values: null };
    const Q = '{ neighbors(id: "company:acme", relationshipTypes: ["RESTRICTS"]) { edges { node { id displayName ... on Law { description } } } } }';
    const narrow = stubApi({
      'neighbors-of-type': (p) => [{ ...whole, node: { nodeLabel: 'Law' }, values: (p.properties as string[]).map((k) => (law as Record<string, unknown>)[k] ?? null) }],
    });
    const expected = { data: { neighbors: { edges: [{ node: { id: 'law:x', displayName: 'The X Act', description: 'About X.' } }] } } };
    expect((await narrow.gql(Q)).body).toEqual(expected);
    expect((await stubApi({ 'neighbors-of-type': [whole] }).gql(Q)).body).toEqual(expected);
  });

  it('an empty first page of a known node is empty; of an unknown id, null with NOT_FOUND', async () => {
    const t = stubApi({ neighbors: [], 'nodes-by-id': (p) => (p.ids as string[]).includes('company:acme') ? [{ id: 'company:acme', node: company }] : [] });
    const known = await t.gql('{ neighbors(id: "company:acme") { edges { cursor } } }');
    expect(known.body).toEqual({ data: { neighbors: { edges: [] } } });
    const unknown = await t.gql('{ neighbors(id: "company:acmee") { edges { cursor } } }');
    expect(unknown.body.data).toEqual({ neighbors: null });
    expect(unknown.body.errors?.[0]).toMatchObject({ message: 'No node named or with id "company:acmee".', extensions: { code: 'NOT_FOUND', ref: 'company:acmee' } });
  });

  it('several known types: each read from its start as far as the page reaches, concatenated in type order, then cut to the page', async () => {
    const rowsOf = (type: string, n: number) => Array.from({ length: n }, (_, i) => row({ ...company, id: `company:${type.toLowerCase()}-${i}` }, type, 'INCOMING'));
    const t = stubApi({ 'neighbors-of-type': (p) => rowsOf((p.key as string).split('|')[1]!, 3).slice(0, p.limit as number) });
    const r = await t.gql(`{ neighbors(id: "company:acme", relationshipTypes: ["RESTRICTS", "MAKES", "RESTRICTS"], first: 2, after: "${encodeCursor(1)}") { edges { type node { id } cursor } pageInfo { hasNextPage } } }`);
    expect(t.calls.map((c) => [c.name, c.params.skip, c.params.limit])).toEqual([
      ['neighbors-of-type@MAKES', 0, 5],
      ['neighbors-of-type@RESTRICTS', 0, 5],
    ]);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.neighbors).toEqual({
      edges: [
        { type: 'MAKES', node: { id: 'company:makes-2' }, cursor: encodeCursor(2) },
        { type: 'RESTRICTS', node: { id: 'company:restricts-0' }, cursor: encodeCursor(3) },
      ],
      pageInfo: { hasNextPage: true },
    });
  });
});
