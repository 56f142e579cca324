// Every root field of the schema resolves over canned rows shaped like its named query's answer,
// with the one query it needs; and the stub that stands in for the named-query layer holds canned
// rows to the real queries' parameters and columns.
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../api/schema.ts';
import { compact, query, queryNames } from '../../../queries/index.ts';
import {
  art2,
  cn,
  company,
  document,
  exposureRow,
  law,
  node,
  office,
  support,
  version2020,
  version2022,
} from './rows.ts';
import { type Canned, columnsOf, names, parametersOf, stubApi, stubQueries } from './stub.ts';

const technology = node('Technology', 'technology:test-tech', { name: 'Test technology' });
const standardBody = node('StandardBody', 'standard-body:test-body', { name: 'Test Standards Body', acronym: 'TSB' });
const refs = (found: Record<string, unknown>[]): Canned => (p) => (p.refs as string[]).map((ref) => ({ ref, candidates: found }));
const hq = support({ documentId: 'catalog', locator: 'company:acme', quote: '', method: 'catalog', confidence: 1, url: 'https://example.org/acme' });

interface RootCase {
  query: string;
  canned: Record<string, Canned>;
  data: unknown;
}

/** One query per root field, the rows its named query answers, and the data expected back. */
const ROOT: Record<string, RootCase> = {
  stats: {
    query: '{ stats { nodes relationships documents lastLoadedAt nodeCounts { key count } relationshipCounts { key count } } }',
    canned: {
      stats: [{
        nodeCounts: [{ key: 'Law', count: 2 }, { key: 'Claim', count: 0 }, { key: 'Company', count: 1 }],
        relationshipCounts: [{ key: 'RESTRICTS', count: 1 }, { key: 'HAS_VERSION', count: 2 }],
        documents: 3,
        lastLoadedAt: '2025-01-01T00:00:00Z',
      }],
    },
    data: {
      stats: {
        nodes: 3,
        relationships: 3,
        documents: 3,
        lastLoadedAt: '2025-01-01T00:00:00Z',
        nodeCounts: [{ key: 'Company', count: 1 }, { key: 'Law', count: 2 }],
        relationshipCounts: [{ key: 'HAS_VERSION', count: 2 }, { key: 'RESTRICTS', count: 1 }],
      },
    },
  },
  node: {
    query: '{ node(id: "company:acme") { __typename id displayName ... on Company { name nameZh aliases acronyms } } }',
    canned: { 'nodes-by-id': [{ id: company.id, node: company }] },
    data: { node: { __typename: 'Company', id: 'company:acme', displayName: 'Acme Drones', name: 'Acme Drones', nameZh: '阿克米无人机', aliases: ['Acme'], acronyms: ['ACM'] } },
  },
  documents: {
    query: '{ documents(kind: "statute") { id documentId title kind language loadedAt } }',
    canned: { documents: [{ document }] },
    data: { documents: [{ id: 'doc:cn-test-law-2022', documentId: 'cn-test-law-2022', title: '测试法', kind: 'statute', language: 'zh', loadedAt: '2025-01-01T00:00:00Z' }] },
  },
  document: {
    query: '{ document(id: "cn-test-law-2022") { __typename id displayName complete } }',
    canned: { 'nodes-by-id': [{ id: document.id, node: document }] },
    data: { document: { __typename: 'Document', id: 'doc:cn-test-law-2022', displayName: '测试法', complete: true } },
  },
  law: {
    query: '{ law(name: "测试法") { id name nameZh aliases acronyms jurisdiction } }',
    canned: { 'resolve-refs': refs([law]) },
    data: { law: { id: 'law:cn:test-law', name: 'Test Law', nameZh: '测试法', aliases: ['测试法'], acronyms: ['TL'], jurisdiction: 'cn' } },
  },
  provision: {
    query: '{ provision(document: "cn-test-law-2022", article: "第二条") { id displayName number kind order chapter text } }',
    canned: { 'provision-lookup': [{ node: art2.provision }] },
    data: {
      provision: {
        id: 'prov:cn-test-law-2022:art_2',
        displayName: 'cn-test-law-2022 第二条',
        number: '第二条',
        kind: 'article',
        order: 2,
        chapter: '第一章　总则',
        text: '测试人员应当向测试办公室提供测试记录。',
      },
    },
  },
  timeline: {
    query: '{ timeline(jurisdiction: "cn", from: "2022-01-01") { date kind law { id } version { id } } }',
    canned: { timeline: [{ law, version: version2020 }, { law, version: version2022 }] },
    data: {
      timeline: [
        { date: '2022-05-06', kind: 'REVISED', law: { id: law.id }, version: { id: version2022.id } },
        { date: '2022-07-01', kind: 'IN_FORCE', law: { id: law.id }, version: { id: version2022.id } },
      ],
    },
  },
  exposure: {
    query: '{ exposure(company: "Acme", asOf: "2025-06-01") { company { id } asOf items { tier status } restrictions { type } } }',
    canned: { exposure: [exposureRow] },
    data: {
      exposure: {
        company: { id: 'company:acme' },
        asOf: '2025-06-01',
        items: [{ tier: 'COMPELS', status: 'APPLIES' }, { tier: 'SUPERVISION', status: 'APPLIES' }, { tier: 'CONTEXT', status: 'CONDITIONAL' }],
        restrictions: [{ type: 'DESIGNATES' }, { type: 'RESTRICTS' }],
      },
    },
  },
  paths: {
    query: '{ paths(from: "company:acme", to: "jur:cn") { length nodes { id } hops { from { id } to { id } type direction } } }',
    canned: {
      'resolve-refs': (p) => (p.refs as string[]).map((ref) => ({ ref, candidates: [ref === company.id ? company : cn] })),
      paths: [{ paths: [{ nodes: [company, cn], hops: [{ type: 'HEADQUARTERED_IN', start: company.id, support: hq }] }], pruned: [] }],
    },
    data: {
      paths: [{
        length: 1,
        nodes: [{ id: 'company:acme' }, { id: 'jur:cn' }],
        hops: [{ from: { id: 'company:acme' }, to: { id: 'jur:cn' }, type: 'HEADQUARTERED_IN', direction: 'OUTGOING' }],
      }],
    },
  },
  pathSearch: {
    query: '{ pathSearch(from: "company:acme", to: "jur:cn", maxHops: 1) { paths { length } pruned { id } } }',
    canned: {
      'resolve-refs': (p) => (p.refs as string[]).map((ref) => ({ ref, candidates: [ref === company.id ? company : cn] })),
      paths: [{ paths: [], pruned: [cn] }],
    },
    data: { pathSearch: { paths: [], pruned: [{ id: 'jur:cn' }] } },
  },
  neighbors: {
    query: '{ neighbors(id: "company:acme", first: 5) { edges { type direction node { id } evidence { method url } } pageInfo { hasNextPage } } }',
    canned: { neighbors: [{ type: 'HEADQUARTERED_IN', direction: 'OUTGOING', node: cn, support: hq, values: null }] },
    data: {
      neighbors: {
        edges: [{ type: 'HEADQUARTERED_IN', direction: 'OUTGOING', node: { id: 'jur:cn' }, evidence: [{ method: 'catalog', url: 'https://example.org/acme' }] }],
        pageInfo: { hasNextPage: false },
      },
    },
  },
  suggestedRelations: {
    query: '{ suggestedRelations(id: "company:acme") { predicate confidence direction node { id } quote locator documentId } }',
    canned: {
      'suggested-relations': [
        {
          direction: 'INCOMING',
          node: cn,
          evidence: [
            JSON.stringify({ documentId: 'report-x', locator: 'sec_1.p_1.s_1', quote: 'Low.', method: 'model:regulates', confidence: 0.2 }),
            JSON.stringify({ documentId: 'report-x', locator: 'sec_1.p_2.s_1', quote: 'High.', method: 'model:restricts', confidence: 0.6 }),
          ],
        },
      ],
    },
    data: {
      suggestedRelations: [
        { predicate: 'RESTRICTS', confidence: 0.6, direction: 'INCOMING', node: { id: 'jur:cn' }, quote: 'High.', locator: 'sec_1.p_2.s_1', documentId: 'report-x' },
        { predicate: 'REGULATES', confidence: 0.2, direction: 'INCOMING', node: { id: 'jur:cn' }, quote: 'Low.', locator: 'sec_1.p_1.s_1', documentId: 'report-x' },
      ],
    },
  },
  search: {
    query: '{ search(query: "Acme") { edges { node { id kind label exact score } } } }',
    canned: { search: [{ node: { ...company, lawName: null }, score: 3, exact: true, rank: 3.6 }] },
    data: { search: { edges: [{ node: { id: 'company:acme', kind: 'Company', label: 'Acme Drones', exact: true, score: 3 } }] } },
  },
  company: {
    query: '{ company(name: "acme") { id name } }',
    canned: { 'resolve-refs': refs([company]) },
    data: { company: { id: 'company:acme', name: 'Acme Drones' } },
  },
  authority: {
    query: '{ authority(id: "authority:test-office") { id name nameZh jurisdiction } }',
    canned: { 'resolve-refs': refs([office]) },
    data: { authority: { id: 'authority:test-office', name: 'Test Office', nameZh: '测试办公室', jurisdiction: 'cn' } },
  },
  technology: {
    query: '{ technology(name: "test technology") { id name } none: technology(id: "no:such") { id } }',
    canned: { 'resolve-refs': (p) => (p.refs as string[]).map((ref) => ({ ref, candidates: ref === 'no:such' ? [] : [technology] })) },
    data: { technology: { id: 'technology:test-tech', name: 'Test technology' }, none: null },
  },
  standardBody: {
    query: '{ standardBody(name: "TSB") { id name acronyms } }',
    canned: { 'resolve-refs': refs([standardBody]) },
    data: { standardBody: { id: 'standard-body:test-body', name: 'Test Standards Body', acronyms: ['TSB'] } },
  },
};

