// The statements of the explorer's first clicks, asked once in the background after the API listens
// (cli/serve.ts): in a fresh JVM each new statement costs 0.6-1.9 s of CPU to plan (the planner's code
// interpreted and compiled, not the data), so a user's first search or company page waited seconds,
// and on a busy machine ran into the API's time limit. The texts are the API's own named queries
// (queries/), with parameters of the types the resolvers send, naming nothing the graph holds: each
// plan is made and cached, the answer is empty and cheap.
import { BILL_STATUSES } from '../ingest/catalog/index.ts';
import { SUGGESTED_TYPES } from '../ingest/kinds.ts';
import { relationshipKeyPrefix } from '../graph/relationship-keys.ts';
import type { Database } from '../graph/database.ts';
import { query } from '../queries/index.ts';
import { runRead } from './context.ts';
import { cachedDigests } from './domains/exposure-answers.ts';
import { EXCLUDED_TYPES, HUB_DEGREE, MAX_PATHS } from './domains/paths.ts';
import { escapeLucene, searchParams } from './domains/search.ts';
import { NAMED_KINDS } from './refs.ts';

export interface WarmStatement {
  /** A named query (queries/index.ts `query`), as a resolver names it. */
  name: string;
  params: Record<string, unknown>;
}

/** An id of no node: the lookups find nothing. */
const NONE = 'warm-up:none';
const WORD = 'warmup';

/** In the order a user clicks: search, an entity by id or name, a company's exposure, paths, the neighbourhood. */
export function warmStatements(): WarmStatement[] {
  return [
    // Words as a user types them (an id's punctuation would be Lucene syntax): one word and two take
    // different paths in the index (a term query, a boolean one and a phrase), each cold once.
    ...[WORD, `${WORD} ${WORD}s`].map((w) => ({ name: 'search', params: searchParams(w, escapeLucene(w), null, 0, 50) })),
    { name: 'nodes-by-id', params: { ids: [NONE] } },
    { name: 'relations-of', params: { ids: [NONE], types: null, excludedTypes: SUGGESTED_TYPES, direction: null, limit: 200 } },
    { name: 'resolve-refs', params: { refs: [NONE], labels: NAMED_KINDS, idLabels: NAMED_KINDS } },
    {
      name: 'exposure',
      params: { company: NONE, asOf: '2000-01-01', billStatuses: BILL_STATUSES, measures: true, capacities: true, cached: cachedDigests() },
    },
    { name: 'premises', params: { ids: [NONE] } },
    {
      name: 'paths',
      params: { from: NONE, to: `${NONE}:2`, maxHops: 4, limit: MAX_PATHS, excludedTypes: EXCLUDED_TYPES, hubDegree: HUB_DEGREE, withPruned: false },
    },
    { name: 'neighbors', params: { id: NONE, types: null, excludedTypes: SUGGESTED_TYPES, kinds: null, skip: 0, limit: 21, withSupport: true, properties: null } },
    {
      name: 'neighbors-of-type@HAS_PASSAGE',
      params: { key: relationshipKeyPrefix(NONE, 'HAS_PASSAGE'), kinds: null, skip: 0, limit: 21, withSupport: true, properties: null },
    },
    // Ends of a path given by name: their ids may be of any node.
    { name: 'resolve-refs', params: { refs: [NONE], labels: NAMED_KINDS, idLabels: null } },
  ];
}

/**
 * Runs the statements one at a time (the machine may have two cores, and the first real requests
 * share them) until done or `stopped()`. A failure is logged and the next statement asked: warming
 * is an optimisation, never a reason to stop serving.
 */
export async function warmUp(
  db: Database,
  timeoutMs: number,
  stopped: () => boolean,
  warn: (msg: string) => void,
  statements: WarmStatement[] = warmStatements(),
): Promise<number> {
  let done = 0;
  for (const { name, params } of statements) {
    if (stopped()) break;
    try {
      await runRead(db, query(name), params, timeoutMs);
      done++;
    } catch (err) {
      if (stopped()) break;
      warn(`warming ${name} failed: ${(err as Error).message}`);
    }
  }
  return done;
}
