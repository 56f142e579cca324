// The peer: the same entity lookups and neighbourhood reads served by @neo4j/graphql (the API most
// Neo4j users would generate) over the same database, on its own loopback port, so the benchmark
// compares lawgraph's hand-written queries with a generated API under the same load.
// Its schema maps the node kinds the shared questions touch; reads only (no mutations).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import http from 'node:http';
import type { Database } from '../graph/database.ts';
import type { ApiServer } from './api-bench.ts';

// `Node` is in every label list so lookups by id use the :Node(id) uniqueness constraint, as
// lawgraph's own queries do; without it the generated Cypher would scan all companies.
const TYPE_DEFS = /* GraphQL */ `
  type Company @node(labels: ["Company", "Node"]) @mutation(operations: []) {
    id: ID!
    name: String
    nameZh: String
    nameKey: String
    aliases: [String!]
    mentionedIn: [Passage!]! @relationship(type: "MENTIONS", direction: IN)
    restrictedBy: [Entity!]! @relationship(type: "RESTRICTS", direction: IN)
  }
  type Passage @node(labels: ["Passage", "Node"]) @mutation(operations: []) {
    id: ID!
    text: String
    documentId: String
  }
  type Entity @node(labels: ["Node"]) @mutation(operations: []) {
    id: ID!
    name: String
  }
`;

export async function startPeer(db: Database): Promise<ApiServer> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver: db.driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, context: () => ({ sessionConfig: { database: db.name } }) });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
