// How two things connect (shortest paths, every hop with its evidence, and the hubs the search did
// not walk through), and a node's neighbours.
import { relationshipKeyPrefix } from '../../graph/relationship-keys.ts';
import { labelOfId, relationshipType, SUGGESTED_TYPES } from '../../ingest/kinds.ts';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { connection, pageArgs } from '../cursor.ts';
import { badInput, notFound } from '../errors.ts';
import { asksAny, asksAnyWithin, asksOnlyId, nodePropertiesAsked, selectionsWithin } from '../lookahead.ts';
import { NAMED_KINDS, resolveRefs } from '../refs.ts';
import { DISPLAY_NAME_PROPERTIES, type NodeMap, RESHAPED_PROPERTIES, type RelSupport } from '../shape.ts';
import { evidenceField } from './base.ts';

export const MAX_HOPS = 6;
export const MAX_PATHS = 10;
/**
 * A node with more relationships than this, of the types paths walk (not EXCLUDED_TYPES), is a hub:
 * paths do not walk through it (a hop through the jurisdiction every company is headquartered in says
 * little, and multiplies the chains), and the answer names it in `pruned`. Ends are never pruned. The
 * corpus's busiest node has ~280.
 */
export const HUB_DEGREE = 1000;

/**
 * Not walked by paths: the "contains" structure of documents (HAS_PASSAGE, EXPRESSED_BY), which would
 * connect everything one report mentions to everything else it mentions, and the machine suggestions
 * (SUGGESTS: unchecked, never a stated fact). MENTIONS and CITES are walked: one passage naming both
 * ends is evidence. queries/paths.cypher spells these types out in its hub degree (a test checks it).
 */
export const EXCLUDED_TYPES = ['HAS_PASSAGE', 'EXPRESSED_BY', ...SUGGESTED_TYPES];

export const typeDefs = /* GraphQL */ `
  "One step of a path, in walking order, with the evidence of the relationship it crosses."
  type PathHop {
    "The node this step leaves."
    from: Node!
    "The node this step reaches."
    to: Node!
    "Relationship type crossed."
    type: String!
    "OUTGOING if the relationship points from 'from' to 'to', INCOMING if it points back."
    direction: Direction!
    "Every supporting passage or source of the relationship."
    evidence: [Evidence!]!
  }

  "A path between two nodes."
  type Path {
    "Number of hops."
    length: Int!
    "Nodes along the path, from start to end."
    nodes: [Node!]!
    "The hops, in order."
    hops: [PathHop!]!
    "The hubs next to either end that the search did not walk through (the same on every path of one answer; see PathSearch.pruned)."
    pruned: [Node!]!
  }

  "The chains between two nodes, and the hubs the search left out."
  type PathSearch {
    "The shortest chains (at most ${MAX_PATHS}), as the paths field gives them."
    paths: [Path!]!
    "Hubs next to either end that the search did not walk through: nodes with more than ${HUB_DEGREE} relationships of the types paths walk (a jurisdiction every company is headquartered in, a passage naming everything). Chains through them may exist, and may be shorter; they say little. Empty when nothing was pruned."
    pruned: [Node!]!
  }

  "A neighbour with the relationship that connects it."
  type NeighborEdge {
    "The neighbouring node."
    node: Node!
    "Relationship type."
    type: String!
    "OUTGOING if the relationship points from the asked node to the neighbour."
    direction: Direction!
    "Every supporting passage or source of the relationship."
    evidence: [Evidence!]!
    "Cursor to continue after this edge."
    cursor: String!
  }

  "A page of neighbours."
  type NeighborConnection {
    "The neighbours of this page."
    edges: [NeighborEdge!]!
    "Pagination state."
    pageInfo: PageInfo!
  }

  extend type Query {
    "The shortest paths (at most ${MAX_PATHS}) between two nodes, given by id or name, of at most maxHops hops (1..${MAX_HOPS}). Derived claims, document containment and hubs (nodes with more than ${HUB_DEGREE} relationships of the types walked, named in each path's pruned) are not walked. Null with an error when an end is unknown or ambiguous."
    paths(from: ID!, to: ID!, maxHops: Int = 4): [Path!]
    "The same search as paths, with the hubs it did not walk through even when no path is found."
    pathSearch(from: ID!, to: ID!, maxHops: Int = 4): PathSearch
    "Neighbours of a node, optionally of some kinds and through some relationship types, in a stable order, cursor-paginated. Null with an error when the node is unknown."
    neighbors(id: ID!, kinds: [Kind!], relationshipTypes: [String!], first: Int = 20, after: String): NeighborConnection
  }
`;

