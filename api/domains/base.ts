// Shared types: dates, the Node interface and node(id), evidence, relations, statistics.
import { GraphQLError, GraphQLScalarType, Kind as AstKind } from 'graphql';
import { NODE_KINDS } from '../../ingest/kinds.ts';
import { shapeStats, type RawStats } from '../../graph/stats.ts';
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { relationsKey } from '../loaders.ts';
import { displayName, type Evidence, evidenceOf, type NodeMap, type RelSupport } from '../shape.ts';

export const MAX_RELATIONS = 200;

export const typeDefs = /* GraphQL */ `
  "A calendar date, ISO 8601 (yyyy-mm-dd)."
  scalar Date

  "The kinds of node in the graph (their Neo4j label)."
  enum Kind {
${NODE_KINDS.map((k) => `    "${k.about}"\n    ${k.label}`).join('\n')}
  }

  "Which way a relationship points, seen from the node it is listed on."
  enum Direction {
    "From this node to the other."
    OUTGOING
    "From the other node to this one."
    INCOMING
  }

  "Anything in the graph, addressable by its stable id."
  interface Node {
    "Stable id built from source identifiers, e.g. prov:cn-national-intelligence-law:art_7."
    id: ID!
    "A short display name."
    displayName: String!
    "Relationships of this node, with the node at the other end and their evidence (derived claim links only when asked for by type)."
    relations(types: [String!], direction: Direction, first: Int = 50): [Relation!]!
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
    "Title of the supporting document as the graph holds it (its manifest's title); null for catalog facts and for a document not loaded."
    documentTitle: String
  }

  "A relationship seen from one of its ends."
  type Relation {
    "Relationship type, e.g. RESTRICTS, BINDS, MENTIONS."
    type: String!
    "Whether it points from the listing node to the other node or back."
    direction: Direction!
    "The node at the other end."
    node: Node!
    "Every supporting passage or source of the relationship."
    evidence: [Evidence!]!
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

  "Entry points: lookups by id or name, exposure, paths, neighbours, search, timeline, statistics."
  type Query {
    "Size and freshness of the graph. Every top-level field is nullable: one that fails is null with its error in errors (its path names it), and the others still answer."
    stats: Stats
    "Any node by its stable id (use fragments on the concrete type: ... on Company { name })."
    node(id: ID!): Node
  }
`;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Accepts real calendar dates only (2023-02-30 is refused), kept as yyyy-mm-dd strings. */
export function parseDate(value: unknown): string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date must be a calendar date as yyyy-mm-dd, got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value as string;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (yyyy-mm-dd).',
  serialize: (v) => String(v).slice(0, 10),
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== AstKind.STRING) throw new GraphQLError('Date must be a string yyyy-mm-dd.', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

interface RelationArgs {
  types?: string[] | null;
  direction?: 'OUTGOING' | 'INCOMING' | null;
  first?: number | null;
}

/** Fields every Node type shares; each domain spreads them into its types' resolvers. */
export const nodeFields = {
  displayName: (n: NodeMap) => displayName(n),
  relations: (n: NodeMap, args: RelationArgs, ctx: ApiContext) => {
    const limit = args.first ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RELATIONS) throw badInput(`"first" must be between 1 and ${MAX_RELATIONS}`);
    const types = args.types?.length ? args.types : null;
    return ctx.loaders.relations.load(relationsKey(n.id, types, args.direction ?? null, limit));
  },
};

/** Relations and hops carry their support raw; evidence is parsed only when asked for. */
export const evidenceField = (r: { support?: RelSupport | null }) => evidenceOf(r.support);

export const resolvers = {
  Date: DateScalar,
  Node: { __resolveType: (n: NodeMap) => n.nodeLabel },
  Relation: { evidence: evidenceField },
  // One batched lookup per request for every document the answer's evidence names (the node loader).
  Evidence: {
    documentTitle: async (e: Evidence, _: unknown, ctx: ApiContext) => {
      if (!e.documentId || e.documentId === 'catalog') return null;
      const doc = await ctx.loaders.node.load(`doc:${e.documentId}`);
      return typeof doc?.title === 'string' ? doc.title : null;
    },
  },
  Query: {
    stats: async (_: unknown, __: unknown, ctx: ApiContext) => shapeStats((await ctx.read<RawStats>('stats'))[0]!),
    node: (_: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.node.load(args.id),
  },
};
