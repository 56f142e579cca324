// Derived facts: each rule is one Cypher file in graph/rules/, run in name order after a load, then
// the exposure claims (graph/exposure), which need the versions' dates the rules set. Each rule first
// deletes what it derived before, then derives again from the current graph, so derived facts never
// outlive their premises.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './database.ts';
import { deriveExposureClaims } from './exposure/index.ts';

const rulesDir = path.join(import.meta.dirname, 'rules');

export interface DeriveResult {
  rules: { rule: string; ms: number; created: number }[];
}

export function ruleFiles(): { name: string; statements: string[] }[] {
  return fs
    .readdirSync(rulesDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => ({
      name: f.replace(/^\d+-/, '').replace(/\.cypher$/, ''),
      statements: fs
        .readFileSync(path.join(rulesDir, f), 'utf8')
        .split(/;\s*$/m)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean),
    }));
}

export async function derive(db: Database): Promise<DeriveResult> {
  const out: DeriveResult = { rules: [] };
  for (const rule of ruleFiles()) {
    const t0 = performance.now();
    let created = 0;
    const session = db.driver.session({ database: db.name });
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of rule.statements) {
          const r = await tx.run(statement, { rule: rule.name });
          const c = r.summary.counters.updates();
          created += c.relationshipsCreated + c.nodesCreated;
        }
      });
    } finally {
      await session.close();
    }
    out.rules.push({ rule: rule.name, ms: performance.now() - t0, created });
  }
  const exposure = await deriveExposureClaims(db);
  out.rules.push({ rule: 'exposure', ms: exposure.ms, created: exposure.claims });
  return out;
}
