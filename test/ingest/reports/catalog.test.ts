import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog, parseCatalog } from '../../../ingest/catalog/index.ts';
import { emitCatalog } from '../../../ingest/catalog/records.ts';
import { Emitter } from '../../../ingest/emit.ts';
import { manifest } from './helpers.ts';

const jur = 'kind: Jurisdiction\nentries:\n  - {id: "jur:cn", name: China, description: d, url: "https://example.org/cn"}\n';

function problems(sources: { name: string; text: string }[]): string[] {
  try {
    parseCatalog(sources);
  } catch (e) {
    if (e instanceof CatalogError) return e.problems;
    throw e;
  }
  return [];
}

describe('catalog', () => {
  const catalog = loadCatalog(undefined, new Set(manifest().map((d) => d.id)));

  it('loads, with every law document in the manifest', () => {
    expect(catalog.byId.get('company:dji')?.nameZh).toBe('大疆创新');
    expect(catalog.lawForDocument('cn-cybersecurity-law-2025')?.id).toBe('law:cn:cybersecurity-law');
    expect(catalog.nodeProperties('law:cn:national-intelligence-law')).toMatchObject({
      officialTitle: '中华人民共和国国家情报法',
      acronym: 'NIL',
    });
  });

  it('reports a fact without url naming file and entry', () => {
    const p = problems([
      { name: 'j.yaml', text: jur },
      { name: 'c.yaml', text: 'kind: Company\nentries:\n  - id: company:acme\n    name: Acme\n    description: d\n    url: https://example.org\n    facts:\n      - {type: HEADQUARTERED_IN, target: jur:cn}\n' },
    ]);
    expect(p).toEqual(['c.yaml#company:acme: fact 1 (HEADQUARTERED_IN jur:cn): missing or invalid url']);
  });

  it('reports duplicate ids, unknown targets and aliases shared by two entities', () => {
    const p = problems([
      { name: 'j.yaml', text: jur },
      {
        name: 'c.yaml',
        text: [
          'kind: Company',
          'entries:',
          '  - {id: "company:a", name: Alpha, aliases: [Apex], description: d, url: "https://example.org/a"}',
          '  - {id: "company:b", name: Beta, aliases: [apex], description: d, url: "https://example.org/b", facts: [{type: OWNED_BY, target: "company:zzz", url: "https://example.org"}]}',
          '  - {id: "company:a", name: Alpha again, description: d, url: "https://example.org/a2"}',
        ].join('\n'),
      },
    ]);
    expect(p).toContain('c.yaml#company:a: duplicate id (also in c.yaml)');
    expect(p).toContain('c.yaml#company:b: fact 1 (OWNED_BY) targets unknown id "company:zzz"');
    expect(p).toContain('ambiguous surface form "apex": c.yaml#company:a and c.yaml#company:b');
  });

  it('rejects unknown keys and malformed law ids', () => {
    const p = problems([
      { name: 'j.yaml', text: jur },
      { name: 'l.yaml', text: 'kind: Law\nentries:\n  - {id: "law:foo", name: F, description: d, url: "https://example.org", colour: red}\n' },
    ]);
    expect(p).toEqual(['l.yaml#law:foo: unknown key "colour"', 'l.yaml#law:foo: law id must be law:<jurisdiction>:<slug>']);
  });

  it('emits nodes and sourced fact relationships as the catalog document', () => {
    const emit = new Emitter('catalog');
    const summary = emitCatalog(emit, catalog);
    const records = emit.records();
    const dji = records.find((r) => r.type === 'node' && r.id === 'company:dji');
    expect(dji?.type === 'node' && dji.labels).toEqual(['Company']);
    expect(dji?.properties.searchText).toContain('深圳市大疆创新科技有限公司');
    const restricts = records.find((r) => r.id === 'law:us:countering-ccp-drones-act|RESTRICTS|company:dji');
    expect(restricts?.properties.evidence).toMatchObject({
      documentId: 'catalog',
      locator: 'laws.yaml#law:us:countering-ccp-drones-act',
      method: 'catalog',
      url: 'https://www.congress.gov/bill/118th-congress/house-bill/2864',
    });
    expect(summary.facts).toBe(records.filter((r) => r.type === 'relationship').length);
    for (const r of records) expect(r.properties.evidence?.url).toMatch(/^https?:\/\//);
  });
});
