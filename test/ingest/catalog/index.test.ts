import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog, parseCatalog } from '../../../ingest/catalog/index.ts';
import type { CatalogSource } from '../../../ingest/catalog/index.ts';
import { emitCatalog } from '../../../ingest/catalog/records.ts';
import type { RelationshipRecord } from '../../../ingest/emit.ts';
import { Emitter } from '../../../ingest/emit.ts';
import { manifest } from '../reports/helpers.ts';

const jur = 'kind: Jurisdiction\nentries:\n  - {id: "jur:cn", name: China, description: d, url: "https://example.org/cn"}\n';
/** The test's own capacity vocabulary. */
const capacities = [{ id: 'runs-things', name: 'Runs things for users', meets: { zh: ['运行者'], en: [] } }];

function problems(sources: CatalogSource[]): string[] {
  try {
    parseCatalog(sources, undefined, capacities);
  } catch (e) {
    if (e instanceof CatalogError) return e.problems;
    throw e;
  }
  return [];
}

/** A company file whose one entry has these facts (flow mappings, one per line). */
const company = (...facts: string[]): CatalogSource => ({
  name: 'c.yaml',
  text: ['kind: Company', 'entries:', '  - id: company:acme', '    name: Acme', '    description: d', '    url: https://example.org', '    facts:', ...facts.map((f) => `      - ${f}`)].join('\n'),
});

/** A law file whose one entry has these extra keys and facts. */
const law = (keys: string[], ...facts: string[]): CatalogSource => ({
  name: 'l.yaml',
  text: ['kind: Law', 'entries:', '  - id: law:cn:acme-act', '    name: Acme Act', '    jurisdiction: cn', '    description: d', '    url: https://example.org/act', ...keys.map((k) => `    ${k}`), '    facts:', ...facts.map((f) => `      - ${f}`)].join('\n'),
});

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
    const p = problems([{ name: 'j.yaml', text: jur }, company('{type: HEADQUARTERED_IN, target: jur:cn, undated: true}')]);
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
          '  - {id: "company:b", name: Beta, aliases: [apex], description: d, url: "https://example.org/b", facts: [{type: OWNED_BY, target: "company:zzz", url: "https://example.org", undated: true}]}',
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

  it('emits nodes and sourced fact relationships, with their dates, as the catalog document', () => {
    const emit = new Emitter('catalog');
    const summary = emitCatalog(emit, catalog);
    const records = emit.records();
    const dji = records.find((r) => r.type === 'node' && r.id === 'company:dji');
    expect(dji?.type === 'node' && dji.labels).toEqual(['Company']);
    expect(dji?.properties.searchText).toContain('深圳市大疆创新科技有限公司');
    const covered = records.find((r): r is RelationshipRecord => r.id === 'law:us:fcc-covered-list|RESTRICTS|company:dji');
    expect(covered?.properties.evidence).toMatchObject({ documentId: 'catalog', locator: 'laws.yaml#law:us:fcc-covered-list', method: 'catalog' });
    expect(covered?.properties.evidence.url).toMatch(/^https:\/\//);
    expect(covered?.properties.from).toBe('2025-12-22');
    expect(summary.facts).toBe(records.filter((r) => r.type === 'relationship').length);
    for (const r of records) expect(r.properties.evidence?.url ?? r.properties.evidence?.method).toBeTruthy();
    for (const r of records) if (r.type === 'relationship') expect(r.properties.evidence.url).toMatch(/^https?:\/\//);
  });
});

