// The API's named errors. They reach clients as written (not masked), each with a stable code.
import { GraphQLError } from 'graphql';
import { displayName, type NodeMap } from './shape.ts';

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function notFound(what: string, ref: string): GraphQLError {
  return new GraphQLError(`No ${what} named or with id "${ref}".`, { extensions: { code: 'NOT_FOUND', ref } });
}

/** A name that fits several nodes: the message and the extensions list the candidates. */
export function ambiguous(ref: string, candidates: NodeMap[]): GraphQLError {
  const list = candidates.map((c) => ({ id: c.id, kind: c.nodeLabel, name: displayName(c) }));
  return new GraphQLError(
    `"${ref}" is ambiguous; pass one of these ids instead: ${list.map((c) => `${c.id} (${c.kind} ${c.name})`).join(', ')}.`,
    { extensions: { code: 'AMBIGUOUS', ref, candidates: list } },
  );
}
