// Per-request DataLoaders: every nested field that needs the database goes through one of these,
// so a list of N parents costs one round trip per level, never N.
import DataLoader from 'dataloader';
import { SUGGESTED_TYPES } from '../ingest/kinds.ts';
import type { ApiContext } from './context.ts';
import type { NodeMap, RelSupport } from './shape.ts';

type Reader = Pick<ApiContext, 'read'>;

export interface Relation {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  node: NodeMap;
  support: RelSupport;
}

export interface PremiseRow {
  id: string;
  type: string;
  from: NodeMap;
  to: NodeMap;
  support: RelSupport;
}

export interface NormLinks {
  provision: NodeMap | null;
  bearers: NodeMap[];
  empowers: NodeMap[];
  owedTo: NodeMap[];
  requires: NodeMap[];
  dataCategories: NodeMap[];
  triggers: NodeMap[];
  sanctionedBy: NodeMap[];
}

export interface VersionLinks {
  law: NodeMap | null;
  document: NodeMap | null;
  amends: NodeMap[];
  amendedBy: NodeMap[];
}

/** One named query keyed by `$ids`; rows carry `id`; `pick` turns a row into the value. */
function byId<V>(ctx: Reader, name: string, pick: (row: Record<string, unknown>) => V, missing: V) {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await ctx.read(name, { ids: [...ids] });
    const found = new Map(rows.map((r) => [r.id as string, pick(r)]));
    return ids.map((id) => found.get(id) ?? missing);
  });
}

export function createLoaders(ctx: Reader) {
  return {
    node: byId<NodeMap | null>(ctx, 'nodes-by-id', (r) => r.node as NodeMap, null),
    normsByProvision: byId<NodeMap[]>(ctx, 'norms-by-provision', (r) => r.norms as NodeMap[], []),
    normLinks: byId<NormLinks | null>(ctx, 'norm-links', (r) => r as unknown as NormLinks, null),
    versionsByLaw: byId<NodeMap[]>(ctx, 'versions-by-law', (r) => r.versions as NodeMap[], []),
    versionLinks: byId<VersionLinks | null>(ctx, 'version-links', (r) => r as unknown as VersionLinks, null),
    provisionContext: byId<{ version: NodeMap; law: NodeMap | null } | null>(
      ctx,
      'provision-context',
      (r) => ({ version: r.version as NodeMap, law: r.law as NodeMap | null }),
      null,
    ),
    premise: byId<PremiseRow | null>(ctx, 'premises', (r) => r as unknown as PremiseRow, null),
    provisions: provisionsByDocument(ctx),
    relations: relationsOf(ctx),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** What `loadMany` found: ids with no row are left out (the graph has no such node), but a batch that
 *  failed (a timeout) throws, so the field answers an error and never a silently shorter list. */
export function found<T>(rows: (T | Error | null | undefined)[]): T[] {
  const failed = rows.find((r) => r instanceof Error);
  if (failed) throw failed;
  return rows.filter((r): r is T => r != null);
}

/** Key: document id and provision kind (empty for all). One query per distinct kind asked. */
function provisionsByDocument(ctx: Reader) {
  return new DataLoader<string, NodeMap[]>(async (keys) => {
    const byKind = new Map<string, string[]>();
    for (const k of keys) {
      const [docId, kind] = k.split('\u0000') as [string, string];
      byKind.set(kind, [...(byKind.get(kind) ?? []), docId]);
    }
    const found = new Map<string, NodeMap[]>();
    for (const [kind, ids] of byKind) {
      const rows = await ctx.read<{ documentId: string; provisions: NodeMap[] }>('provisions-by-document', {
        documentIds: ids,
        kind: kind || null,
      });
      for (const r of rows) found.set(`${r.documentId}\u0000${kind}`, r.provisions);
    }
    return keys.map((k) => found.get(k) ?? []);
  });
}

export function relationsKey(id: string, types: string[] | null, direction: string | null, limit: number): string {
  return JSON.stringify([id, types, direction, limit]);
}

/** Key: relationsKey(...). Parents asking with the same arguments share one query. */
function relationsOf(ctx: Reader) {
  return new DataLoader<string, Relation[]>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const k of keys) {
      const [id, ...rest] = JSON.parse(k) as [string, string[] | null, string | null, number];
      const g = JSON.stringify(rest);
      groups.set(g, [...(groups.get(g) ?? []), id]);
    }
    const found = new Map<string, Relation[]>();
    for (const [g, ids] of groups) {
      const [types, direction, limit] = JSON.parse(g) as [string[] | null, string | null, number];
      const rows = await ctx.read<{ id: string; relations: Relation[] }>('relations-of', { ids, types, excludedTypes: SUGGESTED_TYPES, direction, limit });
      for (const r of rows) found.set(relationsKey(r.id, types, direction, limit), r.relations);
    }
    return keys.map((k) => found.get(k) ?? []);
  });
}
