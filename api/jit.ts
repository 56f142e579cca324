// Executes each operation through a function compiled for its document (graphql-jit) instead of
// graphql-js walking the query for every object of the answer: a list of a few hundred items (an
// exposure answer) costs half the CPU. A document is compiled once, on its first request, and kept
// as long as yoga's parse cache keeps the document itself; an operation graphql-jit cannot compile
// runs as before. Answers stay plain JSON.stringify: the compiled serialiser gains nothing on
// text-heavy answers.
import { type DocumentNode, type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST, getVariableValues, type Source } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

type Compiled = CompiledQuery | null;

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

export function jitPlugin(): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compiledFor = (args: ExecutionArgs): Compiled => {
    let byOperation = compiled.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      compiled.set(args.document, byOperation);
    }
    const name = args.operationName ?? '';
    let c = byOperation.get(name);
    if (c === undefined) {
      c = null;
      try {
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        if (isCompiledQuery(result)) c = result;
      } catch {
        // graphql-js runs it, and reports what is wrong with it.
      }
      byOperation.set(name, c);
    }
    return c;
  };
  return {
    onExecute({ args, setExecuteFn }) {
      const c = compiledFor(args);
      if (!c) return;
      const source = args.document.loc?.source;
      // Variables are checked by graphql-js first: its refusals quote the scalar's own reason
      // ("Date must be a calendar date as yyyy-mm-dd"), where graphql-jit says only the type.
      const definitions = getOperationAST(args.document, args.operationName)?.variableDefinitions ?? [];
      if (definitions.length) {
        const checked = getVariableValues(args.schema, definitions, args.variableValues ?? {});
        if (checked.errors) {
          const errors = checked.errors;
          setExecuteFn(() => ({ errors }));
          return;
        }
      }
      // Errors first, as graphql-js answers.
      const done = ({ errors, ...rest }: ExecutionResult): ExecutionResult => (errors?.length ? { errors: errors.map((e) => positioned(e, source)), ...rest } : rest);
      setExecuteFn((a) => {
        const r = c.query(a.rootValue, a.contextValue, a.variableValues ?? {});
        return r instanceof Promise ? r.then(done) : done(r);
      });
    },
  };
}