/** The named query each root field reads, by the resolvers' contract. */
const READS: Record<string, string> = {
  stats: 'stats',
  node: 'nodes-by-id',
  documents: 'documents',
  document: 'nodes-by-id',
  law: 'resolve-refs',
  provision: 'provision-lookup',
  timeline: 'timeline',
  exposure: 'exposure',
  // Given two ids, paths go straight to the search (names are resolved first).
  paths: 'paths',
  pathSearch: 'paths',
  neighbors: 'neighbors',
  suggestedRelations: 'suggested-relations',
  search: 'search',
  company: 'resolve-refs',
  authority: 'resolve-refs',
  technology: 'resolve-refs',
  standardBody: 'resolve-refs',
};

describe('root fields over canned rows', () => {
  it('the table covers every root field of the schema', () => {
    const fields = Object.keys(buildSchema().getQueryType()!.getFields()).sort();
    expect(Object.keys(ROOT).sort()).toEqual(fields);
  });

  for (const [field, c] of Object.entries(ROOT)) {
    it(`${field} resolves`, async () => {
      const t = stubApi(c.canned);
      const r = await t.gql(c.query);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual(c.data);
      expect(names(t.calls)[0]).toBe(READS[field]);
    });
  }

  it('lookups pass their labels and the reference to resolve-refs, and ids to nodes-by-id', async () => {
    const t = stubApi({ 'resolve-refs': refs([company]), 'nodes-by-id': [{ id: document.id, node: document }] });
    await t.gql('{ company(name: "acme") { id } document(id: "doc:cn-test-law-2022") { id } }');
    expect(t.calls).toEqual([
      { name: 'resolve-refs', params: { refs: ['acme'], labels: ['Company'], idLabels: ['Company'] } },
      { name: 'nodes-by-id', params: { ids: ['doc:cn-test-law-2022'] } },
    ]);
  });

  it('a node of another kind is not answered as a document or a provision', async () => {
    const t = stubApi({ 'nodes-by-id': [{ id: 'doc:x', node: company }, { id: 'prov:x', node: company }] });
    const r = await t.gql('{ document(id: "x") { id } provision(id: "prov:x") { id } }');
    expect(r.body.data).toEqual({ document: null, provision: null });
  });
});

