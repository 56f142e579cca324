// Sanctions (ingest/norms/sanctions.ts): penalty articles read as sanctioning powers that enforce the
// duties of the articles they cite, on the corpus as the pipeline parses it.
import { describe, expect, it } from 'vitest';
import { corpusStatutes } from '../../../ingest/norms/evaluate.ts';
import { extractNorms, normContext, type NormFinding } from '../../../ingest/norms/extract.ts';
import { findSanctions } from '../../../ingest/norms/sanctions.ts';
import { corpusDir } from '../../corpus.ts';

const { provision, provisionsOf, languageOf } = corpusStatutes(corpusDir);
const sanctions = (doc: string, loc: string): NormFinding[] =>
  extractNorms(provision(doc, loc), languageOf(doc), normContext(provisionsOf(doc), languageOf(doc))).filter((n) => n.sanction);
const enforced = (doc: string, loc: string): string[] => [...new Set(sanctions(doc, loc).flatMap((n) => n.enforces ?? []))];

describe('sanctions', () => {
  it('CSL Art. 66 enforces Art. 37; Art. 60 Arts. 22 and 48; Art. 64 a range', () => {
    expect(enforced('cn-cybersecurity-law-2016', 'art_66')).toEqual(['art_37']);
    expect(enforced('cn-cybersecurity-law-2016', 'art_60')).toEqual(['art_22', 'art_48']);
    expect(enforced('cn-cybersecurity-law-2016', 'art_64')).toEqual(['art_22', 'art_41', 'art_42', 'art_43', 'art_44']);
  });

  it('DSL Art. 48: powers of the competent departments enforcing Arts. 35 and 36, each quoting its sentence', () => {
    const found = sanctions('cn-data-security-law', 'art_48');
    expect(found.map((f) => f.enforces)).toEqual([['art_35'], ['art_36'], ['art_36']]);
    const p = provision('cn-data-security-law', 'art_48');
    for (const f of found) {
      expect(p.text.slice(f.start, f.end)).toBe(f.quote);
      expect(f.modality).toBe('POWER');
      expect(f.authorities.map((a) => a.role)).toContain('EMPOWERS');
    }
  });

  it('a liability-chapter article without a sanction (DSL Art. 44) has none; NIL Art. 28 has one that cites no article', () => {
    expect(sanctions('cn-data-security-law', 'art_44')).toEqual([]);
    const nil = sanctions('cn-national-intelligence-law', 'art_28');
    expect(nil.length).toBeGreaterThan(0);
    expect(nil.flatMap((n) => n.enforces ?? [])).toEqual([]);
  });

  it('CEL 2023 Art. 59 punishes refusing data retrieval: the conduct names the duty, no article is cited', () => {
    const [n] = sanctions('cn-counter-espionage-law-2023', 'art_59') as [NormFinding];
    expect(n.modality).toBe('POWER');
    expect(n.enforces).toEqual([]);
    expect(n.actions).toContain('provide-data-on-request');
    expect(n.authorities).toEqual([expect.objectContaining({ id: 'authority:state-security-organs', role: 'EMPOWERS' })]);
  });

  it('GDPR Art. 83 enforces the listed articles (with ranges), not the Art. 83(2) factors; Art. 58 has no sanction', () => {
    const s = enforced('eu-gdpr', 'art_83');
    for (const l of ['art_8', 'art_25', 'art_32', 'art_39', 'art_44', 'art_49', 'art_58']) expect(s).toContain(l);
    expect(s).not.toContain('art_40');
    expect(sanctions('eu-gdpr', 'art_58')).toEqual([]);
  });

  it('one sanction per body a sentence names (由X…，可以由Y…); none without a sanction verb', () => {
    const two = findSanctions('由主管部门处二十万元以下罚款，情节严重的，可以由公安机关对其直接负责的主管人员处五日以下拘留。', 'zh');
    expect(two.map((s) => s.authority?.text)).toEqual(['主管部门', '公安机关']);
    expect(findSanctions('网络运营者应当保护用户信息。', 'zh')).toEqual([]);
  });
});
