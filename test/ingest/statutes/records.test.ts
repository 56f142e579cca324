// The statute graph for texts in parts and for laws quoted in full: one LawVersion for the sections of
// one codified text, the same from every section; quoted laws as their own Law, version and provisions.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../ingest/catalog/index.ts';
import type { GraphRecord, NodeRecord, RelationshipRecord } from '../../../ingest/emit.ts';
import { Emitter } from '../../../ingest/emit.ts';
import type { SourceFile } from '../../../ingest/model.ts';
import { parseStatute } from '../../../ingest/statutes/index.ts';
import { citationKey, emitStatute, englishNameOf } from '../../../ingest/statutes/records.ts';
import { fixtureSource } from './helpers.ts';

// The team's own test catalog: one law known by its public-law number, one company known by its legal name.
const catalog = parseCatalog([
  {
    name: 'laws.yaml',
    text: 'kind: Law\nentries:\n  - {id: "law:us:widget-study-act", name: Widget Study Act, aliases: [Public Law 199-7], jurisdiction: us, description: d, url: "https://example.org/wsa"}\n',
  },
  {
    name: 'companies.yaml',
    text: 'kind: Company\nentries:\n  - {id: "company:example-widget", name: Example Widget, aliases: [Example Widget Company Limited], description: d, url: "https://example.org/ew"}\n',
  },
]);

