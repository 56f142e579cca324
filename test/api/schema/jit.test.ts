// Compiled execution (api/jit.ts) answers as graphql-js does: the same data, the same errors with
// their locations and paths, and variables refused with the scalar's own reason.
import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../api/context.ts';
import { buildSchema } from '../../../api/schema.ts';
import { exposureNodes, exposureRow, premiseRows } from './rows.ts';
import { stubApi, stubQueries } from './stub.ts';

const byIds = (params: Record<string, unknown>) => (params.ids as string[]).flatMap((id) => exposureNodes.filter((n) => n.id === id).map((node) => ({ id, node })));
const canned = () => ({ exposure: [exposureRow], premises: premiseRows, 'nodes-by-id': byIds, 'resolve-refs': [] });

/** graphql-js's own answer over the same schema and canned rows, as JSON. */
async function graphqlJs(query: string, variables?: Record<string, unknown>) {
  const { run } = stubQueries(canned());
  const result = await execute({ schema: buildSchema(), document: parse(query), contextValue: createContext(run, 'js'), variableValues: variables });
  return JSON.parse(JSON.stringify(result));
}

/** The API's answer, without the request id its errors carry. */
async function api(query: string, variables?: Record<string, unknown>) {
  const body = (await stubApi(canned()).gql(query, variables)).body;
  for (const e of body.errors ?? []) delete e.extensions?.requestId;
  return body;
}

describe('compiled execution', () => {
  it('gives the data graphql-js gives, nested lists and nodes looked up included', async () => {
    const q = `{ exposure(company: "Acme", asOf: "2025-06-01") {
      totalItems items(first: 2) { tier status statement provision { id displayName } norms { id modality } evidence { documentId locator quote }
        basis { rule claim { id } premises { id type statement } } } } }`;
    const answer = await api(q);
    expect(answer.data!.exposure.items).toHaveLength(2);
    expect(answer).toEqual(await graphqlJs(q));
  });

  it('gives the errors graphql-js gives, first, with their locations and paths', async () => {
    const q = '{\n  company(id: "company:acme", name: "Acme") { id }\n  law(id: "law:cn:test-law", name: "Test Law") { id }\n}';
    const answer = await api(q);
    expect(Object.keys(answer)).toEqual(['errors', 'data']);
    expect(answer.errors!.map((e) => (e as { locations?: unknown }).locations)).toEqual([[{ line: 2, column: 3 }], [{ line: 3, column: 3 }]]);
    expect(answer).toEqual(await graphqlJs(q));
  });

  it('refuses a variable with the reason its scalar gives, before any query runs', async () => {
    const t = stubApi(canned());
    const r = await t.gql('query E($asOf: Date) { exposure(company: "Acme", asOf: $asOf) { asOf } }', { asOf: '2023-02-30' });
    expect(r.body.errors?.[0]?.message).toBe('Variable "$asOf" got invalid value "2023-02-30"; Date must be a calendar date as yyyy-mm-dd, got "2023-02-30".');
    expect(t.calls).toEqual([]);
  });
});
