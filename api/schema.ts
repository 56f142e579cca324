// The executable schema: SDL per domain module, thin resolvers, resolvers must match the schema.
import { makeExecutableSchema } from '@graphql-tools/schema';
import * as base from './domains/base.ts';
import * as documents from './domains/documents.ts';
import * as entities from './domains/entities.ts';
import * as exposure from './domains/exposure.ts';
import * as laws from './domains/laws.ts';
import * as paths from './domains/paths.ts';
import * as search from './domains/search.ts';

const domains = [base, documents, laws, entities, exposure, paths, search];

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: domains.map((d) => d.typeDefs),
    resolvers: domains.map((d) => d.resolvers),
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
