// References by id or name (lookups, paths): one batched query, then none / one / many.
import { NAMED_LABELS } from '../ingest/kinds.ts';
import type { ApiContext } from './context.ts';
import { ambiguous, notFound } from './errors.ts';
import type { NodeMap } from './shape.ts';

/** Kinds a journalist refers to by name (ingest/kinds.ts). Provisions, norms, passages and claims go by id. */
export const NAMED_KINDS: string[] = [...NAMED_LABELS];

/**
 * Resolves each reference to exactly one node, or throws NOT_FOUND / AMBIGUOUS. Names are looked
 * up among `labels`; ids among `idLabels` (null: an id of any node).
 */
export async function resolveRefs(
  ctx: ApiContext,
  refs: string[],
  labels: string[],
  what: string,
  idLabels: string[] | null = labels,
): Promise<NodeMap[]> {
  const rows = await ctx.read<{ ref: string; candidates: NodeMap[] }>('resolve-refs', { refs, labels, idLabels });
  const byRef = new Map(rows.map((r) => [r.ref, r.candidates]));
  return refs.map((ref) => {
    const found = byRef.get(ref) ?? [];
    if (found.length === 0) throw notFound(what, ref);
    if (found.length > 1) throw ambiguous(ref, found);
    return found[0]!;
  });
}

/** A single optional lookup: null when nothing is named so, an error when several are. */
export async function lookup(ctx: ApiContext, ref: string, labels: string[]): Promise<NodeMap | null> {
  const rows = await ctx.read<{ ref: string; candidates: NodeMap[] }>('resolve-refs', { refs: [ref], labels, idLabels: labels });
  const found = rows[0]?.candidates ?? [];
  if (found.length > 1) throw ambiguous(ref, found);
  return found[0] ?? null;
}