function extract(file: SourceFile): GraphRecord[] {
  const emit = new Emitter(file.entry.id);
  emit.node(`doc:${file.entry.id}`, ['Document'], { title: file.entry.title });
  emitStatute(emit, file.entry, parseStatute(file), catalog);
  return emit.records();
}
const uslm = (rel: string) => fixtureSource(rel, 'uslm-xml', { id: rel.replace(/\.uslm\.xml$/, ''), language: 'en', jurisdiction: 'us' });
const node = (records: GraphRecord[], id: string): NodeRecord => {
  const n = records.find((r): r is NodeRecord => r.type === 'node' && r.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const rel = (records: GraphRecord[], id: string): RelationshipRecord => {
  const r = records.find((x): x is RelationshipRecord => x.type === 'relationship' && x.id === id);
  if (!r) throw new Error(`no relationship ${id}`);
  return r;
};
const withoutEvidence = ({ evidence: _e, ...rest }: Record<string, unknown>) => rest;

describe('statute records', () => {
  const a = extract(uslm('usc-t5-s7999.uslm.xml'));
  const b = extract(uslm('usc-t5-s8000.uslm.xml'));

  it('gives the sections of one codified text one Law and one version with the same properties', () => {
    const version = 'lawv:usc-t5-pl-199-1';
    expect(withoutEvidence(node(a, version).properties)).toEqual(withoutEvidence(node(b, version).properties));
    expect(withoutEvidence(node(a, version).properties)).toEqual({ title: '5 U.S.C., sections enacted by Pub. L. 199-1', jurisdiction: 'us', adopted: '2031-01-02' });
    expect(withoutEvidence(node(a, 'law:us:pl-199-1').properties)).toEqual(withoutEvidence(node(b, 'law:us:pl-199-1').properties));
    expect(rel(a, `law:us:pl-199-1|HAS_VERSION|${version}`)).toBeDefined();
    expect(rel(b, `law:us:pl-199-1|HAS_VERSION|${version}`)).toBeDefined();
    expect(rel(a, `${version}|HAS_PROVISION|prov:usc-t5-s7999:sec_7999`)).toBeDefined();
  });

  it('puts each part’s own dates on its EXPRESSED_BY', () => {
    const ea = withoutEvidence(rel(a, 'lawv:usc-t5-pl-199-1|EXPRESSED_BY|doc:usc-t5-s7999').properties);
    expect(ea).toMatchObject({ title: '5 U.S.C. 7999: Fixture widgets', adopted: '2031-01-02', amended: ['2031-09-30'], date: '2031-09-30' });
    expect(withoutEvidence(rel(b, 'lawv:usc-t5-pl-199-1|EXPRESSED_BY|doc:usc-t5-s8000').properties)).toMatchObject({ adopted: '2031-01-02', amended: [] });
  });

  it('emits a law set out in a note as that law (the catalog’s, found by its citation), with its provisions', () => {
    const version = 'lawv:us:pl-199-7';
    expect(node(a, 'law:us:widget-study-act').properties.name).toBe('Widget Study Act');
    expect(withoutEvidence(node(a, version).properties)).toEqual({ title: 'Pub. L. 199–7', jurisdiction: 'us', citation: 'Pub. L. 199-7', adopted: '2031-09-30', date: '2031-09-30' });
    expect(rel(a, `law:us:widget-study-act|HAS_VERSION|${version}`)).toBeDefined();
    const has = rel(a, `${version}|HAS_PROVISION|prov:usc-t5-s7999:pl199-7.sec_4`);
    expect(has.properties.evidence.documentId).toBe('usc-t5-s7999');
    const prov = node(a, 'prov:usc-t5-s7999:pl199-7.sec_4');
    expect(String(prov.properties.text)).toContain('Example Widget Company Limited');
    expect(prov.properties.evidence?.quote).toBe(prov.properties.text);
    // Not a provision of the codified text.
    expect(a.some((r) => r.type === 'relationship' && r.id === `lawv:usc-t5-pl-199-1|HAS_PROVISION|prov:usc-t5-s7999:pl199-7.sec_4`)).toBe(false);
    expect(withoutEvidence(rel(a, `${version}|EXPRESSED_BY|doc:usc-t5-s7999`).properties)).toEqual({ dateLines: ['Pub. L. 199–7, div. B, § 4, Sept. 30, 2031, 999 Stat. 71, provided that:'] });
  });

  it('relates a law to the company its text names, quoting the sentence, dated by the law', () => {
    const named = rel(a, 'law:us:widget-study-act|DESIGNATES|company:example-widget');
    expect(named.properties.evidence).toMatchObject({
      documentId: 'usc-t5-s7999',
      locator: 'pl199-7.sec_4.a',
      quote: 'The Comptroller shall study fixture widgets made by Example Widget Company Limited.',
      method: 'pattern:names-company',
    });
    expect(withoutEvidence(named.properties)).toEqual({ provisionId: 'prov:usc-t5-s7999:pl199-7.sec_4', surface: 'Example Widget Company Limited', from: '2031-09-30' });
    // The codified text names no company.
    expect(a.filter((r) => r.type === 'relationship' && r.label === 'DESIGNATES')).toHaveLength(1);
  });

  it('reads norms from law text, not from notes', () => {
    const norms = a.filter((r): r is NodeRecord => r.type === 'node' && r.labels.includes('Norm'));
    expect(norms.some((n) => String(n.id).includes(':pl199-7.sec_4:'))).toBe(true);
    expect(norms.some((n) => String(n.id).includes('.note_'))).toBe(false);
    expect(node(a, 'prov:usc-t5-s7999:sec_7999.note_1').properties.kind).toBe('note');
  });

  it('keeps headings of sub-provisions beside their locators', () => {
    const sec = node(a, 'prov:usc-t5-s7999:sec_7999').properties;
    expect(sec.paragraphLocators).toEqual(['sec_7999.a', 'sec_7999.a.1', 'sec_7999.a.2', 'sec_7999.a.2.A', 'sec_7999.a.2.B', 'sec_7999.a.2.B.i', 'sec_7999.a.2.B.ii', 'sec_7999.b']);
    expect(sec.paragraphHeadings).toEqual(['In general', '', 'Register', '', '', '', '', 'Exception']);
  });

  it('reads citations in their usual forms', () => {
    expect(['Pub. L. 117-55', 'Public Law 117–55', 'P.L. 117-55'].map(citationKey)).toEqual(['pl:117-55', 'pl:117-55', 'pl:117-55']);
    expect(['EO 13873', 'E.O. 13873', 'Executive Order No. 13873', 'Ex. Ord. No. 13873'].map(citationKey)).toEqual(Array(4).fill('eo:13873'));
    expect(citationKey('Secure Equipment Act')).toBeUndefined();
  });
});

describe('law names', () => {
  it("names a Chinese text's law in English by its manifest title's bracket, keeping the Chinese title beside it", () => {
    expect(englishNameOf('中华人民共和国示例法 (Example Law, adopted 2001-02-03)', '中华人民共和国示例法')).toBe('Example Law');
    expect(englishNameOf('中华人民共和国示例法（Example Law）', '中华人民共和国示例法')).toBe('Example Law');
    // Nothing to take: no bracket, a bracket that is not English, a title that is not the text's own, an English text.
    expect(englishNameOf('中华人民共和国示例法', '中华人民共和国示例法')).toBeUndefined();
    expect(englishNameOf('中华人民共和国示例法 (2001年)', '中华人民共和国示例法')).toBeUndefined();
    expect(englishNameOf('其他法 (Other Law)', '中华人民共和国示例法')).toBeUndefined();
    expect(englishNameOf('Example Act (as amended)', 'Example Act')).toBeUndefined();
  });

  it('gives the law of a text the catalog does not know that English name, its id and Chinese title unchanged', () => {
    const file = fixtureSource('cn-inserted.md', 'markdown', { id: 'fixture-named', jurisdiction: 'cn' });
    const own = parseStatute(file).title;
    const named = extract({ ...file, entry: { ...file.entry, title: `${own} (Gap Test Law, 2020)` } });
    const plain = extract(file);
    const law = (records: GraphRecord[]) => records.find((r): r is NodeRecord => r.type === 'node' && r.labels.includes('Law'));
    expect(law(named)?.id).toBe(law(plain)?.id);
    expect(law(named)?.properties).toMatchObject({ name: 'Gap Test Law', nameZh: own });
    expect(law(plain)?.properties).toMatchObject({ name: own });
  });
});
