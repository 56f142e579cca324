// Full-text search across kinds, ranked, cursor-paginated.
import type { ApiContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { connection, pageArgs } from '../cursor.ts';
import { displayName, type NodeMap } from '../shape.ts';

/** Longest search string accepted; longer ones are refused with BAD_USER_INPUT. */
export const MAX_QUERY_CHARS = 256;
/** The fields that hold names, aliases and acronyms (graph/schema.ts), searched as a phrase for exact matches. */
const NAME_FIELDS = ['name', 'nameZh', 'searchText'];
/** Lucene's best hits ranked here, at least: a common word's thousands of passages are not all read. */
const MIN_CANDIDATES = 500;

export const typeDefs = /* GraphQL */ `
  "One search hit."
  type SearchHit {
    "Node id of the hit."
    id: ID!
    "Its kind (node label)."
    kind: Kind!
    "A display name: name, title, or law and provision number."
    label: String!
    "A short piece of the matched text (or the description)."
    snippet: String
    "Lucene relevance score (higher is better)."
    score: Float!
    "Whether the query is exactly one of the hit's names, aliases or acronyms (such hits rank first)."
    exact: Boolean!
    "The node itself, for typed fields (... on Company { name })."
    node: Node!
  }

  "A search hit with its cursor."
  type SearchEdge {
    "The hit."
    node: SearchHit!
    "Cursor to continue after this hit."
    cursor: String!
  }

  "Pagination state."
  type PageInfo {
    "Whether more results follow."
    hasNextPage: Boolean!
    "Cursor of the last edge, to pass as after."
    endCursor: String
  }

  "A page of search hits."
  type SearchConnection {
    "The hits of this page."
    edges: [SearchEdge!]!
    "Pagination state."
    pageInfo: PageInfo!
  }

  extend type Query {
    "Full-text search over names, aliases (English and Chinese), titles and provision and passage text. Exact name matches first, then by relevance. Plain words: operators are taken literally; at most 256 characters. Null with an error when the query is refused."
    search(query: String!, kinds: [Kind!], first: Int = 20, after: String): SearchConnection
  }
`;

/** Lucene syntax in user input is taken literally: every special character is escaped. */
export function escapeLucene(input: string): string {
  return input.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (m) => m.toLowerCase());
}

interface Hit {
  node: NodeMap;
  score: number;
  exact: boolean;
}

function snippet(n: NodeMap): string | null {
  const text = (n.text ?? n.description ?? n.title ?? null) as string | null;
  return text ? text.slice(0, 240) : null;
}

/** The search statement's parameters: `q` the text escaped (escapeLucene), `raw` as typed. */
export function searchParams(raw: string, q: string, labels: string[] | null, skip: number, limit: number) {
  return {
    query: q,
    names: NAME_FIELDS.map((f) => `${f}:"${q}"`).join(' OR '),
    raw,
    labels,
    candidates: labels ? null : Math.max(MIN_CANDIDATES, 2 * (skip + limit + 1)),
    skip,
    limit: limit + 1,
  };
}

export const resolvers = {
  SearchHit: {
    node: (h: { node: NodeMap }) => h.node,
  },
  Query: {
    search: async (_: unknown, args: { query: string; kinds?: string[] | null; first?: number | null; after?: string | null }, ctx: ApiContext) => {
      const { skip, limit } = pageArgs(args.first, args.after);
      // Every word becomes a Lucene clause: a bound keeps the index inside its clause limit.
      if (args.query.length > MAX_QUERY_CHARS) throw badInput(`"query" is longer than ${MAX_QUERY_CHARS} characters`);
      const q = escapeLucene(args.query.trim());
      if (!q) return connection([], skip, limit);
      const labels = args.kinds?.length ? args.kinds : null;
      const rows = await ctx.read<Hit>('search', searchParams(args.query, q, labels, skip, limit));
      const hits = rows.map((r) => ({
        id: r.node.id,
        kind: r.node.nodeLabel,
        label: displayName(r.node),
        snippet: snippet(r.node),
        score: r.score,
        exact: r.exact,
        node: r.node,
      }));
      return connection(hits, skip, limit);
    },
  },
};
