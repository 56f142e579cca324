// The catalog as the pseudo-document `catalog`: every entity node, and every fact as a relationship whose
// evidence is the entry (`<file>#<id>`), method `catalog` and the fact's public source URL; the fact's
// dates (`from`, `to`) and standing (undated, unverified, checked) are properties of the relationship.
// A HAS_CAPACITY fact ends at a Capacity node named by the capacity vocabulary.
import type { Emitter, PropertyValue } from '../emit.ts';
import type { Catalog, CatalogEntry, CatalogFact } from './index.ts';
import { entityProperties } from './index.ts';

export const CATALOG_DOCUMENT = 'catalog';
const DEFAULT_CONFIDENCE = 0.9;

export const entryLocator = (e: CatalogEntry): string => `${e.file}#${e.id}`;

export function emitEntity(emit: Emitter, e: CatalogEntry): string {
  // Support goes to the emitting document (the catalog itself, or a report naming the entity);
  // the properties come from the catalog entry, cited by its url.
  return emit.node(e.id, [e.label], entityProperties(e), {
    locator: entryLocator(e),
    method: 'catalog',
    url: e.url,
  });
}

export type CatalogSummary = { kind: 'catalog'; entries: number; facts: number; byLabel: Record<string, number>; byFact: Record<string, number> };

/** Emits into `emit` (whose document should be `catalog`) and returns counts for the ingest report. */
export function emitCatalog(emit: Emitter, catalog: Catalog): CatalogSummary {
  const byLabel: Record<string, number> = {};
  const byFact: Record<string, number> = {};
  for (const e of catalog.entries) {
    emitEntity(emit, e);
    byLabel[e.label] = (byLabel[e.label] ?? 0) + 1;
  }
  let facts = 0;
  for (const e of catalog.entries) {
    for (const f of e.facts) {
      if (f.type === 'HAS_CAPACITY') emitCapacity(emit, catalog, f.target);
      emit.rel(
        f.type,
        e.id,
        f.target,
        {
          documentId: CATALOG_DOCUMENT,
          locator: entryLocator(e),
          method: 'catalog',
          confidence: f.confidence ?? DEFAULT_CONFIDENCE,
          url: f.url,
        },
        factProperties(f),
      );
      byFact[f.type] = (byFact[f.type] ?? 0) + 1;
      facts++;
    }
  }
  return { kind: 'catalog', entries: catalog.entries.length, facts, byLabel, byFact };
}

/** What a fact says besides its ends: the summary, when it holds, and how far it was checked. */
function factProperties(f: CatalogFact): Record<string, PropertyValue | undefined> {
  return {
    summary: f.summary,
    from: f.from,
    to: f.to,
    undated: f.undated || undefined,
    unverified: f.status === 'unverified' || undefined,
    checked: f.checked,
  };
}

/** The Capacity node a HAS_CAPACITY fact ends at, named as the vocabulary names it. */
function emitCapacity(emit: Emitter, catalog: Catalog, id: string): void {
  const capacity = catalog.capacities.get(id);
  if (!capacity) throw new Error(`catalog has no capacity ${id}`);
  // The statutory terms it meets, in every language: membership in actor classes is derived from them.
  const meets = Object.values(capacity.meets).flat();
  emit.node(id, ['Capacity'], { name: capacity.name, meets, searchText: [capacity.name, ...meets].join(' | ') }, { locator: `ingest/vocab/capacities.yaml#${capacity.id}`, method: 'structure' });
}

export { entityProperties };