describe('catalog facts are sourced and dated', () => {
  const jurFile = { name: 'j.yaml', text: jur };

  it('requires a date or an explicit undated on every fact, even one with other problems', () => {
    expect(problems([jurFile, company('{type: HEADQUARTERED_IN, target: jur:cn, url: "https://example.org/hq"}')])).toEqual([
      'c.yaml#company:acme: fact 1 (HEADQUARTERED_IN jur:cn): no date: give `from` (yyyy-mm-dd) or `undated: true`',
    ]);
    expect(problems([jurFile, company('{type: HEADQUARTERED_IN, target: jur:cn}')])).toEqual([
      'c.yaml#company:acme: fact 1 (HEADQUARTERED_IN jur:cn): missing or invalid url',
      'c.yaml#company:acme: fact 1 (HEADQUARTERED_IN jur:cn): no date: give `from` (yyyy-mm-dd) or `undated: true`',
    ]);
  });

  it('rejects bad dates, both a date and undated, an end before the start, and other statuses', () => {
    const p = problems([
      jurFile,
      company(
        '{type: HEADQUARTERED_IN, target: jur:cn, from: 2024-02-30, url: "https://example.org/a"}',
        '{type: HEADQUARTERED_IN, target: jur:cn, from: 2024-01-01, undated: true, url: "https://example.org/b"}',
        '{type: HEADQUARTERED_IN, target: jur:cn, from: 2024-01-01, to: 2023-12-31, url: "https://example.org/c"}',
        '{type: HEADQUARTERED_IN, target: jur:cn, undated: true, status: verified, checked: 2024-1-1, url: "https://example.org/d"}',
      ),
    ]);
    expect(p).toEqual([
      'c.yaml#company:acme: fact 1 (HEADQUARTERED_IN jur:cn): bad date "2024-02-30" (yyyy-mm-dd)',
      'c.yaml#company:acme: fact 2: both `from` and `undated`',
      'c.yaml#company:acme: fact 3: `to` 2023-12-31 is before `from` 2024-01-01',
      'c.yaml#company:acme: fact 4: status must be "unverified" (or left out)',
      'c.yaml#company:acme: fact 4: bad date "2024-1-1" (yyyy-mm-dd)',
    ]);
  });

  it('keeps a dated, checked or unverified fact with its dates', () => {
    const catalog = parseCatalog(
      [jurFile, company('{type: HEADQUARTERED_IN, target: jur:cn, from: 2020-01-01, to: 2024-06-30, status: unverified, checked: 2024-07-01, url: "https://example.org/hq"}')],
      undefined,
      capacities,
    );
    expect(catalog.byId.get('company:acme')?.facts).toEqual([
      { type: 'HEADQUARTERED_IN', target: 'jur:cn', url: 'https://example.org/hq', from: '2020-01-01', to: '2024-06-30', status: 'unverified', checked: '2024-07-01' },
    ]);
    const emit = new Emitter('catalog');
    emitCatalog(emit, catalog);
    const rel = emit.records().find((r): r is RelationshipRecord => r.type === 'relationship');
    expect(rel?.properties).toMatchObject({ from: '2020-01-01', to: '2024-06-30', unverified: true, checked: '2024-07-01' });
  });

  it('lets only an enacted or in-force law restrict, designate or add to a list', () => {
    const target = 'company:acme';
    const acme = company('{type: HEADQUARTERED_IN, target: jur:cn, undated: true, url: "https://example.org/hq"}');
    const acts = [
      `{type: RESTRICTS, target: ${target}, from: 2024-01-01, url: "https://example.org/r"}`,
      `{type: DESIGNATES, target: ${target}, from: 2024-01-01, url: "https://example.org/d"}`,
      `{type: ADDS_TO_LIST, target: ${target}, from: 2024-01-01, url: "https://example.org/l"}`,
    ];
    expect(problems([jurFile, acme, law(['status: passed-house', 'date: 2024-09-09'], ...acts)])).toEqual([
      'l.yaml#law:cn:acme-act: fact 1: RESTRICTS from a law whose status is "passed-house": only an enacted or in-force law acts on an entity',
      'l.yaml#law:cn:acme-act: fact 2: DESIGNATES from a law whose status is "passed-house": only an enacted or in-force law acts on an entity',
      'l.yaml#law:cn:acme-act: fact 3: ADDS_TO_LIST from a law whose status is "passed-house": only an enacted or in-force law acts on an entity',
    ]);
    expect(problems([jurFile, acme, law([], acts[0])])).toEqual([
      'l.yaml#law:cn:acme-act: fact 1: RESTRICTS from a law with no status: only an enacted or in-force law acts on an entity',
    ]);
    expect(problems([jurFile, acme, law(['status: in-force'], ...acts)])).toEqual([]);
    expect(problems([jurFile, acme, law(['status: enacted', 'date: 2024-12-23'], acts[0])])).toEqual([]);
    // A bill may still say where it applies; it just does not act on anyone.
    expect(problems([jurFile, law(['status: introduced'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org/a"}')])).toEqual([]);
  });

  it('turns what a bill is said to do to an entity (by a report) into a proposal: PROPOSES, never RESTRICTS', () => {
    const bill = { name: 'b.yaml', text: 'kind: Law\nentries:\n  - {id: "law:cn:bill", name: A Bill, jurisdiction: cn, status: passed-house, date: 2024-09-09, description: d, url: "https://example.org/bill"}\n  - {id: "law:cn:act", name: An Act, jurisdiction: cn, status: enacted, date: 2024-12-23, description: d, url: "https://example.org/act"}\n' };
    const catalog = parseCatalog([jurFile, bill]);
    expect(['RESTRICTS', 'DESIGNATES', 'ADDS_TO_LIST', 'MENTIONS'].map((t) => catalog.actingType('law:cn:bill', t))).toEqual(['PROPOSES', 'PROPOSES', 'PROPOSES', 'MENTIONS']);
    expect(catalog.actingType('law:cn:act', 'RESTRICTS')).toBe('RESTRICTS');
    expect(catalog.actingType('company:nobody', 'RESTRICTS')).toBe('RESTRICTS');
  });

  it('checks law statuses, the law a bill was enacted as, and keeps law fields off other entries', () => {
    const enacted = { name: 'm.yaml', text: 'kind: Law\nentries:\n  - {id: "law:cn:big-act", name: Big Act, jurisdiction: cn, status: enacted, date: 2024-12-23, description: d, url: "https://example.org/big"}\n' };
    expect(problems([jurFile, enacted, law(['status: passed-house', 'enactedAs: law:cn:big-act'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org/a"}')])).toEqual([]);
    expect(problems([jurFile, law(['status: signed', 'enactedAs: law:cn:nothing'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org/a"}')])).toEqual([
      'l.yaml#law:cn:acme-act: unknown status "signed" (one of proposed, introduced, passed-house, passed-senate, enacted, in-force, repealed)',
    ]);
    expect(problems([jurFile, law(['status: passed-house', 'enactedAs: jur:cn'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org/a"}')])).toEqual([
      'l.yaml#law:cn:acme-act: enactedAs "jur:cn" is not a law of the catalog',
    ]);
    const p = problems([jurFile, { name: 'c.yaml', text: 'kind: Company\nentries:\n  - {id: "company:acme", name: Acme, description: d, url: "https://example.org", status: enacted, date: 2024-01-01}\n' }]);
    expect(p).toEqual(['c.yaml#company:acme: only a law has `status`', 'c.yaml#company:acme: only a law has `date`']);
  });

  it('lists every problem of every file in one error, with lines', () => {
    let error: CatalogError | undefined;
    try {
      parseCatalog([jurFile, company('{type: HEADQUARTERED_IN, target: jur:cn, url: "https://example.org/hq"}'), law(['status: proposed'], '{type: RESTRICTS, target: company:acme, from: 2024-01-01, url: "https://example.org/r"}')], undefined, capacities);
    } catch (e) {
      error = e as CatalogError;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect(error?.problems).toHaveLength(2);
    expect(error?.message).toContain('c.yaml:8:9: entries[0].facts[0].from: no date');
    expect(error?.message).toContain('l.yaml:10:16: entries[0].facts[0].type: RESTRICTS from a law whose status is "proposed"');
  });
});

describe('company capacities', () => {
  const jurFile = { name: 'j.yaml', text: jur };

  it('accepts only capacities of the vocabulary', () => {
    expect(problems([jurFile, company('{type: HAS_CAPACITY, target: "capacity:flies-to-mars", undated: true, url: "https://example.org/c"}')])).toEqual([
      'c.yaml#company:acme: fact 1 (HAS_CAPACITY) targets unknown capacity "capacity:flies-to-mars" (not in ingest/vocab/capacities.yaml)',
    ]);
    expect(problems([jurFile, company('{type: HAS_CAPACITY, target: "runs-things", undated: true, url: "https://example.org/c"}')])).toHaveLength(1);
    expect(problems([jurFile, company('{type: OWNED_BY, target: "capacity:runs-things", undated: true, url: "https://example.org/c"}')])).toEqual([
      'c.yaml#company:acme: fact 1 (OWNED_BY) targets unknown id "capacity:runs-things"',
    ]);
  });

  it('emits the Capacity node named by the vocabulary and HAS_CAPACITY with its source and dates', () => {
    const catalog = parseCatalog(
      [jurFile, company('{type: HAS_CAPACITY, target: "capacity:runs-things", from: 2019-05-01, to: 2023-01-31, summary: "Runs an app.", url: "https://example.org/app"}')],
      undefined,
      capacities,
    );
    const emit = new Emitter('catalog');
    const summary = emitCatalog(emit, catalog);
    const records = emit.records();
    const node = records.find((r) => r.type === 'node' && r.id === 'capacity:runs-things');
    expect(node?.type === 'node' && node.labels).toEqual(['Capacity']);
    expect(node?.properties.name).toBe('Runs things for users');
    const rel = records.find((r): r is RelationshipRecord => r.id === 'company:acme|HAS_CAPACITY|capacity:runs-things');
    expect(rel?.properties).toMatchObject({ summary: 'Runs an app.', from: '2019-05-01', to: '2023-01-31' });
    expect(rel?.properties.evidence).toMatchObject({ documentId: 'catalog', locator: 'c.yaml#company:acme', method: 'catalog', url: 'https://example.org/app' });
    expect(summary.byFact.HAS_CAPACITY).toBe(1);
  });

  it('reads the project vocabulary by default, and its names change the catalog hash', () => {
    const sources = [jurFile, company('{type: HAS_CAPACITY, target: "capacity:manufactures-civil-uav", undated: true, url: "https://example.org/c"}')];
    const real = parseCatalog(sources);
    expect(real.capacities.get('capacity:manufactures-civil-uav')?.name).toBeTruthy();
    const renamed = parseCatalog(sources, undefined, [{ id: 'manufactures-civil-uav', name: 'Builds drones', meets: { zh: [], en: [] } }]);
    expect(renamed.sha256).not.toBe(real.sha256);
  });
});

describe('the statutes\' designations of a catalog authority', () => {
  const body: CatalogSource = { name: 'a.yaml', text: 'kind: Authority\nentries:\n  - {id: "authority:harbour-office", name: Harbour Office, aliases: [港务办], description: d, url: "https://example.org/h"}\n' };
  const designations = [
    { id: 'harbour-office', name: 'Harbour office', jurisdiction: 'cn' as const, patterns: { zh: ['国家港务部门', '港务办'], en: ['the Office'] } },
    { id: 'other-office', name: 'Other office', jurisdiction: 'cn' as const, patterns: { zh: ['其他港务部门'], en: [] } },
  ];

  it('are aliases of the authority whose id the statute vocabulary shares: the Chinese ones, not the English short forms', () => {
    const catalog = parseCatalog([body], undefined, capacities, designations);
    expect(catalog.entries.find((e) => e.id === 'authority:harbour-office')?.aliases).toEqual(['港务办', '国家港务部门']);
    expect(catalog.entries.map((e) => e.id)).toEqual(['authority:harbour-office']);
    expect(catalog.sha256).not.toBe(parseCatalog([body], undefined, capacities, []).sha256);
  });

  it('name the Cyberspace Administration 国家网信部门 in the project catalog, and the departments of every level (网信部门) not', () => {
    const cac = loadCatalog().entries.find((e) => e.id === 'authority:cac');
    expect(cac?.aliases).toContain('国家网信部门');
    expect(cac?.aliases).not.toContain('网信部门');
  });
});

describe('a law\'s place in the U.S. Code (codified)', () => {
  it('keeps a checked span with its range, and a first section alone, as node properties', () => {
    const c = parseCatalog([{ name: 'j.yaml', text: jur }, law(['codified:', '  - {title: 50, first: "1701", last: "1707", url: "https://example.org/code", checked: 2026-12-05}', '  - {title: 50, first: "1862", url: "https://example.org/s", status: unverified}'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org"}')], undefined, capacities);
    expect(c.byId.get('law:cn:acme-act')?.codified).toEqual([
      { title: 50, first: '1701', last: '1707', url: 'https://example.org/code', checked: '2026-12-05' },
      { title: 50, first: '1862', url: 'https://example.org/s', status: 'unverified' },
    ]);
    expect(c.nodeProperties('law:cn:acme-act').codified).toEqual(['50 U.S.C. 1701-1707', '50 U.S.C. 1862']);
  });

  it('rejects a span with no page, neither checked nor unverified, ending before it starts, or with a bad section', () => {
    const p = problems([
      { name: 'j.yaml', text: jur },
      law(['codified:', '  - {title: 50, first: "1701", checked: 2026-12-05}', '  - {title: 50, first: "1701", url: "https://example.org"}', '  - {title: 50, first: "1707", last: "1701", url: "https://example.org", checked: 2026-12-05}', '  - {title: 50, first: "17x01", url: "https://example.org", checked: 2026-12-05}'], '{type: APPLIES_IN, target: jur:cn, undated: true, url: "https://example.org"}'),
    ]);
    expect(p).toEqual([
      'l.yaml#law:cn:acme-act: missing or invalid url',
      'l.yaml#law:cn:acme-act: a codification is `checked: <date>` or `status: unverified`',
      'l.yaml#law:cn:acme-act: last section 1701 is before the first 1707',
      'l.yaml#law:cn:acme-act: bad section "17x01" ("1701", "302a")',
    ]);
  });

  it('lets no two laws claim one section, and no entry but a law be codified', () => {
    const p = problems([
      { name: 'j.yaml', text: jur },
      {
        name: 'l.yaml',
        text: [
          'kind: Law',
          'entries:',
          '  - {id: "law:cn:a", name: A Act, jurisdiction: cn, description: d, url: "https://example.org/a", codified: [{title: 50, first: "1701", last: "1707", url: "https://example.org", checked: 2026-12-05}]}',
          '  - {id: "law:cn:b", name: B Act, jurisdiction: cn, description: d, url: "https://example.org/b", codified: [{title: 50, first: "1705", url: "https://example.org", checked: 2026-12-05}]}',
          '  - {id: "law:cn:c", name: C Act, jurisdiction: cn, description: d, url: "https://example.org/c", codified: [{title: 19, first: "1705", url: "https://example.org", checked: 2026-12-05}]}',
        ].join('\n'),
      },
      { name: 'c.yaml', text: 'kind: Company\nentries:\n  - {id: "company:a", name: Alpha, description: d, url: "https://example.org/a", codified: [{title: 50, first: "1", url: "https://example.org", checked: 2026-12-05}]}\n' },
    ]);
    expect(p).toEqual(['c.yaml#company:a: only a law has `codified`', "l.yaml#law:cn:b: codification 50 U.S.C. 1705 overlaps l.yaml#law:cn:a's 50 U.S.C. 1701-1707"]);
  });
});

describe('the project catalog', () => {
  const catalog = loadCatalog();
  const facts = catalog.entries.flatMap((e) => e.facts.map((f) => ({ entry: e, fact: f })));

  it('gives every fact a source url and a date or an explicit undated', () => {
    expect(facts.length).toBeGreaterThan(100);
    const missing = facts.filter(({ fact }) => !/^https?:\/\/\S+$/.test(fact.url) || (fact.from === undefined) === (fact.undated !== true));
    expect(missing.map(({ entry, fact }) => `${entry.id} ${fact.type} ${fact.target}`)).toEqual([]);
  });

  it('has no bill acting on a company: the Countering CCP Drones Act passed the House and became FY2025 NDAA sec. 1709', () => {
    const act = catalog.byId.get('law:us:countering-ccp-drones-act');
    expect(act).toMatchObject({ status: 'passed-house', date: '2024-09-09', enactedAs: 'law:us:ndaa-fy2025' });
    expect(act?.facts.filter((f) => f.type === 'RESTRICTS')).toEqual([]);
    const acting = facts.filter(({ fact }) => ['RESTRICTS', 'DESIGNATES', 'ADDS_TO_LIST'].includes(fact.type) && fact.from === undefined);
    expect(acting.map(({ entry, fact }) => `${entry.id} ${fact.type} ${fact.target}`)).toEqual([]);
  });

  it('dates the US measures on DJI, Autel and BYD', () => {
    const on = (company: string) =>
      facts.filter(({ fact }) => fact.target === company && ['RESTRICTS', 'DESIGNATES'].includes(fact.type)).map(({ entry, fact }) => `${entry.id} ${fact.type} ${fact.from}`);
    expect(on('company:dji')).toEqual(
      expect.arrayContaining([
        'law:us:ndaa-fy2025 RESTRICTS 2025-12-22',
        'law:us:fcc-covered-list RESTRICTS 2025-12-22',
        'law:us:entity-list RESTRICTS 2020-12-18',
        'law:us:dod-1260h-list DESIGNATES 2022-10-05',
      ]),
    );
    expect(on('company:autel-robotics')).toEqual(expect.arrayContaining(['law:us:ndaa-fy2025 RESTRICTS 2025-12-22', 'law:us:fcc-covered-list RESTRICTS 2025-12-22']));
    expect(on('company:byd')).toEqual(expect.arrayContaining(['law:us:ndaa-fy2024 RESTRICTS 2027-10-01', 'law:us:bis-connected-vehicles-rule RESTRICTS 2025-03-17']));
  });

  it('places the US statutes measures are imposed under in the U.S. Code, each span with its page', () => {
    const code = (id: string) => catalog.nodeProperties(id).codified;
    expect(code('law:us:ieepa')).toEqual(['50 U.S.C. 1701-1707']);
    expect(code('law:us:national-emergencies-act')).toEqual(['50 U.S.C. 1601-1651']);
    expect(code('law:us:export-control-reform-act')).toEqual(['50 U.S.C. 4801']);
    expect(code('law:us:trade-expansion-act-1962')).toEqual(['19 U.S.C. 1801', '19 U.S.C. 1862']);
    expect(code('law:us:trade-act-1974')).toEqual(['19 U.S.C. 2101']);
    expect(code('law:us:secure-networks-act')).toEqual(['47 U.S.C. 1601']);
    expect(code('law:us:communications-act-1934')).toEqual(['47 U.S.C. 151']);
    expect(code('law:us:defense-production-act')).toEqual(['50 U.S.C. 4501']);
    const spans = catalog.entries.flatMap((e) => e.codified.map((c) => ({ id: e.id, c })));
    expect(spans.filter(({ c }) => !/^https?:\/\/\S+$/.test(c.url) || (c.checked === undefined && c.status === undefined)).map(({ id }) => id)).toEqual([]);
    expect(catalog.byId.get('law:us:ieepa')).toMatchObject({ acronyms: ['IEEPA'], status: 'enacted', date: '1977-12-28' });
  });

  it('states capacities for the companies the reports name', () => {
    const capacitiesOf = (id: string) => (catalog.byId.get(id)?.facts ?? []).filter((f) => f.type === 'HAS_CAPACITY').map((f) => f.target);
    for (const id of ['company:dji', 'company:byd', 'company:huawei', 'company:zte', 'company:hikvision', 'company:dahua', 'company:xiongmai', 'company:china-mobile', 'company:quectel', 'company:nio', 'company:autel-robotics']) {
      expect(capacitiesOf(id).length, id).toBeGreaterThan(0);
    }
    expect(capacitiesOf('company:dji')).toEqual(expect.arrayContaining(['capacity:manufactures-civil-uav', 'capacity:operates-online-services', 'capacity:processes-personal-information']));
    expect(capacitiesOf('company:china-mobile')).toContain('capacity:provides-telecom-services');
  });
});
