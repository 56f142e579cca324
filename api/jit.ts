// Executes each operation through a function compiled for its document (graphql-jit) instead of
// graphql-js walking the query for every object of the answer: a list of a few hundred items (an
// exposure answer) costs half the CPU. A document is compiled once, on its first request, and kept
// as long as yoga's parse cache (or the fast path's prepared documents, api/fast-path.ts) keeps the
// document itself; an operation graphql-jit cannot compile runs as before. Answers are not written
// by graphql-jit's compiled serialiser: it gains nothing on text-heavy answers (api/serialize.ts).
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema, getOperationAST, getVariableValues, type Source } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/** Offset of a 1-based line and column in the source text. */
function offsetOf(body: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = body.indexOf('\n', at) + 1;
  return Math.max(0, at) + column - 1;
}

/**
 * graphql-jit's errors state their locations but not the nodes or source positions graphql-js
 * errors carry, and yoga rebuilds every error from those (losing its locations): rebuilt here
 * with positions in the document's source, so clients are told where, as graphql-js would.
 */
function positioned(e: GraphQLError, source: Source | undefined): GraphQLError {
  if (!source || !e.locations?.length || e.positions) return e;
  return new GraphQLError(e.message, {
    source,
    positions: e.locations.map((l) => offsetOf(source.body, l.line, l.column)),
    path: e.path,
    originalError: e.originalError,
    extensions: e.extensions,
  });
}

/** An operation ready to run: the variables checked, then its compiled function called. */
export type CompiledExecute = (contextValue: unknown, variableValues: Record<string, unknown> | null | undefined, rootValue?: unknown) => ExecutionResult | Promise<ExecutionResult>;

/**
 * Compiled operations by document and operation name, made on first use: `compiled` hands out an
 * operation's executor, or null when graphql-jit cannot compile it (graphql-js runs it then).
 */
export function createJit() {
  const cache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, CompiledExecute | null>>>();
  const make = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledExecute | null => {
    let c: CompiledQuery | undefined;
    try {
      const result = compileQuery(schema, document, operationName ?? undefined);
      if (isCompiledQuery(result)) c = result;
    } catch {
      // graphql-js runs it, and reports what is wrong with it.
    }
    if (!c) return null;
    const query = c;
    const source = document.loc?.source;
    const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
    // Errors first, as graphql-js answers; an answer without them is passed on as it is (a copy
    // only when it carries an empty list).
    const done = (r: ExecutionResult): ExecutionResult => {
      if (!('errors' in r)) return r;
      const { errors, ...rest } = r;
      return errors?.length ? { errors: errors.map((e) => positioned(e, source)), ...rest } : rest;
    };
    return (contextValue, variableValues, rootValue) => {
      // Variables are checked by graphql-js first: its refusals quote the scalar's own reason
      // ("Date must be a calendar date as yyyy-mm-dd"), where graphql-jit says only the type.
      if (definitions.length) {
        const checked = getVariableValues(schema, definitions, variableValues ?? {});
        if (checked.errors) return { errors: checked.errors };
      }
      const r = query.query(rootValue, contextValue, variableValues ?? {});
      return r instanceof Promise ? r.then(done) : done(r);
    };
  };
  const compiled = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledExecute | null => {
    let bySchema = cache.get(schema);
    if (!bySchema) {
      bySchema = new WeakMap();
      cache.set(schema, bySchema);
    }
    let byOperation = bySchema.get(document);
    if (!byOperation) {
      byOperation = new Map();
      bySchema.set(document, byOperation);
    }
    const name = operationName ?? '';
    let c = byOperation.get(name);
    if (c === undefined) {
      c = make(schema, document, operationName);
      byOperation.set(name, c);
    }
    return c;
  };
  const plugin: Plugin = {
    onExecute({ args, setExecuteFn }) {
      const run = compiled(args.schema, args.document, args.operationName);
      if (run) setExecuteFn((a) => run(a.contextValue, a.variableValues, a.rootValue));
    },
  };
  return { plugin, compiled };
}
