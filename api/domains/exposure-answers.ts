// Exposure profiles' answers kept parsed (graph/exposure): a profile's answer is a few hundred items
// shared by every company of that profile, and its digest names its content, so a parsed answer stays
// right until the derivation writes another (a new digest). Bounded: the least recently used goes first.
import type { ExposureClaim } from '../../graph/exposure/derive.ts';

const LIMIT = 64;
const parsed = new Map<string, readonly ExposureClaim[]>();

/** The digests held, for the query to skip reading those answers again. */
export const cachedDigests = (): string[] => [...parsed.keys()];

/** The profile's items: parsed from `answer` when the query read it, else the ones held; undefined when
 *  neither (evicted between the query and now: ask again without the cache). */
export function profileItems(digest: string, answer: string | null): readonly ExposureClaim[] | undefined {
  let items = parsed.get(digest);
  if (answer !== null && !items) items = Object.freeze(JSON.parse(answer) as ExposureClaim[]);
  if (!items) return undefined;
  parsed.delete(digest);
  parsed.set(digest, items);
  if (parsed.size > LIMIT) parsed.delete(parsed.keys().next().value as string);
  return items;
}
