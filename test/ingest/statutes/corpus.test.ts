// Every statute in the reference corpus parses, with exact counts per document.
import { describe, expect, it } from 'vitest';
import type { ParsedStatute } from '../../../ingest/model.ts';
import { isStatuteEntry, parseStatute } from '../../../ingest/statutes/index.ts';
import { corpusSource, manifest } from './helpers.ts';

type Counts = Partial<Record<'article' | 'recital' | 'annex' | 'section', number>>;

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
};

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
});