interface PathRow {
  nodes: NodeMap[];
  hops: { type: string; start: string; support: RelSupport }[];
}

interface SearchRow {
  paths: PathRow[];
  pruned: NodeMap[];
}

type PathArgs = { from: string; to: string; maxHops?: number | null };

/** Both ends given as different ids of the model's kinds (`company:dji`). */
const bothIds = (args: PathArgs) => args.from !== args.to && [args.from, args.to].every((r) => !/\s/.test(r) && labelOfId(r) !== undefined);

/** The one search behind paths and pathSearch: both ends resolved in one query, then queries/paths.cypher.
 *  The hubs next to the ends cost a pass over all their relationships: read only when asked for. */
async function searchPaths(args: PathArgs, ctx: ApiContext, withPruned: boolean) {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw badInput(`"maxHops" must be between 1 and ${MAX_HOPS}`);
  const search = (from: string, to: string) =>
    ctx.read<SearchRow>('paths', { from, to, maxHops, limit: MAX_PATHS, excludedTypes: EXCLUDED_TYPES, hubDegree: HUB_DEGREE, withPruned });
  // Two ids of the model's kinds (what tools send) go straight to the search, one round trip: an id
  // match wins in resolve-refs too. Only when an end is missing are they resolved, for the error.
  let [row] = bothIds(args) ? await search(args.from, args.to) : [];
  if (!row) {
    const [from, to] = await resolveRefs(ctx, [args.from, args.to], NAMED_KINDS, 'node', null);
    if (from!.id === to!.id) throw badInput('"from" and "to" name the same node.');
    [row] = await search(from!.id, to!.id);
  }
  const pruned = row?.pruned ?? [];
  const paths = (row?.paths ?? []).map((p) => ({
    length: p.hops.length,
    nodes: p.nodes,
    pruned,
    hops: p.hops.map((h, i) => ({
      from: p.nodes[i],
      to: p.nodes[i + 1],
      type: h.type,
      direction: h.start === p.nodes[i]!.id ? 'OUTGOING' : 'INCOMING',
      support: h.support,
    })),
  }));
  return { paths, pruned };
}

type NeighborRow = { type: string; direction: string; node: NodeMap; support: RelSupport; values?: unknown[] | null };
type NeighborArgs = { id: string; kinds?: string[] | null; relationshipTypes?: string[] | null; first?: number | null; after?: string | null };

/**
 * `limit` neighbours after the first `skip`, in the order of queries/neighbors.cypher (type, neighbour id,
 * outgoing first). Types the model knows are read one by one from their key indexes, concurrently
 * (queries/neighbors-of-type.cypher, the type written into the pattern by queries/index.ts): a dense
 * node's other relationships are not read, nor more of the asked ones than the page needs. All
 * types, or a type the model does not know, take the generic query, which reads the whole neighbourhood.
 */
async function neighborRows(
  ctx: ApiContext,
  args: NeighborArgs,
  page: { skip: number; limit: number; withSupport: boolean; properties: string[] | null },
): Promise<NeighborRow[]> {
  const rows = await neighborQueries(ctx, args, page);
  const { properties } = page;
  if (!properties) return rows;
  for (const row of rows) {
    const values = row.values;
    if (Array.isArray(values)) properties.forEach((p, i) => { row.node[p] = values[i]; });
  }
  return rows;
}

async function neighborQueries(
  ctx: ApiContext,
  args: NeighborArgs,
  page: { skip: number; limit: number; withSupport: boolean; properties: string[] | null },
): Promise<NeighborRow[]> {
  const { skip, limit, withSupport, properties } = page;
  const types = args.relationshipTypes?.length ? [...new Set(args.relationshipTypes)].sort() : null;
  const kinds = args.kinds?.length ? args.kinds : null;
  if (!types?.every((t) => relationshipType(t))) {
    return ctx.read<NeighborRow>('neighbors', { id: args.id, types, excludedTypes: SUGGESTED_TYPES, kinds, skip, limit, withSupport, properties });
  }
  const ofType = (type: string, s: number, l: number) =>
    ctx.read<NeighborRow>(`neighbors-of-type@${type}`, { key: relationshipKeyPrefix(args.id, type), kinds, skip: s, limit: l, withSupport, properties });
  if (types.length === 1) return ofType(types[0]!, skip, limit);
  // Types in order, each read from its start as far as the page could reach.
  const pages = await Promise.all(types.map((t) => ofType(t, 0, skip + limit)));
  return pages.flat().slice(skip, skip + limit);
}

