// The schema (graph/schema.ts): one unique id for every node, `Node(id)`. A store made by an earlier
// version, with a per-kind id constraint beside it, loses that constraint at the next start; lookups
// by id name `Node` and seek its index instead of scanning their kind's label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { ensureSchema, retiredStatements, schemaName, schemaStatements } from '../../graph/schema.ts';
import { query } from '../../queries/index.ts';
import { connectTestDb } from '../db.ts';

let db: Database;

beforeAll(async () => {
  db = await connectTestDb();
});

afterAll(async () => {
  await db?.close();
});

const constraintNames = async (): Promise<string[]> =>
  (await db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name', {}, { database: db.name })).records.map((r) => r.get('name'));

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (p: Plan): string[] => [p.operatorType, ...p.children.flatMap(operators)];

describe('schema', () => {
  it('keeps one unique id constraint for nodes, none per kind', async () => {
    const names = await constraintNames();
    expect(names).toContain('node_id');
    for (const drop of retiredStatements()) expect(names).not.toContain(schemaName(drop));
    expect(schemaStatements().filter((s) => s.includes('REQUIRE n.id IS UNIQUE')).map(schemaName).sort()).toEqual(['exposure_profile_id', 'lawgraph_state_id', 'node_id']);
  });

  it("drops an earlier version's per-kind id constraints at the next start", async () => {
    await db.driver.executeQuery('CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE', {}, { database: db.name });
    await db.driver.executeQuery('CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE', {}, { database: db.name });
    expect(await constraintNames()).toEqual(expect.arrayContaining(['company_id', 'provision_id']));
    await ensureSchema(db);
    const names = await constraintNames();
    expect(names).not.toContain('company_id');
    expect(names).not.toContain('provision_id');
    expect(names).toContain('node_id');
  });

  it.each([
    ['norms-by-provision', { ids: ['prov:x'] }],
    ['provision-context', { ids: ['prov:x'] }],
    ['version-links', { ids: ['lawv:x'] }],
    ['versions-by-law', { ids: ['law:x'] }],
    ['norm-links', { ids: ['norm:x'] }],
  ])('%s seeks the Node(id) index', async (name, params) => {
    const res = await db.driver.executeQuery(`EXPLAIN ${query(name)}`, params, { database: db.name });
    const ops = operators(res.summary.plan as unknown as Plan);
    expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
    expect(ops.filter((o) => o.startsWith('NodeByLabelScan'))).toEqual([]);
  });
});
