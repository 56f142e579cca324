// Every statute in the reference corpus parses, with exact counts per document.
import { describe, expect, it } from 'vitest';
import type { ParsedStatute, ProvisionKind } from '../../../ingest/model.ts';
import { isStatuteEntry, parseStatute } from '../../../ingest/statutes/index.ts';
import { corpusSource, manifest } from './helpers.ts';

type Counts = Partial<Record<ProvisionKind, number>>;

const EXPECTED: Record<string, Counts> = {
  'cn-national-intelligence-law': { article: 32 },
  'cn-cybersecurity-law-2016': { article: 79 },
  'cn-data-security-law': { article: 55 },
  'cn-pipl': { article: 74 },
  'cn-counter-espionage-law-2014': { article: 40 },
  'cn-counter-espionage-law-2023': { article: 71 },
  'cn-national-security-law': { article: 84 },
  'cn-counter-terrorism-law': { article: 97 },
  'cn-uav-flight-interim-regulations': { article: 63 },
  'cn-network-data-security-regulations': { article: 64 },
  'cn-cii-security-protection-regulations': { article: 51 },
  'cn-cybersecurity-law-2025': { article: 81 },
  'cn-cryptography-law': { article: 44 },
  'cn-anti-foreign-sanctions-law': { article: 16 },
  'cn-telecommunications-regulations': { article: 80 },
  'cn-standardization-law': { article: 45 },
  'eu-gdpr': { article: 99, recital: 173 },
  'eu-gdpr-formex': { article: 99, recital: 173 },
  'eu-cra-oj': { article: 71, recital: 130 },
  'eu-cra-consolidated': { article: 71, annex: 8 },
  'eu-nis2': { article: 46, recital: 144, annex: 1 },
  'eu-nis2-formex': { article: 46, recital: 144 },
  'eu-nis2-formex-annex-i': { annex: 1 },
  'eu-nis2-formex-annex-ii': { annex: 1 },
  'eu-nis2-formex-annex-iii': { annex: 1 },
  'intl-unece-r155': { section: 12, annex: 5 },
  // One section per file; notes other than laws set out in full stay notes.
  'us-usc-47-1601': { section: 1, note: 1 },
  'us-usc-47-1602': { section: 1 },
  'us-usc-47-1603': { section: 1, note: 1 },
  'us-usc-47-1604': { section: 1 },
  'us-usc-47-1605': { section: 1 },
  'us-usc-47-1606': { section: 1, note: 1 },
  'us-usc-47-1607': { section: 1 },
  'us-usc-47-1608': { section: 1, note: 1 },
  'us-usc-47-1609': { section: 1 },
  'us-eo-14117': { preamble: 1, section: 8 },
  'us-eo-drone-dominance-2025': { preamble: 1, section: 10 },
};

/** Laws a document sets out in full (US Code statutory notes): law key -> its provision locators. */
const EMBEDDED: Record<string, Record<string, string[]>> = {
  'us-usc-47-1601': {
    'pl-116-124': ['pl116-124.sec_1'],
    'pl-118-159': ['pl118-159.sec_1709'],
    'pl-117-55': ['pl117-55.sec_1', 'pl117-55.sec_2'],
  },
};
const USC_47 = ['1601', '1602', '1603', '1604', '1605', '1606', '1607', '1608', '1609'].map((n) => `us-usc-47-${n}`);

const cache = new Map<string, ParsedStatute>();
const parsed = (id: string): ParsedStatute => {
  let p = cache.get(id);
  if (!p) {
    p = parseStatute(corpusSource(id));
    cache.set(id, p);
  }
  return p;
};
const provision = (id: string, locator: string) => {
  const p = parsed(id).provisions.find((x) => x.locator === locator);
  if (!p) throw new Error(`${id} has no ${locator}`);
  return p;
};

