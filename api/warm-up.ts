// The statements of the explorer's first clicks, asked once in the background after the API listens
// (cli/serve.ts): in a fresh JVM each new statement costs 0.6-1.9 s of CPU to plan (the planner's code
// interpreted and compiled, not the data), so a user's first search or company page waited seconds,
// and on a busy machine ran into the API's time limit. The texts are the API's own named queries
// (queries/), with parameters of the types the resolvers send, naming nothing the graph holds: each
// plan is made and cached, the answer is empty and cheap.
// A statement that its transaction's time limit stops while Neo4j is still planning it leaves no plan: the next run
// plans from nothing again (measured: exposure on a cold JVM at load 15, four runs with a 300 ms limit each failed after
// 1.3-2.6 s, one without a limit answered after 8.9 s, and the next with 300 ms in 111 ms). So the warm-up runs its
// statements with a limit long enough for a cold plan on a busy machine (PLAN_TIMEOUT_MS), not the API's: with the
// API's 5 s, on a machine at load 15-20 every warm-up statement was stopped and none planned, and a user asking a
// company's exposure again and again after a new store's first load met the time limit on every try. The API, too,
// has a named query's plan made this way before the query's first run (planOnce), then runs it under its own limit.
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

/** The warm-up's time limit per statement: its statements name nothing, so what it bounds is the planning. */
export const PLAN_TIMEOUT_MS = 120_000;

/** An id of no node: the lookups find nothing. */
const NONE = 'warm-up:none';
/** A name of no company, under ten characters as most companies' names asked are. */
const SHORT_NONE = 'warm:none';
const WORD = 'warmup';

/** In the order a user clicks: the home page, search, an entity by id or name, a company's exposure, paths, the
 *  neighbourhood. */
export function warmStatements(): WarmStatement[] {
  return [
    // The home page's two (web/queries/home.graphql), asked in process before listening (cli/serve.ts warmHome), and the
    // first request of most starts: under the API's limit alone, on a machine at load 20 every try of `stats` was stopped
    // while Neo4j still planned it (QUERY_TIMEOUT twice, 6 and 18 s, before an answer 29 s after listening). They read
    // the store's counts and its documents whatever their parameters, so their warm run answers as the real one does
    // (cheap once planned: the start pays one run more of each).
    { name: 'stats', params: {} },
    { name: 'documents', params: { kind: null } },
    // Words as a user types them (an id's punctuation would be Lucene syntax): one word and two take
    // different paths in the index (a term query, a boolean one and a phrase), each cold once.
    ...[WORD, `${WORD} ${WORD}s`].map((w) => ({ name: 'search', params: searchParams(w, escapeLucene(w), null, 0, 50) })),
    { name: 'nodes-by-id', params: { ids: [NONE] } },
    { name: 'relations-of', params: { ids: [NONE], types: null, excludedTypes: SUGGESTED_TYPES, direction: null, limit: 200 } },
    { name: 'resolve-refs', params: { refs: [NONE], labels: NAMED_KINDS, idLabels: NAMED_KINDS } },
    // A string parameter's length, by powers of ten, is part of a plan's key in Neo4j's cache (as a list's size is):
    // a company asked by a short name ("DJI", "BYD") is planned apart from one asked by an id, so both are warmed.
    ...[NONE, SHORT_NONE].map((company) => ({
      name: 'exposure',
      params: { company, asOf: '2000-01-01', billStatuses: BILL_STATUSES, measures: true, capacities: true, cached: cachedDigests() },
    })),
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
 * Plans the statements of every name, one name at a time (the machine may have two cores, and the first real requests
 * share them) until done or `stopped()`, through planOnce: a name a request has already had planned is not asked
 * again, and a request for a name the warm-up is planning waits for it. A failure is logged and the next statement
 * asked: warming is an optimisation, never a reason to stop serving. Resolves to the statements that answered.
 */
export async function warmUp(db: Database, stopped: () => boolean, warn: (msg: string) => void): Promise<number> {
  let done = 0;
  for (const name of new Set(warmStatements().map((s) => s.name))) {
    if (stopped()) break;
    done += await planOnce(db, name, warn, stopped);
  }
  return done;
}

const planning = new WeakMap<Database, Map<string, Promise<number>>>();

/**
 * The warm-up statements of named query `name` (naming nothing, so only the plan costs), run once per database under
 * PLAN_TIMEOUT_MS; every caller shares the one run. The API awaits it before a named query's first run in the process
 * (api/server.ts), so the API's time limit bounds executing a statement, not planning it in a cold JVM, which the limit
 * would stop and throw away. Resolves (never rejects) to the statements that answered; at once for a name the warm-up
 * does not know.
 */
export function planOnce(db: Database, name: string, warn: (msg: string) => void = () => {}, stopped: () => boolean = () => false): Promise<number> {
  const names = planning.get(db) ?? new Map<string, Promise<number>>();
  planning.set(db, names);
  let planned = names.get(name);
  if (!planned) {
    planned = planStatements(db, warmStatements().filter((s) => s.name === name), warn, stopped);
    names.set(name, planned);
  }
  return planned;
}

async function planStatements(db: Database, statements: WarmStatement[], warn: (msg: string) => void, stopped: () => boolean): Promise<number> {
  let done = 0;
  for (const { name, params } of statements) {
    if (stopped()) break;
    try {
      await runRead(db, query(name), params, PLAN_TIMEOUT_MS);
      done++;
    } catch (err) {
      if (stopped()) break;
      warn(`warming ${name} failed: ${(err as Error).message}`);
    }
  }
  return done;
}
