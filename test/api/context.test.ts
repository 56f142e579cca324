// The API's one read path (api/context.ts runRead): a READ transaction, so it cannot write, and
// a transaction timeout, so it cannot run on.
import { describe, expect, it } from 'vitest';
import { runRead } from '../../api/context.ts';
import { useApi } from './client.ts';

const t = useApi();

describe('read-only', () => {
  it('the one read path refuses a write (READ access mode)', async () => {
    const id = `test:write-attempt-${process.pid}`;
    await expect(runRead(t.db, 'CREATE (n:Node {id: $id}) RETURN n.id', { id }, 5000)).rejects.toThrow(/read|access mode|not allowed/i);
    const { records } = await t.db.driver.executeQuery('MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id }, { database: t.db.name });
    expect(records[0]!.get('n')).toBe(0);
  });
});

describe('time limit', () => {
  it('a read that outlasts its timeout is stopped by the server', async () => {
    // Counts to a billion: minutes of work, stopped by the 100 ms transaction timeout.
    const endless = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n';
    await expect(runRead(t.db, endless, {}, 100)).rejects.toMatchObject({ code: expect.stringMatching(/TransactionTimedOut|Terminated/) });
  });

  it('answers again right after a stopped read (the connection is not left broken)', async () => {
    const rows = await runRead(t.db, 'MATCH (n:Node {id: $id}) RETURN n.id AS id', { id: 'company:dji' }, 5000);
    expect(rows).toEqual([{ id: 'company:dji' }]);
  });
});
