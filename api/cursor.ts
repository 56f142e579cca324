// Opaque cursors for offset pagination. Offsets are fine here: results are ranked and stable.
import { GraphQLError } from 'graphql';
export const MAX_PAGE = 100;

export function pageArgs(first: number | null | undefined, after: string | null | undefined): { skip: number; limit: number } {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
    throw new GraphQLError(`"first" must be between 1 and ${MAX_PAGE}`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return { skip: after ? decodeCursor(after) + 1 : 0, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new GraphQLError("invalid cursor", { extensions: { code: "BAD_USER_INPUT" } });
  return Number(m[1]);
}

/** A page of results as a connection: fetch limit + 1 rows to know whether there is more. */
export function connection<T>(rows: T[], skip: number, limit: number) {
  const nodes = rows.slice(0, limit);
  return {
    edges: nodes.map((node, i) => ({ node, cursor: encodeCursor(skip + i) })),
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: nodes.length ? encodeCursor(skip + nodes.length - 1) : null,
    },
  };
}
