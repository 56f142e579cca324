// The common request, a JSON POST to /graphql, answered without yoga's HTTP layer. Over HTTP, yoga
// turned each Node request into a Fetch Request (headers, body stream, abort signal), chose a
// result processor from the Accept header and built a Fetch Response to copy back: about 200 us of
// server CPU per lookup, as much as the lookup's own Bolt round trip (issue 17). Here the body is
// read once, and the same envelop pipeline yoga runs (its parse and validation cache, armor's
// limits, the request-id context, compiled execution, masked errors) is called directly; an answer
// without errors is written as yoga writes it. A query text seen to pass that pipeline is prepared:
// later requests with it run its compiled operation directly (see `prepare` below; 60 us of server
// CPU less per lookup under load, issue 17). Everything else goes to yoga: a request of another
// shape before it is executed, and an answer with errors after, its result handed over (onParams)
// so yoga writes the status, the errors and their request ids as it always does.
import type http from 'node:http';
import { type DocumentNode, type ExecutionResult, type GraphQLSchema, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { CompiledExecute } from './jit.ts';
import type { Api } from './server.ts';
import { toJsonBytes } from './serialize.ts';

/**
 * Requests answered here (`prepared` of them by a document prepared before), and those handed to
 * yoga (the tests check which path a request took).
 */
export const fastPathCounts = { served: 0, prepared: 0, handedOn: 0 };

interface FastSettings {
  endpoint: string;
  requestIdFrom(given: string | undefined): string;
  /** The compiled executor of a document's operation (api/jit.ts), null when it has none. */
  compiled(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledExecute | null;
  /** The request's context, as yoga's context function makes it. */
  context(requestId: string): object;
  /** An answer's errors masked as yoga's maskedErrors masks them. */
  mask(result: ExecutionResult): ExecutionResult;
}

/**
 * Query documents that passed yoga's whole pipeline once (parse within armor's token limit,
 * validation with armor's depth, alias, cost and directive rules, a query operation) and compiled,
 * by operation name and query text. The same text is the same document, and validation depends on
 * nothing else (yoga's validation cache keeps its result by document too), so a later request with
 * it skips parsing and validation and runs the compiled operation in a context made as yoga makes
 * it; its errors are masked as yoga masks them. Bounded: past MAX_PREPARED it starts again empty.
 */
const MAX_PREPARED = 1000;
const preparedBy = new WeakMap<object, { count: number; byOperation: Map<string | null, Map<string, CompiledExecute>> }>();

const settings = new WeakMap<object, FastSettings>();
/** Results executed here that yoga is to write (answers with errors), by the Request handed to it. */
const executed = new WeakMap<Request, ExecutionResult>();

/**
 * Called by createApi for a server the fast path may answer: one without CORS (a browser's request
 * from another origin goes to yoga's CORS handling; this path writes no CORS headers).
 */
export function allowFastPath(api: object, s: FastSettings): void {
  settings.set(api, s);
  preparedBy.set(s, { count: 0, byOperation: new Map() });
}

function preparedOf(s: FastSettings, operationName: string | undefined, query: string): CompiledExecute | undefined {
  return preparedBy.get(s)!.byOperation.get(operationName ?? null)?.get(query);
}

function prepare(s: FastSettings, operationName: string | undefined, query: string, run: CompiledExecute): void {
  const p = preparedBy.get(s)!;
  if (p.count >= MAX_PREPARED) {
    p.byOperation.clear();
    p.count = 0;
  }
  let byQuery = p.byOperation.get(operationName ?? null);
  if (!byQuery) {
    byQuery = new Map();
    p.byOperation.set(operationName ?? null, byQuery);
  }
  byQuery.set(query, run);
  p.count++;
}

/** Yoga writes a result the fast path executed instead of executing the request again. */
export function executedResultPlugin(): Plugin {
  return {
    onParams({ request, setResult }) {
      const result = executed.get(request);
      if (result) setResult(result);
    },
  };
}

const PARAM_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** GraphQL-over-HTTP parameters exactly as yoga accepts them; anything else is yoga's to refuse. */
function paramsOf(body: Buffer): { query: string; variables?: Record<string, unknown>; operationName?: string } | undefined {
  let p: unknown;
  try {
    p = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isPlainObject(p) || typeof p.query !== 'string' || !p.query) return undefined;
  for (const k in p) if (!PARAM_KEYS.has(k)) return undefined;
  if (p.variables != null && !isPlainObject(p.variables)) return undefined;
  if (p.operationName != null && typeof p.operationName !== 'string') return undefined;
  if (p.extensions != null && !isPlainObject(p.extensions)) return undefined;
  return { query: p.query, variables: (p.variables ?? undefined) as Record<string, unknown> | undefined, operationName: (p.operationName ?? undefined) as string | undefined };
}

const JSON_TYPE = /^application\/json(;\s*charset=utf-8)?$/i;

/**
 * The fast path's handler for `api`, when it may have requests, else undefined. It takes a POST
 * of JSON with a declared length to the endpoint (no query string) from a client that accepts
 * plain JSON (no Accept, `*\/*` or application/json, the media type yoga answers them with) and
 * sends no Origin.
 */
export function fastPathOf(api: Api, host: string): ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined {
  const s = settings.get(api);
  if (!s) return undefined;
  return (req, res) => {
    const h = req.headers;
    if (req.method !== 'POST' || req.url !== s.endpoint || h.origin !== undefined || h['content-length'] === undefined) return false;
    if (!JSON_TYPE.test(h['content-type'] ?? '')) return false;
    const accept = h.accept;
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return false;
    readBody(req)
      .then((body) => serve(api, s, req, res, body, host))
      .catch(() => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'could not read the request body' }] }));
      });
    return true;
  };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