describe('statute corpus', () => {
  it('covers every statute document of the manifest', () => {
    const ids = manifest.documents.filter(isStatuteEntry).map((d) => d.id).sort();
    expect(ids).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s parses with the expected counts', (id, expected) => {
    const counts: Counts = {};
    for (const p of parsed(id).provisions) counts[p.kind] = (counts[p.kind] ?? 0) + 1;
    expect(counts).toEqual(expected);
    const embedded = Object.fromEntries((parsed(id).embedded ?? []).map((l) => [l.key, l.provisions.map((p) => p.locator)]));
    expect(embedded).toEqual(EMBEDDED[id] ?? {});
  });

  it('keeps National Intelligence Law art. 7 verbatim, without its label', () => {
    const art7 = provision('cn-national-intelligence-law', 'art_7');
    expect(art7.number).toBe('第七条');
    expect(art7.chapter).toBe('第一章 总则');
    expect(art7.text.startsWith('任何组织和公民都应当依法支持、协助和配合国家情报工作')).toBe(true);
    expect(art7.paragraphs.map((p) => p.locator)).toEqual(['art_7__para_1', 'art_7__para_2']);
  });

  it('gives Chinese Markdown offsets into the file (blank lines between paragraphs)', () => {
    const file = corpusSource('cn-pipl');
    for (const p of parseStatute(file).provisions) {
      expect(file.text.slice(p.start, p.end).replace(/\n\s*\n/g, '\n')).toBe(p.text);
      for (const para of p.paragraphs) expect(p.text.slice(para.start, para.end)).toBe(para.text);
    }
  });

  it('reads Chinese header dates', () => {
    const d = parsed('cn-national-intelligence-law').dates;
    expect(d.adopted).toBe('2017-06-27');
    expect(d.amendments).toEqual([expect.objectContaining({ date: '2018-04-27', kind: 'amended' })]);
    expect(d.inForceFrom).toBe('2017-06-28');
    expect(parsed('cn-counter-espionage-law-2023').dates.amendments[0]).toMatchObject({ date: '2023-04-26', kind: 'revised' });
    expect(parsed('cn-cybersecurity-law-2025').dates).toMatchObject({ adopted: '2025-10-28', inForceFrom: '2026-01-01' });
  });

  it('reconstructs 第X条 and chapters from NPC JSON', () => {
    const art37 = provision('cn-cybersecurity-law-2025', 'art_37');
    expect(art37.number).toBe('第三十七条');
    expect(provision('cn-cybersecurity-law-2025', 'art_81').number).toBe('第八十一条');
    expect(provision('cn-cybersecurity-law-2025', 'art_22').chapter).toBe('第三章 网络运行安全');
    expect(provision('cn-cybersecurity-law-2025', 'art_22').section).toBe('第一节 一般规定');
  });

  it.each(['eu-gdpr', 'eu-gdpr-formex'])('%s art. 32: heading, paragraph 1 and point (a)', (id) => {
    const art32 = provision(id, 'art_32');
    expect(art32.heading).toBe('Security of processing');
    expect(art32.chapter).toBe('CHAPTER IV Controller and processor');
    expect(art32.section).toBe('Section 2 Security of personal data');
    const para1 = art32.paragraphs.find((p) => p.locator === 'art_32__para_1');
    expect(para1?.text.startsWith('Taking into account the state of the art')).toBe(true);
    const a = art32.paragraphs.find((p) => p.locator === 'art_32__para_1__pt_a');
    expect(a).toMatchObject({ number: '(a)', text: 'the pseudonymisation and encryption of personal data;' });
    for (const p of art32.paragraphs) expect(art32.text.slice(p.start, p.end)).toBe(p.text);
    expect(parsed(id).dates.adopted).toBe('2016-04-27');
  });

  it('gives the same GDPR text from XHTML and Formex', () => {
    const x = parsed('eu-gdpr').provisions;
    const f = parsed('eu-gdpr-formex').provisions;
    const differing = x.filter((p, i) => p.text !== f[i].text || p.locator !== f[i].locator).map((p) => p.locator);
    // The two renditions differ only where the XHTML and Formex sources themselves differ.
    // Art. 83: the Formex source prints "10000000 EUR" where the XHTML has "10 000 000 EUR".
    expect(differing).toEqual(['art_83']);
  });

  it('strips consolidation markers from the consolidated CRA', () => {
    const doc = parsed('eu-cra-consolidated');
    for (const p of doc.provisions) expect(p.text).not.toMatch(/▼|\]\(#/);
    expect(provision('eu-cra-consolidated', 'anx_I').heading).toBe('ESSENTIAL CYBERSECURITY REQUIREMENTS');
    expect(provision('eu-cra-oj', 'art_13').heading).toBe(provision('eu-cra-consolidated', 'art_13').heading);
    expect(provision('eu-cra-oj', 'rct_1').text.startsWith('Cybersecurity is one of the key challenges')).toBe(true);
    expect(parsed('eu-cra-oj').dates.adopted).toBe('2024-10-23');
  });

  it('reads NIS2 annexes from Formex files and the Markdown', () => {
    expect(provision('eu-nis2-formex-annex-ii', 'anx_II').heading).toBe('OTHER CRITICAL SECTORS');
    expect(provision('eu-nis2', 'anx_I').heading).toBe('SECTORS OF HIGH CRITICALITY');
  });

  it('reads UNECE R155 sections and annexes, noting the duplicated lines', () => {
    const doc = parsed('intl-unece-r155');
    expect(provision('intl-unece-r155', 'sec_5')).toMatchObject({ kind: 'section', number: '5', heading: 'Approval' });
    expect(provision('intl-unece-r155', 'anx_5')).toMatchObject({ kind: 'annex', number: '5' });
    expect(doc.warnings.join(' ')).toMatch(/repeats \d+ lines/);
  });

  it('reads 47 U.S.C. 1601: locators, headings and nested paragraphs verbatim', () => {
    const sec = provision('us-usc-47-1601', 'sec_1601');
    expect(sec).toMatchObject({ kind: 'section', number: '1601', heading: 'Determination of communications equipment or services posing national security risks' });
    expect(sec.paragraphs.map((p) => p.locator)).toEqual([
      'sec_1601.a', 'sec_1601.b', 'sec_1601.b.1', 'sec_1601.b.2', 'sec_1601.b.2.A', 'sec_1601.b.2.B', 'sec_1601.b.2.C',
      'sec_1601.c', 'sec_1601.c.1', 'sec_1601.c.2', 'sec_1601.c.3', 'sec_1601.c.4', 'sec_1601.d', 'sec_1601.d.1', 'sec_1601.d.2', 'sec_1601.d.3',
    ]);
    expect(sec.paragraphs.find((p) => p.locator === 'sec_1601.b.2.A')).toMatchObject({
      number: '(A)',
      text: 'routing or redirecting user data traffic or permitting visibility into any user data or packets that such equipment or service transmits or otherwise handles;',
    });
    expect(sec.paragraphs.find((p) => p.locator === 'sec_1601.d.2')).toMatchObject({ number: '(2)', heading: 'Monitoring of determinations' });
    expect(sec.text.startsWith('(a) Publication of covered communications equipment or services list\nNot later than 1 year after March 12, 2020, the Commission shall publish')).toBe(true);
    for (const id of USC_47) {
      for (const p of parsed(id).provisions) for (const q of p.paragraphs) expect(p.text.slice(q.start, q.end)).toBe(q.text);
    }
    // The notes are not text of 47 U.S.C. 1601.
    expect(sec.text).not.toMatch(/Da-Jiang|Secure Equipment Act|Short Title/);
  });

  it('makes FY2025 NDAA sec. 1709, set out in a note under 1601, a provision of Pub. L. 118-159 naming DJI', () => {
    const ndaa = parsed('us-usc-47-1601').embedded?.find((l) => l.key === 'pl-118-159');
    expect(ndaa).toMatchObject({ citation: 'Pub. L. 118-159', jurisdiction: 'us', enacted: '2024-12-23' });
    const [s1709] = ndaa?.provisions ?? [];
    expect(s1709).toMatchObject({ locator: 'pl118-159.sec_1709', number: '1709', heading: 'Analysis of Certain Unmanned Aircraft Systems Entities' });
    const a1A = s1709?.paragraphs.find((p) => p.locator === 'pl118-159.sec_1709.a.1.A');
    expect(a1A?.text).toContain('Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited');
    expect(s1709?.paragraphs.find((p) => p.locator === 'pl118-159.sec_1709.a.1.B')?.text).toContain('Autel Robotics');
    expect(s1709?.paragraphs.find((p) => p.locator === 'pl118-159.sec_1709.b.1.A')?.text).toBe('the Commission shall place such communications equipment or services on the covered list; and');
    // The Code's quotation marks are not the law's text.
    expect(s1709?.text).not.toMatch(/^“|”$/);
    const sea = parsed('us-usc-47-1601').embedded?.find((l) => l.key === 'pl-117-55');
    expect(sea?.provisions[0]?.text).toBe('This Act may be cited as the ‘Secure Equipment Act of 2021’.');
  });

  it('dates each section by its source credit and keys the nine files as one codified text', () => {
    expect(parsed('us-usc-47-1601').dates).toEqual({ adopted: '2020-03-12', amendments: [], lines: ['Pub. L. 116–124, § 2, Mar. 12, 2020, 134 Stat. 158'] });
    expect(parsed('us-usc-47-1603').dates.amendments).toEqual([
      { date: '2020-12-27', kind: 'amended', line: 'Pub. L. 116–260, div. N, title IX, § 901(1), Dec. 27, 2020, 134 Stat. 2120' },
      { date: '2024-12-23', kind: 'amended', line: 'Pub. L. 118–159, div. E, title LIV, § 5405, Dec. 23, 2024, 138 Stat. 2451' },
    ]);
    expect(new Set(USC_47.map((id) => JSON.stringify(parsed(id).expression)))).toEqual(
      new Set([JSON.stringify({ key: 'usc-t47-pl-116-124', title: '47 U.S.C., sections enacted by Pub. L. 116-124', adopted: '2020-03-12' })]),
    );
    expect(new Set(USC_47.map((id) => parsed(id).law?.key))).toEqual(new Set(['pl-116-124']));
  });

  it('reads EO 14117: preamble, sections with headings, points, and its date', () => {
    const eo = parsed('us-eo-14117');
    expect(eo.provisions.map((p) => [p.locator, p.heading])).toEqual([
      ['preamble', undefined],
      ['sec_1', 'Policy'],
      ['sec_2', 'Prohibited and Restricted Transactions'],
      ['sec_3', 'Protecting Sensitive Personal Data'],
      ['sec_4', 'Assessing the National Security Risks Arising from Prior Transfers of United States Persons’ Bulk Sensitive Personal Data'],
      ['sec_5', 'Report to the President'],
      ['sec_6', 'Assessing Risks Associated with Human ‘omic Data'],
      ['sec_7', 'Definitions'],
      ['sec_8', 'General Provisions'],
    ]);
    expect(provision('us-eo-14117', 'preamble').text.startsWith('By the authority vested in me as President')).toBe(true);
    const sec2 = provision('us-eo-14117', 'sec_2');
    expect(sec2.text.startsWith('(a) To assist in addressing the national emergency described in this order, the Attorney General')).toBe(true);
    expect(sec2.paragraphs.find((p) => p.locator === 'sec_2.a.i')?.text.startsWith('involves bulk sensitive personal data')).toBe(true);
    // (i) after (h) is the ninth subsection, not a point.
    expect(sec2.paragraphs.filter((p) => p.locator.split('.').length === 2).map((p) => p.number).join('')).toBe('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)(m)');
    expect(eo.dates).toEqual({ adopted: '2024-02-28', amendments: [], lines: ['THE WHITE HOUSE, February 28, 2024.'] });
    expect(eo.law).toMatchObject({ key: 'eo-14117', citation: 'Executive Order 14117', enacted: '2024-02-28' });
    expect(provision('us-eo-14117', 'sec_8').text).not.toMatch(/BIDEN|WHITE HOUSE/);
  });

  it('reads the June 2025 drone order without inventing a number', () => {
    const eo = parsed('us-eo-drone-dominance-2025');
    expect(eo.law).toBeUndefined();
    expect(eo.dates.adopted).toBe('2025-06-06');
    expect(provision('us-eo-drone-dominance-2025', 'sec_1')).toMatchObject({ heading: 'Purpose' });
    expect(provision('us-eo-drone-dominance-2025', 'sec_4').paragraphs.find((p) => p.locator === 'sec_4.c.iv')?.text.startsWith('be used in accordance with guidance on Federal use of AI')).toBe(true);
  });
});
