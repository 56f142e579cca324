// The warm-up after listening (api/warm-up.ts) must ask the statements the explorer's first clicks
// run, as the API defines them: the named queries, with the parameters their resolvers send.
import { describe, expect, it } from 'vitest';
import { createApi } from '../../api/server.ts';
import { warmStatements } from '../../api/warm-up.ts';
import { query } from '../../queries/index.ts';
import { queryDocument } from '../../web/gql.ts';

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : Number.isInteger(v) ? 'integer' : typeof v);
const kinds = (params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, kind(v)]));
const parameters = (cypher: string) => [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

/** The named queries an explorer page's own document runs, recorded from the API's resolvers (no rows answered). */
async function statementsOf(page: string, variables: Record<string, unknown>) {
  const seen: { name: string; params: Record<string, unknown> }[] = [];
  const api = createApi({
    graphiql: false,
    queries: (name, params) => {
      seen.push({ name, params });
      return Promise.resolve([]);
    },
  });
  await api.fetch('http://lawgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: queryDocument(page), variables }),
  });
  return seen;
}

describe('warm-up statements', () => {
  it('are named queries of the API, each given exactly the parameters its text reads', () => {
    for (const { name, params } of warmStatements()) {
      expect(Object.keys(params).sort(), name).toEqual(parameters(query(name)));
    }
  });

  it('cover the first clicks, with the parameter types the resolvers send', async () => {
    const warm = warmStatements();
    const clicks = [
      ['search', { q: 'drone' }],
      ['entity', { id: 'company:dji' }],
      ['company', { company: 'DJI' }],
      ['paths', { from: 'company:dji', to: 'technology:lidar' }],
      ['passages', { id: 'doc:report' }],
    ] as const;
    const asked = new Set<string>();
    for (const [page, variables] of clicks) {
      for (const { name, params } of await statementsOf(page, variables)) {
        asked.add(name);
        const same = warm.filter((s) => s.name === name).map((s) => kinds(s.params));
        expect(same, `${page} runs ${name}`).toContainEqual(kinds(params));
      }
    }
    expect([...asked].sort()).toEqual(expect.arrayContaining(['exposure', 'nodes-by-id', 'paths', 'search']));
  });
});