async function serve(api: Api, s: FastSettings, req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, host: string): Promise<void> {
  const toYoga = (result?: ExecutionResult) => {
    fastPathCounts.handedOn++;
    return handOn(api, req, res, body, host, result);
  };
  // Settled once, so that the context, the header and a hand-over to yoga name the same request.
  const requestId = s.requestIdFrom(req.headers['x-request-id'] as string | undefined);
  req.headers['x-request-id'] = requestId;
  const params = paramsOf(body);
  if (!params) return toYoga();
  let result: ExecutionResult;
  const run = preparedOf(s, params.operationName, params.query);
  try {
    if (run) {
      result = await run(s.context(requestId), params.variables);
      if (result.errors?.length) result = s.mask(result);
      fastPathCounts.prepared++;
    } else {
      const enveloped = api.getEnveloped({ req, res, params, requestId });
      const document = enveloped.parse(params.query);
      // Refusals (syntax, validation, the limits) are yoga's to word and to give a status.
      if (enveloped.validate(enveloped.schema, document).length > 0) return toYoga();
      if (getOperationAST(document, params.operationName)?.operation !== 'query') return toYoga();
      const contextValue = await enveloped.contextFactory();
      result = (await enveloped.execute({ schema: enveloped.schema, document, contextValue, variableValues: params.variables, operationName: params.operationName })) as ExecutionResult;
      const compiled = s.compiled(enveloped.schema, document, params.operationName);
      if (compiled) prepare(s, params.operationName, params.query, compiled);
    }
  } catch {
    // Thrown, not answered: yoga runs the request from the start and says what went wrong.
    return toYoga();
  }
  if (result.errors?.length || result.extensions || Symbol.asyncIterator in result) return toYoga(result);
  const bytes = toJsonBytes(result);
  fastPathCounts.served++;
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'content-length': bytes.length, 'x-request-id': requestId });
  endWith(res, bytes);
}

/** Answers up to this size go out with their header in one write (see endWith). */
const ONE_WRITE_BYTES = 16 * 1024;

/**
 * Ends the response with `bytes` as its body. Node sends a Buffer body and the header before it as
 * two chunks of a corked writev, but a latin1 string body in one write of header + body; the
 * latin1 string of the UTF-8 bytes is those same bytes on the wire. For a lookup's answer of a few
 * hundred bytes that one write cost about 5 us of server CPU less per request (issue 17); a large
 * answer keeps its Buffer rather than be copied into a string twice.
 */
function endWith(res: http.ServerResponse, bytes: Buffer): void {
  if (bytes.length <= ONE_WRITE_BYTES) res.end(bytes.toString('latin1'), 'latin1');
  else res.end(bytes);
}

/** Yoga answers the request from its body, already read; with `result`, without executing it again. */
export async function handOn(api: Api, req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, host: string, result?: ExecutionResult): Promise<void> {
  // yoga's own Request class, as its Node adapter makes (the native one words a JSON error otherwise).
  const headers = new api.fetchAPI.Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  const request = new api.fetchAPI.Request(`http://${req.headers.host ?? host}${req.url}`, { method: req.method, headers, body: body as Uint8Array<ArrayBuffer> });
  if (result) executed.set(request, result);
  const response = await api.fetch(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
