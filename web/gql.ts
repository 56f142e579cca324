// Pages ask the graph through the API itself: each runs a GraphQL document in-process through
// yoga's own request handler (same parsing, limits, context, masking), so there is no second
// query layer. Documents live in web/queries/*.graphql; user input travels only as variables.
import fs from 'node:fs';

export interface GqlError {
  message: string;
  /** Where in the answer it happened: a field below a root field leaves the rest of the answer usable. */
  path?: (string | number)[];
  extensions?: { code?: string; ref?: string; candidates?: Candidate[] } & Record<string, unknown>;
}

export interface Candidate {
  id: string;
  kind: string;
  name: string;
}

/** The API answered with errors; `code` is the first error's code (NOT_FOUND, AMBIGUOUS, ...). */
export class QueryFailed extends Error {
  readonly code: string | undefined;
  readonly errors: GqlError[];
  constructor(errors: GqlError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code;
  }
}

/** The page's own NOT_FOUND, for lookups that answer null rather than an error. */
export function notFound(ref: string, what: string): QueryFailed {
  return new QueryFailed([{ message: `No ${what} named or with id "${ref}".`, extensions: { code: 'NOT_FOUND', ref } }]);
}

/** Runs a named document (web/queries/<name>.graphql) with variables; resolves to its data. */
// biome-ignore lint/suspicious/noExplicitAny: answers are shaped by the documents, read defensively
export type Gql = <T = any>(name: string, variables?: Record<string, unknown>) => Promise<T>;

/** What yoga offers to run one GraphQL request without HTTP. */
export type HandleRequest = (request: Request) => Promise<Response>;

const documents = new Map<string, string>();

export function queryDocument(name: string): string {
  let doc = documents.get(name);
  if (doc === undefined) {
    if (!/^[a-z-]+$/.test(name)) throw new Error(`bad query name ${name}`);
    doc = fs.readFileSync(new URL(`./queries/${name}.graphql`, import.meta.url), 'utf8');
    documents.set(name, doc);
  }
  return doc;
}

/** The documents the pages run, by name (the tests validate each against the schema). */
export function queryNames(): string[] {
  return fs
    .readdirSync(new URL('./queries/', import.meta.url))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''));
}

/** Errors only below root fields that answered: the page can show the rest and say what is missing. */
function onlyBelowAnsweredRoots(errors: GqlError[], data: unknown): boolean {
  const roots = data as Record<string, unknown> | null | undefined;
  return !!roots && errors.every((e) => (e.path?.length ?? 0) > 1 && roots[String(e.path?.[0])] != null);
}

/** `incomplete`, when given, collects the errors of parts that failed in an answer otherwise given (a
 *  timeout reading one nested field); without it, or when a root field failed, the call throws. */
export function gqlRunner(handle: HandleRequest, requestId: string | null, incomplete?: GqlError[]): Gql {
  return async (name, variables = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (requestId) headers['x-request-id'] = requestId;
    const response = await handle(
      new Request('http://lawgraph.internal/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: queryDocument(name), variables, operationName: null }),
      }),
    );
    const body = (await response.json()) as { data?: unknown; errors?: GqlError[] };
    if (body.errors?.length) {
      if (!incomplete || !onlyBelowAnsweredRoots(body.errors, body.data)) throw new QueryFailed(body.errors);
      incomplete.push(...body.errors);
    }
    // biome-ignore lint/suspicious/noExplicitAny: see Gql
    return body.data as any;
  };
}
