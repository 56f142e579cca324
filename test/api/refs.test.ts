// Lookups by id or name on the real corpus: node(id), the root lookups, provisions by document and
// article, and references that name several nodes (api/refs.ts, resolved through one batched query).
import { describe, expect, it } from 'vitest';
import { type Any, useApi } from './client.ts';

const t = useApi();

describe('lookups', () => {
  it('node(id) resolves the concrete type', async () => {
    const r = await t.gql('{ node(id: "company:dji") { __typename id displayName ... on Company { name nameZh } } }');
    expect(r.body.data!.node).toMatchObject({ __typename: 'Company', id: 'company:dji', name: 'DJI', nameZh: '大疆创新' });
  });

  it('finds companies, laws, authorities by name, Chinese name, alias or acronym, case-insensitively', async () => {
    const r = await t.gql(`{
      a: company(name: "dji") { id } b: company(name: "大疆") { id } c: company(id: "company:byd") { name }
      d: law(name: "NIL") { id } e: law(name: "国家情报法") { id } f: authority(name: "cac") { id }
      g: technology(id: "no:such") { id }
    }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      a: { id: 'company:dji' }, b: { id: 'company:dji' }, c: { name: 'BYD' },
      d: { id: 'law:cn:national-intelligence-law' }, e: { id: 'law:cn:national-intelligence-law' }, f: { id: 'authority:cac' },
      g: null,
    });
  });

  it('finds a provision by document and article as people write it', async () => {
    const r = await t.gql(`{
      a: provision(document: "cn-national-intelligence-law", article: "7") { id number law { id } norms { modality } }
      b: provision(document: "cn-national-intelligence-law", article: "第七条") { id }
      c: provision(id: "prov:cn-data-security-law:art_35") { text }
    }`);
    expect(r.body.data!.a).toMatchObject({ id: 'prov:cn-national-intelligence-law:art_7', number: '第七条', law: { id: 'law:cn:national-intelligence-law' } });
    expect(r.body.data!.a.norms.map((n: Any) => n.modality)).toContain('DUTY');
    expect(r.body.data!.b.id).toBe('prov:cn-national-intelligence-law:art_7');
    expect(r.body.data!.c.text).toContain('有关组织、个人应当予以配合');
  });

  it('refuses to guess: an ambiguous name is an error that lists the candidates', async () => {
    // "Counter-Espionage Law" names the law (work) and, by title, none of its versions; the
    // catalog's shared alias "中华人民共和国反间谍法" is the official title of both versions.
    const r = await t.gql('{ paths(from: "中华人民共和国反间谍法", to: "DJI") { length } }');
    const e = r.body.errors?.[0];
    expect(e?.extensions?.code).toBe('AMBIGUOUS');
    expect(((e?.extensions?.candidates ?? []) as Any[]).length).toBeGreaterThan(1);
    expect(e?.message).toMatch(/lawv:cn-counter-espionage-law-2023/);
  });
});
