// The API's one read path (api/context.ts runRead): a READ transaction, so it cannot write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRead } from '../../api/context.ts';
import { startApi, type TestApi } from './client.ts';

let t: TestApi;
beforeAll(async () => {
  t = await startApi();
});
afterAll(async () => {
  await t.close();
});

describe('read-only', () => {
  it('the one read path refuses a write (READ access mode)', async () => {
    const id = `test:write-attempt-${process.pid}`;
    await expect(runRead(t.db, 'CREATE (n:Node {id: $id}) RETURN n.id', { id }, 5000)).rejects.toThrow(/read|access mode|not allowed/i);
    const { records } = await t.db.driver.executeQuery('MATCH (n:Node {id: $id}) RETURN count(n) AS n', { id }, { database: t.db.name });
    expect(records[0]!.get('n')).toBe(0);
  });
});
