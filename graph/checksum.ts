// A content checksum of (part of) the graph: every node and relationship with its properties,
// in a canonical order. Two graphs with the same checksum hold the same facts and support.
import { createHash } from 'node:crypto';
import type { Database } from './database.ts';

const VOLATILE = new Set(['loadedAt']);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !VOLATILE.has(k))
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Checksum over nodes whose id starts with one of `prefixes` (all nodes when empty) and their relationships. */
export async function graphChecksum(db: Database, prefixes: string[] = []): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const { records } = await db.driver.executeQuery(
    `MATCH (n:Node) WHERE size($prefixes) = 0 OR any(p IN $prefixes WHERE n.id STARTS WITH p)
     OPTIONAL MATCH (n)-[r]->(m:Node)
     WITH n, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), end: m.id, props: properties(r)} END) AS rels
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, rels ORDER BY id`,
    { prefixes },
    { database: db.name, routing: 'READ' },
  );
  const hash = createHash('sha256');
  let relationships = 0;
  for (const r of records) {
    const rels = (r.get('rels') as { type: string; end: string }[]).sort((a, b) => `${a.type}${a.end}`.localeCompare(`${b.type}${b.end}`));
    relationships += rels.length;
    hash.update(canonical({ id: r.get('id'), labels: [...r.get('labels')].sort(), props: r.get('props'), rels }));
    hash.update('\n');
  }
  return { nodes: records.length, relationships, sha256: hash.digest('hex') };
}
