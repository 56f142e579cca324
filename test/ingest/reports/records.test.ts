import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { GraphRecord, RelationshipRecord } from '../../../ingest/emit.ts';
import { Emitter } from '../../../ingest/emit.ts';
import type { SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { emitReport } from '../../../ingest/reports/records.ts';
import { buildIngestReport } from '../../../ingest/reports/report.ts';
import { CREEMERS, USCC, corpusSource, fixtureSource } from './helpers.ts';

const catalog = loadCatalog();

function extract(file: SourceFile) {
  const emit = new Emitter(file.entry.id);
  emit.node(`doc:${file.entry.id}`, ['Document'], { title: file.entry.title });
  const findings = emitReport(emit, parseReport(file), catalog, file.entry);
  return { records: emit.records(), findings };
}
const rels = (records: GraphRecord[], type: string): RelationshipRecord[] =>
  records.filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === type);

describe('Creemers & Lee report records', () => {
  const { records, findings } = extract(corpusSource(CREEMERS));

  it('finds that the Countering CCP Drones Act, a bill, would restrict DJI (PROPOSES, never RESTRICTS), quoting the report', () => {
    expect(rels(records, 'RESTRICTS').some((x) => x.start.id === 'law:us:countering-ccp-drones-act')).toBe(false);
    const r = rels(records, 'PROPOSES').find((x) => x.start.id === 'law:us:countering-ccp-drones-act' && x.end.id === 'company:dji');
    expect(r).toBeDefined();
    expect(r?.properties.evidence).toMatchObject({
      documentId: CREEMERS,
      locator: 'sec_1.p_3.s_8',
      method: 'pattern:restricts',
    });
    // The subject is named in the sentence before ("This would ... ban"): the quote holds both, verbatim.
    const quote = r?.properties.evidence.quote ?? '';
    expect(quote).toMatch(/^At the time of writing, the Countering CCP Drones Act has passed the House of Representatives/);
    expect(quote).toMatch(/This would, amongst others, ban new DJI UAVs from US communications networks \.$/);
    expect(corpusSource(CREEMERS).text).toContain(quote);
    expect(r?.properties.antecedent).toBe('sec_1.p_3.s_7');
  });

  it('emits passages with HAS_PASSAGE and MENTIONS carrying the sentence as quote', () => {
    const passage = records.find((r) => r.id === `passage:${CREEMERS}:sec_1.p_3.s_8`);
    expect(passage?.properties).toMatchObject({ documentId: CREEMERS, locator: 'sec_1.p_3.s_8' });
    expect(rels(records, 'HAS_PASSAGE').length).toBe(findings.sentences);
    const m = rels(records, 'MENTIONS').find((x) => x.start.id === passage?.id && x.end.id === 'company:dji');
    expect(m?.properties.evidence.quote).toBe(passage?.properties.text);
    expect(m?.properties.evidence.method).toBe('pattern:alias');
  });

  it('copies full catalog properties onto entity nodes', () => {
    const dji = records.find((r) => r.id === 'company:dji');
    expect(dji?.properties).toMatchObject({ name: 'DJI', nameZh: '大疆创新', description: expect.any(String) });
    // Support is the report's own (re-ingest retracts it); the properties come from the catalog url.
    expect(dji?.properties.evidence).toMatchObject({ documentId: 'report-creemers-lee-2024-drones-smart-vehicles', method: 'catalog' });
    expect(dji?.properties.evidence?.url).toMatch(/^https:\/\//);
  });

  it('links the manifest authors with AUTHORED', () => {
    const a = rels(records, 'AUTHORED').map((r) => r.start.id);
    expect(a).toEqual(['person:rogier-creemers', 'person:john-lee']);
    expect(rels(records, 'MENTIONS').some((r) => r.end.id === 'person:rogier-creemers')).toBe(true);
  });

  it('has evidence on every relationship', () => {
    for (const r of records) {
      if (r.type !== 'relationship') continue;
      const ev = r.properties.evidence;
      expect(ev.quote || ev.url || ev.method.startsWith('structure')).toBeTruthy();
    }
  });
});

describe('USCC report records', () => {
  const { records, findings } = extract(corpusSource(USCC));
  it('cites the public law the catalog has, and the one it lacks as a recognised law', () => {
    expect(rels(records, 'CITES').map((r) => r.end.id)).toEqual(['law:us:public-law-106-398', 'law:~public-law-113-291']);
    expect(findings.unmatchedCitations).toEqual([]);
    const law = records.find((r) => r.id === 'law:~public-law-113-291');
    expect(law?.properties).toMatchObject({ name: 'Public Law 113-291', curated: false, procedural: true, recognisedBy: ['instrument:public-law'], kind: 'statute' });
  });
  it('learns SPD for the catalog entity, BRI for a recognised one, and resolves "the Commission"', () => {
    expect(findings.learnedAcronyms).toEqual(
      expect.arrayContaining([
        { acronym: 'SPD', id: 'organization:sosi-spd', locator: 'sec_2.p_1.s_1' },
        { acronym: 'BRI', id: 'organization:~belt-and-road-initiative', locator: expect.any(String) },
      ]),
    );
    const uscc = findings.entities.find((e) => e.id === 'organization:uscc');
    expect(uscc?.rules['bare-head:sole-candidate']).toBeGreaterThan(0);
    expect(uscc?.surfaces).toContain('Commission');
  });
  it('keeps footnote URLs on the passage', () => {
    const p = records.find((r) => r.id === `passage:${USCC}:sec_3.p_3.s_6`);
    expect(p?.properties.footnoteUrls).toEqual([expect.stringMatching(/^https:\/\/www2\.deloitte\.com\//)]);
  });
  it('feeds the ingest report, with unused aliases per catalog', () => {
    const report = buildIngestReport(catalog, [findings, extract(corpusSource(CREEMERS)).findings]);
    expect(report.documents).toHaveLength(2);
    expect(report.catalog.neverSeen).toContainEqual({ id: 'company:dji', surface: '大疆创新' });
    expect(report.catalog.neverSeen).not.toContainEqual({ id: 'company:dji', surface: 'DJI' });
  });
});

describe('a third report (HTML, own text, invented organisations), with no code change', () => {
  const file = fixtureSource('reports/smart-meters.html', { id: 'report-fixture-smart-meters', format: 'html', date: '2025-03', authors: ['Mara Quist'] });
  const report = parseReport(file);
  const { records, findings } = extract(file);

  it('parses sections, list items and footnotes', () => {
    expect(report.title).toBe('Grid Edge Exposure: Chinese Components in European Smart Meters');
    expect(report.sections.map((s) => s.paragraphs.length)).toEqual([1, 2, 2, 3]);
    expect(report.footnotes.map((f) => [f.mark, f.urls])).toEqual([
      ['1', ['https://example.org/tariffs/interval.pdf']],
      ['2', ['https://example.org/audits/2024']],
    ]);
    expect(report.sections[1].paragraphs[0].sentences[0].footnotes).toEqual(['1']);
    expect(report.sections[2].paragraphs[0].sentences[0].footnotes).toEqual(['2']);
    expect(JSON.stringify(report.sections)).not.toMatch(/↩|tariff sheet/);
  });

  it('extracts rule relations with quotes', () => {
    const got = findings.relations.map((r) => `${r.start} ${r.type} ${r.end}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'product:smart-meters COLLECTS data:consumption-data',
        'company:quectel MAKES product:iot-modules',
        'company:china-mobile HEADQUARTERED_IN jur:cn',
        'company:huawei PARTICIPATES_IN standard-body:3gpp',
        'company:huawei SUBJECT_TO law:cn:national-intelligence-law',
        'authority:fcc RESTRICTS company:hikvision',
      ]),
    );
    for (const r of findings.relations) expect(report.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ')).toContain(r.quote);
  });

  it('links citations to the provision of the version in force', () => {
    expect(rels(records, 'CITES').map((r) => r.end.id).sort()).toEqual([
      'prov:cn-cybersecurity-law-2016:art_37',
      'prov:cn-data-security-law:art_36',
      'prov:cn-national-intelligence-law:art_7',
    ]);
    expect(findings.unmatchedCitations.map((c) => c.surface)).toEqual(['Section 12']);
  });

  it('makes entities the catalog lacks nodes of their kind, marked not curated, with the rule that found them', () => {
    const recognised = findings.entities.filter((e) => !e.curated).map((e) => `${e.label} ${e.name} [${Object.keys(e.rules).join(', ')}]`);
    expect(recognised).toEqual(
      expect.arrayContaining([
        'Organization Norland Grid Metering Association [body:name-head, acronym:learned]',
        'Company Hexian Smart Energy Technology Co., Ltd. [body:name-head]',
        'Authority Valdmark Ministry of Energy Transition [body:head-of]',
      ]),
    );
    const node = records.find((r) => r.id === 'company:~hexian-smart-energy-technology-co-ltd');
    expect(node).toMatchObject({ labels: ['Company'], properties: { name: 'Hexian Smart Energy Technology Co., Ltd.', curated: false } });
    const mention = rels(records, 'MENTIONS').find((r) => r.end.id === node?.id);
    expect(mention?.properties.evidence).toMatchObject({ method: 'pattern:body-name-head', quote: expect.stringContaining('Hexian Smart Energy') });
    // Catalog nodes carry no such mark: the two stay distinguishable.
    expect(records.find((r) => r.id === 'company:huawei')?.properties.curated).toBeUndefined();
  });
});
