// The executable schema: SDL per domain module, thin resolvers, resolvers must match the schema.
import { makeExecutableSchema } from '@graphql-tools/schema';
import * as base from './domains/base.ts';
import * as documents from './domains/documents.ts';
import * as search from './domains/search.ts';

const domains = [base, documents, search];

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: domains.map((d) => d.typeDefs),
    resolvers: domains.map((d) => d.resolvers),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
