// Per-request context: read-only access to named queries, with a transaction timeout.
import type { Database } from '../graph/database.ts';
import { query } from '../queries/index.ts';

export interface ApiContext {
  read<T = Record<string, unknown>>(name: string, params?: Record<string, unknown>): Promise<T[]>;
  /** Round trips made for this request (the N+1 test counts them). */
  roundTrips: { count: number };
}

export function createContext(db: Database, timeoutMs: number): ApiContext {
  const roundTrips = { count: 0 };
  return {
    roundTrips,
    async read<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
      roundTrips.count++;
      // READ routing: a read session, which the server refuses to write through.
      const { records } = await db.driver.executeQuery(query(name), params, {
        database: db.name,
        routing: 'READ',
        transactionConfig: { timeout: timeoutMs },
      });
      return records.map((r) => r.toObject() as T);
    },
  };
}
