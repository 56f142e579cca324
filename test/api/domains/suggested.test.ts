// Suggested relations in the store and the API (ingest/reports/relation-suggestions.ts): a SUGGESTS edge is read only
// where asked for (an entity's suggestedRelations, relations or neighbours of the type SUGGESTS), and changes no answer
// of relations, neighbours, paths or exposure otherwise. On a document of our own, loaded without the suggestion and
// then with it, against the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, removeDocument } from '../../../graph/load.ts';
import { Emitter } from '../../../ingest/emit.ts';
import { uniqueDocumentId } from '../../db.ts';
import { type Any, startApi, type TestApi } from '../client.ts';

let t: TestApi;
const doc = uniqueDocumentId('suggested');
const council = `authority:${doc}-council`;
const kestrel = `company:${doc}-kestrel`;
const harrow = `company:${doc}-harrow`;
const BANNED = `The Council ${doc} banned Kestrel ${doc}.`;
const REACH = `The Council ${doc} has restrictions in place that reach Harrow ${doc}.`;

/** A report that states one restriction and, with `suggest`, suggests a second in another sentence. */
function report(suggest: boolean) {
  const e = new Emitter(doc);
  e.node(`doc:${doc}`, ['Document'], { title: 'Suggested relations test', kind: 'report', language: 'en' });
  e.node(council, ['Authority'], { name: `Council ${doc}` });
  e.node(kestrel, ['Company'], { name: `Kestrel ${doc}` });
  e.node(harrow, ['Company'], { name: `Harrow ${doc}` });
  for (const [locator, text, ends] of [['sec_1.p_1.s_1', BANNED, [council, kestrel]], ['sec_1.p_2.s_1', REACH, [council, harrow]]] as const) {
    const passage = e.node(`passage:${doc}:${locator}`, ['Passage'], { documentId: doc, locator, text });
    e.rel('HAS_PASSAGE', `doc:${doc}`, passage, { locator, method: 'structure' });
    for (const id of ends) e.rel('MENTIONS', passage, id, { locator, quote: text, method: 'pattern:alias', confidence: 0.9 });
  }
  e.rel('RESTRICTS', council, kestrel, { locator: 'sec_1.p_1.s_1', quote: BANNED, method: 'pattern:restricts', confidence: 0.9 });
  if (suggest) e.rel('SUGGESTS', council, harrow, { locator: 'sec_1.p_2.s_1', quote: REACH, method: 'model:restricts', confidence: 0.42 }, { predicate: 'RESTRICTS', confidence: 0.42 });
  return { documentId: doc, sha256: suggest ? 'suggested-with' : 'suggested-without', records: e.records() };
}

/** The data of an answer that has no error. */
async function data(query: string): Promise<Any> {
  const r = await t.gql(query);
  expect(r.body.errors).toBeUndefined();
  return r.body.data as Any;
}

/** What relations, neighbours, paths and exposure answer about the three entities. */
async function answers() {
  const out: Any = {};
  for (const id of [council, kestrel, harrow]) {
    out[`relations ${id}`] = await data(`{ node(id: "${id}") { relations { type direction node { id } evidence { locator method } } } }`);
    out[`neighbors ${id}`] = await data(`{ neighbors(id: "${id}", first: 100) { edges { type direction node { id } } } }`);
  }
  out.paths = await data(`{ paths(from: "${council}", to: "${harrow}", maxHops: 4) { length nodes { id } hops { type direction from { id } to { id } } } }`);
  out.exposure = await data(`{ exposure(company: "${harrow}") { restrictions { type by { id } evidence { locator } } upcoming { type } proposals { type } } }`);
  return out;
}

let without: Any;
beforeAll(async () => {
  t = await startApi();
  await loadDocument(t.db, report(false));
  without = await answers();
  await loadDocument(t.db, report(true));
});
afterAll(async () => {
  await removeDocument(t.db, doc);
  await t.close();
});

describe('suggested relations', () => {
  it('are in the store, and change no answer of relations, neighbours, paths or exposure', async () => {
    const stored = await t.db.driver.executeQuery('MATCH (:Node {id: $a})-[r:SUGGESTS]->(:Node {id: $b}) RETURN r.predicate AS p', { a: council, b: harrow }, { database: t.db.name });
    expect(stored.records.map((r) => r.get('p'))).toEqual(['RESTRICTS']);
    const withSuggestion = await answers();
    expect(withSuggestion).toEqual(without);
    // The answers are real ones: the stated restriction, and a path through the passage naming both.
    expect(JSON.stringify(without[`relations ${kestrel}`])).toContain('RESTRICTS');
    expect(without.paths.paths.length).toBeGreaterThan(0);
    expect(JSON.stringify(without)).not.toContain('SUGGESTS');
  });

  it("are listed on an entity when asked, from both ends, with predicate, confidence, quote, locator and document", async () => {
    const fields = 'suggestedRelations { predicate confidence direction node { id } quote locator documentId }';
    const q = async (id: string) => (await data(`{ node(id: "${id}") { ... on Authority { ${fields} } ... on Company { ${fields} } } }`)).node.suggestedRelations;
    const fromCouncil = await q(council);
    expect(fromCouncil).toEqual([{ predicate: 'RESTRICTS', confidence: 0.42, direction: 'OUTGOING', node: { id: harrow }, quote: REACH, locator: 'sec_1.p_2.s_1', documentId: doc }]);
    expect(await q(harrow)).toEqual([{ ...fromCouncil[0], direction: 'INCOMING', node: { id: council } }]);
    expect(await q(kestrel)).toEqual([]);
    // The root field the explorer asks lists the same.
    expect((await data(`{ suggestedRelations(id: "${harrow}") ${fields.replace(/^suggestedRelations /, '')} }`)).suggestedRelations).toEqual(await q(harrow));
    expect((await data(`{ suggestedRelations(id: "company:${doc}-nobody") { predicate } }`)).suggestedRelations).toEqual([]);
  });

  it('are relations and neighbours of the type SUGGESTS when that type is asked for', async () => {
    const rel = await data(`{ node(id: "${harrow}") { relations(types: ["SUGGESTS"]) { type direction node { id } evidence { method confidence quote } } } }`);
    expect(rel.node.relations).toEqual([{ type: 'SUGGESTS', direction: 'INCOMING', node: { id: council }, evidence: [{ method: 'model:restricts', confidence: 0.42, quote: REACH }] }]);
    const nb = await data(`{ neighbors(id: "${council}", relationshipTypes: ["SUGGESTS"]) { edges { type node { id } } } }`);
    expect(nb.neighbors.edges).toEqual([{ type: 'SUGGESTS', node: { id: harrow } }]);
  });

  it('refuses a page size out of bounds', async () => {
    const r = await t.gql(`{ node(id: "${harrow}") { ... on Company { suggestedRelations(first: 0) { predicate } } } }`);
    expect(r.body.errors?.[0]?.message).toMatch(/"first" must be between 1 and/);
  });
});
