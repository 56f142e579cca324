// Exposure profiles' answers kept parsed (graph/exposure): a profile's answer is a few hundred items
// shared by every company of that profile, and its digest names its content, so a parsed answer stays
// right until the derivation writes another (a new digest). Bounded: the least recently used goes first.
import { COMPANY, type ExposureClaim } from '../../graph/exposure/derive.ts';

/** An item as the profile's answer stores it (graph/exposure/index.ts): the claim, with its rule and method. */
export type StoredItem = ExposureClaim & { rule: string; method: string };

const LIMIT = 64;
const parsed = new Map<string, readonly StoredItem[]>();

/** The digests held, for the query to skip reading those answers again. */
export const cachedDigests = (): string[] => [...parsed.keys()];

/** The profile's items: parsed from `answer` when the query read it, else the ones held; undefined when
 *  neither (evicted between the query and now: ask again without the cache). */
export function profileItems(digest: string, answer: string | null): readonly StoredItem[] | undefined {
  let items = parsed.get(digest);
  if (answer !== null && !items) items = Object.freeze(JSON.parse(answer) as StoredItem[]);
  if (!items) return undefined;
  parsed.delete(digest);
  parsed.set(digest, items);
  if (parsed.size > LIMIT) parsed.delete(parsed.keys().next().value as string);
  return items;
}

/** The fields of a stored item read as they are (every field but those naming the company): the type
 *  checker keeps this list whole. */
const SHARED: Record<Exclude<keyof StoredItem, 'id' | 'companyId' | 'premises'>, true> = {
  provisionId: true, lawId: true, versionId: true, inForceFrom: true, inForceTo: true, versionStatus: true, tier: true,
  categories: true, status: true, conditions: true, reach: true, citation: true, statement: true, normIds: true,
  evidence: true, sanctions: true, rank: true, rule: true, method: true,
};

/** A profile's item bound to one company, as the resolvers read it. */
export type BoundItem = StoredItem & { nodeLabel: 'Claim' };

/**
 * A profile's item bound to one company without copying it: the stored item's fields are read through
 * (a few hundred items of twenty fields each were copied twice per request, for answers that read four
 * of them); its id and premises, the only fields that name the company, are made when read.
 */
class Bound {
  readonly nodeLabel = 'Claim';
  readonly item: StoredItem;
  readonly companyId: string;
  readonly #premises: Record<string, string>;
  constructor(item: StoredItem, companyId: string, premises: Record<string, string>) {
    this.item = item;
    this.companyId = companyId;
    this.#premises = premises;
  }
  get id(): string {
    return this.item.id.replace(COMPANY, this.companyId);
  }
  get premises(): string[] {
    return this.item.premises.map((p) => this.#premises[p] ?? p);
  }
}
for (const key of Object.keys(SHARED)) {
  Object.defineProperty(Bound.prototype, key, {
    get(this: Bound) {
      return this.item[key as keyof StoredItem];
    },
  });
}

/** The stored item `item` as the company's: its id and premises name the company (graph/exposure bindItem). */
export const bindToCompany = (item: StoredItem, companyId: string, premises: Record<string, string>): BoundItem =>
  new Bound(item, companyId, premises) as unknown as BoundItem;
