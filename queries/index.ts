// Named Cypher: one query per .cypher file in this folder, its parameters documented at its head.
// Read once at start-up; callers name the query, never build Cypher from strings.
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;

export type QueryName = string;

function readAll(): Map<QueryName, string> {
  const map = new Map<QueryName, string>();
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.cypher')) map.set(f.slice(0, -'.cypher'.length), fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return map;
}

const queries = readAll();

export function query(name: QueryName): string {
  const q = queries.get(name);
  if (!q) throw new Error(`no named query "${name}" in queries/`);
  return q;
}

export function queryNames(): QueryName[] {
  return [...queries.keys()];
}
