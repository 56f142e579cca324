// The explorer's GraphQL documents stay valid against the API's schema and within its limits, so a
// change of the SDL (the exposure rework) shows up here, naming the document to update.
import { GraphQLError, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../api/schema.ts';
import { createApi } from '../../api/server.ts';
import { queryDocument, queryNames } from '../../web/gql.ts';

const schema = buildSchema();
// The limits are checked before any named query runs, so a runner without a database suffices.
const api = createApi({
  queries: async () => {
    throw new GraphQLError('no database in this test');
  },
  graphiql: false,
});

describe('web/queries/*.graphql', () => {
  it.each(queryNames())('%s is valid against the schema and within the API limits', async (name) => {
    const document = queryDocument(name);
    expect(validate(schema, parse(document)).map((e) => e.message)).toEqual([]);
    const r = await api.fetch('http://lawgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables: {} }),
    });
    const body = (await r.json()) as { errors?: { message: string }[] };
    const refused = (body.errors ?? []).map((e) => e.message).filter((m) => /limit|exceeded|depth|aliases|tokens/i.test(m));
    expect(refused).toEqual([]);
  });
});
