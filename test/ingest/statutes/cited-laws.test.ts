// Statute text citing other laws by title (ingest/statutes/cited-laws.ts), on the team's own sentences and catalog.
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../../ingest/catalog/index.ts';
import { Emitter, type NodeRecord, type RelationshipRecord } from '../../../ingest/emit.ts';
import type { Provision } from '../../../ingest/model.ts';
import { emitCitedLaws } from '../../../ingest/statutes/cited-laws.ts';

const catalog = parseCatalog([
  { name: 'jurisdictions.yaml', text: 'kind: Jurisdiction\nentries:\n  - {id: "jur:cn", name: Testland, description: d, url: "https://example.org/testland"}\n' },
  {
    name: 'laws.yaml',
    text: 'kind: Law\nentries:\n  - {id: "law:cn:example-law", name: Example Law, nameZh: 示例法, officialTitle: 中华人民共和国示例法, jurisdiction: cn, description: d, url: "https://example.org/law", facts: [{type: APPLIES_IN, target: "jur:cn", from: 2015-07-01, url: "https://example.org/law"}]}\n',
  },
]);

const article = (n: number, text: string): Provision => ({ locator: `art_${n}`, kind: 'article', number: `第${n}条`, order: n, text, paragraphs: [] });

function cited(provisions: Provision[], ownTitles = ['中华人民共和国测试条例'], from?: string) {
  const emit = new Emitter('fixture-cited');
  emit.node('law:cn:test', ['Law'], { name: 'Test Regulations' });
  for (const p of provisions) emit.node(`prov:fixture-cited:${p.locator}`, ['Provision'], { locator: p.locator, text: p.text });
  const n = emitCitedLaws(emit, catalog, provisions, 'zh', { lawId: 'law:cn:test', ownTitles, from, provisionId: (l) => `prov:fixture-cited:${l}` });
  const records = emit.records();
  const rels = records.filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === 'CITES');
  const nodes = records.filter((r): r is NodeRecord => r.type === 'node' && r.labels.includes('Law'));
  return { n, rels, nodes };
}

describe('laws a statute cites by title', () => {
  it('a catalog law by its official title; a law the catalog does not know as the recognised law a report would make', () => {
    const { n, rels, nodes } = cited([article(1, '为了规范测试活动，根据《中华人民共和国示例法》和《中华人民共和国样本法》，制定本条例。')]);
    expect(n).toBe(2);
    expect(rels.map((r) => r.end.id)).toEqual(['law:cn:example-law', 'law:~中华人民共和国样本法']);
    expect(rels[0]?.properties.evidence).toMatchObject({ locator: 'art_1', quote: '为了规范测试活动，根据《中华人民共和国示例法》和《中华人民共和国样本法》，制定本条例。' });
    expect(nodes.find((x) => x.id === 'law:~中华人民共和国样本法')?.properties).toMatchObject({ name: '中华人民共和国样本法', curated: false });
  });

  it('quotes the sentence that cites, once per provision and law; its own title, a licence or a catalogue is no law it cites', () => {
    const { rels } = cited([
      article(2, '违反本条例规定的，依照《中华人民共和国示例法》处罚。情节严重的，依照《中华人民共和国示例法》第二十条处理。'),
      article(3, '本条例所称许可证，是指《测试业务经营许可证》。'),
      article(4, '《中华人民共和国测试条例》自公布之日起施行。'),
    ]);
    expect(rels.map((r) => `${r.start.id} ${r.end.id}`)).toEqual(['prov:fixture-cited:art_2 law:cn:example-law']);
    expect(rels[0]?.properties.evidence).toMatchObject({ quote: '违反本条例规定的，依照《中华人民共和国示例法》处罚。' });
  });

  it('a text older than the catalog law of the title it cites names an earlier work of that title, kept apart', () => {
    const repeal = article(40, '本法自公布之日起施行。1993年通过的《中华人民共和国示例法》同时废止。');
    const old = cited([repeal], undefined, '2014-11-01');
    expect(old.rels.map((r) => r.end.id)).toEqual(['law:~中华人民共和国示例法-before-2015-07-01']);
    expect(old.nodes.find((x) => x.id === 'law:~中华人民共和国示例法-before-2015-07-01')?.properties).toMatchObject({ name: '中华人民共和国示例法 (before 2015-07-01)', aliases: ['《中华人民共和国示例法》'], curated: false });
    // In force the day the law began, or after it, or undated: the catalog law.
    expect(cited([repeal], undefined, '2015-07-01').rels.map((r) => r.end.id)).toEqual(['law:cn:example-law']);
    expect(cited([repeal]).rels.map((r) => r.end.id)).toEqual(['law:cn:example-law']);
  });

  it('reads Chinese text only', () => {
    const emit = new Emitter('fixture-cited-en');
    expect(emitCitedLaws(emit, catalog, [article(1, 'Under 《中华人民共和国示例法》 …')], 'en', { lawId: 'x', ownTitles: [], provisionId: (l) => l })).toBe(0);
  });
});
