// Shared types: the Node interface, evidence, statistics.
import type { ApiContext } from '../context.ts';
import { shapeStats, type RawStats } from '../../graph/stats.ts';

export const typeDefs = /* GraphQL */ `
  "A calendar date, ISO 8601 (yyyy-mm-dd)."
  scalar Date

  "Anything in the graph, addressable by its stable id."
  interface Node {
    "Stable id built from source identifiers, e.g. prov:cn-national-intelligence-law:art_7."
    id: ID!
  }

  "Where a fact comes from: a passage of a document, quoted verbatim, or a cited public source."
  type Evidence {
    "Manifest id of the supporting document, or 'catalog' for the team's catalog."
    documentId: String!
    "Locator of the passage inside the document, e.g. art_7 or sec_2.p_3.s_1."
    locator: String!
    "Verbatim quote from the document (empty for catalog facts, which cite a url)."
    quote: String!
    "How the fact was made: structure, catalog, pattern:<rule> or inferred:<rule>."
    method: String!
    "Confidence of the method, 0..1."
    confidence: Float!
    "Public source URL, for catalog facts."
    url: String
  }

  "A count of nodes with one label, or of relationships of one type."
  type Count {
    "The label or relationship type."
    key: String!
    "How many."
    count: Int!
  }

  "Size and freshness of the graph."
  type Stats {
    "Total nodes."
    nodes: Int!
    "Total relationships."
    relationships: Int!
    "Documents loaded (the catalog included)."
    documents: Int!
    "When a document was last loaded (ISO date-time), if ever."
    lastLoadedAt: String
    "Node counts by label."
    nodeCounts: [Count!]!
    "Relationship counts by type."
    relationshipCounts: [Count!]!
  }

  type Query {
    "Size and freshness of the graph."
    stats: Stats!
  }
`;

export const resolvers = {
  Query: {
    stats: async (_: unknown, __: unknown, ctx: ApiContext) => shapeStats((await ctx.read<RawStats>('stats'))[0]!),
  },
};
