// Named Cypher: one query per .cypher file in this folder, its parameters documented at its head.
// Read once at start-up; callers name the query, never build Cypher from strings.
// What is sent is the code without its comment lines and indentation: the files explain themselves
// to readers, but every run ships the text over Bolt and the server hashes it to find its cached
// plan. Half of most files is comment; a RUN message over the driver's 1400-byte chunk costs a
// second socket write (resolve-refs: 2083 -> 1190 characters, one write instead of two).
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;

export type QueryName = string;

function readAll(): Map<QueryName, string> {
  const map = new Map<QueryName, string>();
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.cypher')) map.set(f.slice(0, -'.cypher'.length), compact(fs.readFileSync(path.join(dir, f), 'utf8')));
  }
  return map;
}

/**
 * Drops whole-line `//` comments, indentation and blank lines; lines stay lines, so the text sent
 * still reads as written. A `//` after code on a line is kept (it could be inside a string); no
 * query has a string literal spanning lines, whose indentation this would change.
 */
export function compact(cypher: string): string {
  return cypher
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}

const queries = readAll();

export function query(name: QueryName): string {
  const q = queries.get(name) ?? variants.get(name) ?? typedVariant(name);
  if (!q) throw new Error(`no named query "${name}" in queries/`);
  return q;
}

/**
 * `name@A|B`: the named query whose untyped relationship patterns `[r]` read only the types A and B
 * (`[r:A|B]`). Neo4j stores a dense node's relationships grouped by type and reads only the groups a
 * pattern names, but a type given as a parameter (`type(r) IN $types`, even `[r:$any($types)]`) makes
 * it expand them all: DJI's 3 RESTRICTS meant reading its 1750 relationships. Types are identifiers the
 * caller takes from the model (ingest/kinds.ts), checked here to be identifiers; the variants are kept,
 * a bounded number of them.
 */
function typedVariant(name: QueryName): string | undefined {
  const at = name.indexOf('@');
  const base = at > 0 ? queries.get(name.slice(0, at)) : undefined;
  const types = name.slice(at + 1).split('|');
  if (!base || !types.every((t) => TYPE.test(t)) || !base.includes('[r]')) return undefined;
  const text = base.replaceAll('[r]', `[r:${types.join('|')}]`);
  if (variants.size >= MAX_VARIANTS) variants.clear();
  variants.set(name, text);
  return text;
}

const TYPE = /^[A-Z][A-Z_]*$/;
const MAX_VARIANTS = 256;
const variants = new Map<QueryName, string>();

export function queryNames(): QueryName[] {
  return [...queries.keys()];
}
