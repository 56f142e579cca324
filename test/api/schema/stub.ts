// The database-free API tier: the GraphQL server built as in production, with its named-query
// layer replaced by canned rows (no Neo4j, no mock of neo4j-driver). The stub records every call
// and refuses what the real layer would not accept or could not return: a name with no file in
// queries/, parameters other than the ones the .cypher file uses, and canned rows whose columns
// are not the ones its final RETURN clause names. So canned rows keep the real queries' shape.
import type { QueryRunner } from '../../../api/context.ts';
import { createApi } from '../../../api/server.ts';
import { query } from '../../../queries/index.ts';

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

/** What a named query answers: rows, rows computed from the parameters, or an error to throw. */
export type Canned = Row[] | ((params: Params) => Row[]) | Error;

export interface Call {
  name: string;
  params: Params;
}

/** The `$parameters` a named query uses (comments left out). */
export function parametersOf(name: string): string[] {
  const code = query(name).replace(/\/\/.*$/gm, '');
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
}

/** The columns of a named query's final, top-level RETURN clause. */
export function columnsOf(name: string): string[] {
  const code = query(name).replace(/\/\/.*$/gm, '');
  const at = [...code.matchAll(/^RETURN /gm)].at(-1);
  if (!at) throw new Error(`queries/${name}.cypher has no top-level RETURN`);
  const clause = code.slice(at.index + 'RETURN '.length).split(/^(?:ORDER BY|SKIP|LIMIT) /m)[0]!;
  return topLevelItems(clause).map((item) => {
    const alias = /\bAS\s+(\w+)$/.exec(item) ?? /^(\w+)$/.exec(item);
    if (!alias) throw new Error(`queries/${name}.cypher: cannot name the column "${item}"`);
    return alias[1]!;
  });
}

/** Splits a RETURN list at the commas outside brackets and strings. */
function topLevelItems(clause: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < clause.length; i++) {
    const c = clause[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      items.push(clause.slice(start, i).trim());
      start = i + 1;
    }
  }
  items.push(clause.slice(start).trim());
  return items;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A QueryRunner over canned rows, with the calls it received. */
export function stubQueries(canned: Record<string, Canned>): { run: QueryRunner; calls: Call[] } {
  const calls: Call[] = [];
  const run: QueryRunner = async (name, params) => {
    calls.push({ name, params });
    const expected = parametersOf(name); // throws for a name with no .cypher file, as the real layer does
    const given = Object.keys(params).sort();
    if (!same(given, expected)) throw new Error(`stub: ${name} called with $${given.join(', $')}; the query uses $${expected.join(', $')}`);
    const answer = canned[name] ?? canned[name.split('@')[0]!]; // a typed variant (queries/index.ts) answers as its query
    if (answer === undefined) throw new Error(`stub: no canned rows for ${name}`);
    if (answer instanceof Error) throw answer;
    const rows = typeof answer === 'function' ? answer(params) : answer;
    const columns = columnsOf(name).sort();
    for (const row of rows) {
      const keys = Object.keys(row).sort();
      if (!same(keys, columns)) throw new Error(`stub: a canned row of ${name} has ${keys.join(', ')}; the query returns ${columns.join(', ')}`);
    }
    return structuredClone(rows);
  };
  return { run, calls };
}

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked by assertions, not by types
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any>; path?: unknown[] }[] };
}

export interface StubApi {
  calls: Call[];
  api: ReturnType<typeof createApi>;
  gql(query: string, variables?: Record<string, unknown>, requestId?: string): Promise<Reply>;
}

/** The API over canned rows, queried in-process through yoga.fetch. */
export function stubApi(canned: Record<string, Canned>): StubApi {
  const { run, calls } = stubQueries(canned);
  const api = createApi({ queries: run, graphiql: false });
  return {
    calls,
    api,
    async gql(query, variables, requestId = 'stub-request') {
      const res = await api.fetch('http://lawgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-request-id': requestId },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: await res.json() };
    },
  };
}

/** Calls by query name, in order: the round trips a request made. */
export const names = (calls: Call[]): string[] => calls.map((c) => c.name);