/** Node fields answered by a resolver, with the properties it reads (every Node type shares displayName, base.ts nodeFields). */
const NODE_FIELD_READS: Record<string, readonly string[]> = { displayName: DISPLAY_NAME_PROPERTIES };

/** The path query gives nodes as id and label: the whole node is read (batched, once per node per
 *  request) only when the query asks for more than ids. */
const wholeNode = (n: NodeMap, ctx: ApiContext, info: GraphQLResolveInfo) => (asksOnlyId(info) ? n : ctx.loaders.node.load(String(n.id)));
const wholeNodes = (ns: NodeMap[], ctx: ApiContext, info: GraphQLResolveInfo) =>
  asksOnlyId(info) ? ns : Promise.all(ns.map((n) => ctx.loaders.node.load(String(n.id))));

type HopRow = { from: NodeMap; to: NodeMap };

/**
 * What a neighbors selection reads, by its field nodes: compiled execution (api/jit.ts) passes the
 * same nodes for every request of a document, whose fragments and schema are fixed with them, so the
 * selection is walked once per document instead of once per request.
 */
const neighborReadsByNodes = new WeakMap<readonly FieldNode[], { withSupport: boolean; properties: string[] | null }>();

function neighborReads(info: GraphQLResolveInfo): { withSupport: boolean; properties: string[] | null } {
  let reads = neighborReadsByNodes.get(info.fieldNodes);
  if (!reads) {
    reads = {
      withSupport: asksAnyWithin(info, ['edges'], ['evidence']),
      properties: nodePropertiesAsked(info, selectionsWithin(info, ['edges', 'node']), 'Node', NODE_FIELD_READS, RESHAPED_PROPERTIES),
    };
    neighborReadsByNodes.set(info.fieldNodes, reads);
  }
  return reads;
}

export const resolvers = {
  Path: {
    nodes: (p: { nodes: NodeMap[] }, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => wholeNodes(p.nodes, ctx, info),
    pruned: (p: { pruned: NodeMap[] }, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => wholeNodes(p.pruned, ctx, info),
  },
  PathSearch: {
    pruned: (p: { pruned: NodeMap[] }, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => wholeNodes(p.pruned, ctx, info),
  },
  PathHop: {
    evidence: evidenceField,
    from: (h: HopRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => wholeNode(h.from, ctx, info),
    to: (h: HopRow, _: unknown, ctx: ApiContext, info: GraphQLResolveInfo) => wholeNode(h.to, ctx, info),
  },
  NeighborEdge: { evidence: evidenceField },
  Query: {
    paths: async (_: unknown, args: PathArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
      (await searchPaths(args, ctx, asksAny(info, ['pruned']))).paths,
    pathSearch: (_: unknown, args: PathArgs, ctx: ApiContext) => searchPaths(args, ctx, true),
    neighbors: async (_: unknown, args: NeighborArgs, ctx: ApiContext, info: GraphQLResolveInfo) => {
      const { skip, limit } = pageArgs(args.first, args.after);
      // The relationships' support is read only when an edge's evidence is asked for, and of the
      // neighbours only the properties their fields read, when the selection says which (DJI's 3
      // RESTRICTS: 5 of their ~15 properties for `id displayName`); otherwise the whole node.
      const { withSupport, properties } = neighborReads(info);
      const rows = await neighborRows(ctx, args, { skip, limit: limit + 1, withSupport, properties });
      // An empty first page is either a node without such neighbours or an id that names nothing: only
      // then is the node looked up, so a mistyped id is an error, not an empty answer.
      if (rows.length === 0 && skip === 0 && !(await ctx.loaders.node.load(args.id))) throw notFound('node', args.id);
      const page = connection(rows, skip, limit);
      return { ...page, edges: page.edges.map((e) => ({ ...e.node, cursor: e.cursor })) };
    },
  },
};
