// The same-law rule (graph/rules/20-same-law.cypher): a law a report names in its own words, recognised and not
// curated, is joined to the one law the graph holds under that name (name, Chinese name, official title or alias,
// compared lower case); a name two laws carry joins neither. Runs the rule's own statements on the test store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../graph/database.ts';
import { ruleFiles } from '../../graph/derive.ts';
import { loadDocument, removeDocument } from '../../graph/load.ts';
import { Emitter } from '../../ingest/emit.ts';
import { connectTestDb, uniqueDocumentId } from '../db.ts';

let db: Database;
const doc = uniqueDocumentId('same-law');
const law = (key: string) => `law:test:${doc}-${key}`;
const recognised = (key: string) => `law:~${doc}-${key}`;

async function sameAs(): Promise<{ from: string; to: string; quote: string; documentId: string | null }[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (a:Law)-[r:SAME_AS]->(b:Law) WHERE a.id STARTS WITH $prefix RETURN a.id AS from, b.id AS to, r.quote AS quote, r.documentId AS documentId ORDER BY from',
    { prefix: `law:~${doc}` },
    { database: db.name },
  );
  return records.map((r) => r.toObject() as { from: string; to: string; quote: string; documentId: string | null });
}

async function runRule(): Promise<void> {
  const rule = ruleFiles().find((r) => r.name === 'same-law');
  if (!rule) throw new Error('no same-law rule');
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      for (const s of rule.statements) await tx.run(s);
    });
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = await connectTestDb();
  const e = new Emitter(doc);
  e.node(`doc:${doc}`, ['Document'], { title: 'Same law', kind: 'report', language: 'zh' });
  // Laws the graph holds: one with an English name, a Chinese title and a short alias; two that share an alias.
  e.node(law('widgets'), ['Law'], { name: `Widget Law ${doc}`, nameZh: `中华人民共和国示例法${doc}`, aliases: [`示例法${doc}`] });
  // The first one's text is this document.
  e.node(`lawv:${doc}`, ['LawVersion'], { title: `中华人民共和国示例法${doc}` });
  e.rel('HAS_VERSION', law('widgets'), `lawv:${doc}`, { locator: '', method: 'structure' });
  e.rel('EXPRESSED_BY', `lawv:${doc}`, `doc:${doc}`, { locator: '', method: 'structure' });
  e.node(law('gadgets-a'), ['Law'], { name: `Gadget Act A ${doc}`, aliases: [`Gadget Act ${doc}`] });
  e.node(law('gadgets-b'), ['Law'], { name: `Gadget Act B ${doc}`, aliases: [`Gadget Act ${doc}`] });
  // What a report's recognition makes of its citations: uncurated laws named as the text names them.
  e.node(recognised('full'), ['Law'], { name: `中华人民共和国示例法${doc}`, curated: false });
  e.node(recognised('short'), ['Law'], { name: `示例法${doc}`, curated: false });
  e.node(recognised('english'), ['Law'], { name: `widget law ${doc}`, curated: false });
  e.node(recognised('ambiguous'), ['Law'], { name: `Gadget Act ${doc}`, curated: false });
  e.node(recognised('unknown'), ['Law'], { name: `示例条例${doc}`, curated: false });
  await loadDocument(db, { documentId: doc, sha256: doc, records: e.records() });
  await runRule();
});

afterAll(async () => {
  await removeDocument(db, doc).catch(() => undefined);
  await db?.close();
});

describe('same-law rule', () => {
  it('joins a recognised law to the law that bears its name, its Chinese title or an alias, quoting the name', async () => {
    const joined = await sameAs();
    expect(joined.map((j) => [j.from, j.to])).toEqual([
      [recognised('english'), law('widgets')],
      [recognised('full'), law('widgets')],
      [recognised('short'), law('widgets')],
    ]);
    expect(joined.find((j) => j.from === recognised('short'))?.quote).toBe(`示例法${doc}`);
    // The document of the law's text, by its manifest id.
    expect(joined.every((j) => j.documentId === doc)).toBe(true);
  });

  it('joins neither law a shared name could mean, nor a name no law bears', async () => {
    const from = (await sameAs()).map((j) => j.from);
    expect(from).not.toContain(recognised('ambiguous'));
    expect(from).not.toContain(recognised('unknown'));
  });

  it('derives again from scratch: running the rule twice leaves the same joins, once each', async () => {
    await runRule();
    expect(await sameAs()).toHaveLength(3);
  });
});
