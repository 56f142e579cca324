// DataLoader batching (api/loaders.ts): a list of N parents costs one query per level, never N,
// and the query receives every parent's key at once.
import { describe, expect, it } from 'vitest';
import { SUGGESTED_TYPES } from '../../../ingest/kinds.ts';
import { art1, art2, art3, art5, cn, company, document, exposureRow, law, node, office, premiseRows, support, tester, version2020, version2022 } from './rows.ts';
import { type Canned, names, stubApi } from './stub.ts';

/** Rows for `ids`, one per id that `found` knows (as the batched queries return). */
const byIds = (found: Record<string, Record<string, unknown>>): Canned => (p) =>
  (p.ids as string[]).filter((id) => found[id]).map((id) => ({ id, ...found[id] }));

const docs = ['cn-a', 'cn-b', 'cn-c'].map((id) => node('Document', `doc:${id}`, { title: id, kind: 'statute' }));

describe('batching: one query per level, not one per parent', () => {
  it('node(id) for N ids: one nodes-by-id call with all of them', async () => {
    const t = stubApi({ 'nodes-by-id': byIds({ [company.id]: { node: company }, [law.id]: { node: law }, [cn.id]: { node: cn } }) });
    const r = await t.gql('{ a: node(id: "company:acme") { id } b: node(id: "law:cn:test-law") { id } c: node(id: "jur:cn") { id } d: node(id: "no:such") { id } }');
    expect(r.body.data).toEqual({ a: { id: company.id }, b: { id: law.id }, c: { id: cn.id }, d: null });
    expect(t.calls).toEqual([{ name: 'nodes-by-id', params: { ids: ['company:acme', 'law:cn:test-law', 'jur:cn', 'no:such'] } }]);
  });

  it('documents -> provisions -> norms -> bearers: four calls for any number of documents', async () => {
    const provisions = (d: string) => [art1, art2].map((a) => ({ ...a.provision, id: `prov:${d}:${a.provision.locator}`, documentId: d }));
    const t = stubApi({
      documents: docs.map((document) => ({ document })),
      'provisions-by-document': (p) => (p.documentIds as string[]).map((documentId) => ({ documentId, provisions: provisions(documentId) })),
      'norms-by-provision': (p) => (p.ids as string[]).map((id) => ({ id, norms: [{ ...art2.norm, id: `norm:${id}:1` }] })),
      'norm-links': (p) =>
        (p.ids as string[]).map((id) => ({ id, provision: null, bearers: [tester], empowers: [], owedTo: [office], requires: [], dataCategories: [], triggers: [], sanctionedBy: [] })),
    });
    const r = await t.gql('{ documents { id provisions { id norms { id bearers { __typename } owedTo { id } } } } }');
    expect(r.body.errors).toBeUndefined();
    const norms = r.body.data!.documents.flatMap((d: { provisions: { norms: unknown[] }[] }) => d.provisions.flatMap((p) => p.norms));
    expect(norms).toHaveLength(6);
    expect(norms[0]).toEqual({ id: 'norm:prov:cn-a:art_1:1', bearers: [{ __typename: 'ActorClass' }], owedTo: [{ id: office.id }] });
    expect(names(t.calls)).toEqual(['documents', 'provisions-by-document', 'norms-by-provision', 'norm-links']);
    expect(t.calls[1]!.params).toEqual({ documentIds: ['cn-a', 'cn-b', 'cn-c'], kind: null });
    expect(t.calls[2]!.params.ids).toHaveLength(6);
    expect(t.calls[3]!.params.ids).toHaveLength(6);
  });

  it('provisions of different kinds: one call per kind asked, each with all the documents', async () => {
    const t = stubApi({
      documents: docs.map((document) => ({ document })),
      'provisions-by-document': (p) => (p.documentIds as string[]).map((documentId) => ({ documentId, provisions: [] })),
    });
    await t.gql('{ documents { all: provisions { id } articles: provisions(kind: article) { id } } }');
    expect(t.calls.slice(1).map((c) => c.params)).toEqual([
      { documentIds: ['cn-a', 'cn-b', 'cn-c'], kind: null },
      { documentIds: ['cn-a', 'cn-b', 'cn-c'], kind: 'article' },
    ]);
  });

  it('relations of N search hits: one relations-of call per distinct set of arguments', async () => {
    const hits = [company, law, office].map((n) => ({ node: { ...n, lawName: null }, score: 1, exact: false, rank: 1.2 }));
    const t = stubApi({
      search: hits,
      'relations-of': (p) => (p.ids as string[]).map((id) => ({ id, relations: [{ type: 'HEADQUARTERED_IN', direction: 'OUTGOING', node: cn, support: support() }] })),
    });
    const r = await t.gql('{ search(query: "test") { edges { node { node { id a: relations { type } b: relations(types: ["RESTRICTS"], direction: INCOMING, first: 5) { type } } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(names(t.calls)).toEqual(['search', 'relations-of', 'relations-of']);
    expect(t.calls[1]!.params).toEqual({ ids: [company.id, law.id, office.id], types: null, excludedTypes: SUGGESTED_TYPES, direction: null, limit: 50 });
    expect(t.calls[2]!.params).toEqual({ ids: [company.id, law.id, office.id], types: ['RESTRICTS'], excludedTypes: SUGGESTED_TYPES, direction: 'INCOMING', limit: 5 });
  });

  it('provision -> version -> law -> versions, and claims -> premises: one call per level', async () => {
    const provisions = [art3, art2, art5].map((a) => a.provision);
    const t = stubApi({
      exposure: [exposureRow],
      'nodes-by-id': (p) => (p.ids as string[]).flatMap((id) => provisions.filter((x) => x.id === id).map((node) => ({ id, node }))),
      premises: byIds(Object.fromEntries(premiseRows.map(({ id, ...rest }) => [id, rest]))),
      'provision-context': (p) => (p.ids as string[]).map((id) => ({ id, version: version2022, law })),
      'version-links': byIds({ [version2022.id]: { law, document, amends: [version2020], amendedBy: [] } }),
      'versions-by-law': byIds({ [law.id]: { versions: [version2020, version2022] } }),
    });
    const r = await t.gql('{ exposure(company: "Acme") { items { provision { version { law { versions { id } } document { id } amends { id } } } basis { premises { id } } } } }');
    expect(r.body.errors).toBeUndefined();
    // premises and the provisions are asked in the same tick: their order is the loaders' own.
    expect(names(t.calls).sort()).toEqual(['exposure', 'nodes-by-id', 'premises', 'provision-context', 'version-links', 'versions-by-law']);
    const call = (name: string) => t.calls.find((c) => c.name === name)!;
    // The premises of all three claims, asked once (DataLoader keeps each id once).
    expect(call('premises').params).toEqual({ ids: premiseRows.map((p) => p.id) });
    expect(call('nodes-by-id').params.ids).toEqual(provisions.map((x) => x.id));
    expect(call('provision-context').params.ids).toEqual(provisions.map((x) => x.id));
    const items = r.body.data!.exposure.items;
    expect(items[0].provision.version).toEqual({ law: { versions: [{ id: version2020.id }, { id: version2022.id }] }, document: { id: document.id }, amends: [{ id: version2020.id }] });
    expect(items[0].basis.premises.map((p: { id: string }) => p.id)).toEqual(premiseRows.map((p) => p.id));
  });
});