describe('the stub of the named-query layer', () => {
  it('knows the columns and parameters of every named query', () => {
    for (const name of queryNames()) {
      expect(columnsOf(name).length, name).toBeGreaterThan(0);
      for (const p of parametersOf(name)) expect(p).toMatch(/^[a-zA-Z]+$/);
    }
    expect(columnsOf('search')).toEqual(['node', 'score', 'exact', 'rank']);
    expect(parametersOf('search')).toEqual(['candidates', 'labels', 'limit', 'names', 'query', 'raw', 'skip']);
  });

  it('refuses unknown queries, other parameters and rows the query could not return', async () => {
    const { run } = stubQueries({ search: [{ node: company, score: 1 }], stats: [] });
    await expect(run('no-such-query', {})).rejects.toThrow(/no named query "no-such-query"/);
    await expect(run('stats', { id: 1 })).rejects.toThrow(/the query uses/);
    await expect(run('search', { query: 'a', names: 'name:"a"', raw: 'a', labels: null, candidates: 500, skip: 0, limit: 2 })).rejects.toThrow(/the query returns exact, node, rank, score/);
  });
});

describe('named queries as sent', () => {
  it('leave out comment lines, indentation and blank lines, and keep every line of code as written', () => {
    const file = "// what it does\n// Parameters: $id\nMATCH (n:Node {id: $id})\n\n  // why\n  WHERE n.url <> 'https://x' // kept\nRETURN n.id AS id\n";
    expect(compact(file)).toBe("MATCH (n:Node {id: $id})\nWHERE n.url <> 'https://x' // kept\nRETURN n.id AS id");
  });

  it('a typed variant names its relationship types in the pattern; a name that is no identifier is no query', () => {
    expect(query('neighbors@MAKES|RESTRICTS')).toContain('-[r:MAKES|RESTRICTS]-');
    expect(query('neighbors@MAKES|RESTRICTS').replace('[r:MAKES|RESTRICTS]', '[r]')).toBe(query('neighbors'));
    expect(() => query('neighbors@MAKES]-(x) DETACH DELETE x //')).toThrow(/no named query/);
    expect(() => query('stats@MAKES')).toThrow(/no named query/); // no untyped [r] pattern to specialise
  });

  it('carry no comment line', () => {
    for (const name of queryNames()) expect(query(name), name).not.toMatch(/^\s*\/\//m);
  });
});
