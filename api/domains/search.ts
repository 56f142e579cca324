// Full-text search across kinds, ranked, cursor-paginated.
import type { ApiContext } from '../context.ts';
import { connection, pageArgs } from '../cursor.ts';

export const typeDefs = /* GraphQL */ `
  "What search can return."
  enum Kind {
    Document
    Law
    LawVersion
    Provision
    ActorClass
    Authority
    DataCategory
    Jurisdiction
    Company
    Product
    Technology
    StandardBody
    Standard
    Organization
    Person
    Passage
  }

  "One search hit."
  type SearchHit {
    "Node id of the hit."
    id: ID!
    "Its kind (node label)."
    kind: Kind!
    "A display name: name, title, or provision number and document."
    label: String!
    "A short piece of the matched text."
    snippet: String
    "Lucene relevance score (higher is better)."
    score: Float!
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
    "Full-text search over names, aliases (English and Chinese), titles and provision text, ranked. Plain words: operators are taken literally."
    search(query: String!, kinds: [Kind!], first: Int = 20, after: String): SearchConnection!
  }
`;

/** Lucene syntax in user input is taken literally: every special character is escaped. */
export function escapeLucene(input: string): string {
  return input.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (m) => m.toLowerCase());
}

interface Hit {
  node: Record<string, unknown> & { id: string; nodeLabel: string };
  score: number;
}

function label(n: Hit['node']): string {
  if (n.nodeLabel === 'Provision') return `${n.documentId} ${n.number}`;
  if (n.nodeLabel === 'Passage') return `${n.documentId} ${n.locator}`;
  return String(n.name ?? n.title ?? n.id);
}

function snippet(n: Hit['node']): string | null {
  const text = (n.text ?? n.description ?? null) as string | null;
  return text ? text.slice(0, 240) : null;
}

export const resolvers = {
  Query: {
    search: async (_: unknown, args: { query: string; kinds?: string[] | null; first?: number | null; after?: string | null }, ctx: ApiContext) => {
      const { skip, limit } = pageArgs(args.first, args.after);
      const q = escapeLucene(args.query.trim());
      if (!q) return connection([], skip, limit);
      const rows = await ctx.read<Hit>('search', { query: q, labels: args.kinds?.length ? args.kinds : null, skip, limit: limit + 1 });
      const hits = rows.map((r) => ({ id: r.node.id, kind: r.node.nodeLabel, label: label(r.node), snippet: snippet(r.node), score: r.score }));
      return connection(hits, skip, limit);
    },
  },
};
