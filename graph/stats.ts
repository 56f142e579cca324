import { query } from '../queries/index.ts';
import type { Database } from './database.ts';

export interface Count {
  key: string;
  count: number;
}

export interface RawStats {
  nodeCounts: Count[];
  relationshipCounts: Count[];
  documents: number;
  lastLoadedAt: string | null;
}

export interface Stats extends RawStats {
  nodes: number;
  relationships: number;
}

/** Shapes the row of the named query `stats`: sorted, empty kinds dropped, totals added. */
export function shapeStats(raw: RawStats): Stats {
  const clean = (cs: Count[]) => cs.filter((c) => c.count > 0).sort((a, b) => a.key.localeCompare(b.key));
  const sum = (cs: Count[]) => cs.reduce((s, c) => s + c.count, 0);
  const nodeCounts = clean(raw.nodeCounts);
  const relationshipCounts = clean(raw.relationshipCounts);
  // Every node carries exactly one kind label besides Node.
  return { ...raw, nodeCounts, relationshipCounts, nodes: sum(nodeCounts), relationships: sum(relationshipCounts) };
}

export async function readStats(db: Database): Promise<Stats> {
  const { records } = await db.driver.executeQuery(query('stats'), {}, { database: db.name, routing: 'READ' });
  return shapeStats(records[0]!.toObject() as RawStats);
}
