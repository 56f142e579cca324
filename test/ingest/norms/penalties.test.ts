import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../ingest/text/numerals.ts';
import { detectPenalties, isPenaltyProvision } from '../../../ingest/norms/penalties.ts';
import { provision } from './provisions.ts';

describe('Chinese numerals', () => {
  it('parses article numbers', () => {
    expect([parseChineseNumber('七'), parseChineseNumber('十'), parseChineseNumber('十四'), parseChineseNumber('三十七'), parseChineseNumber('一百零二'), parseChineseNumber('二百')]).toEqual([7, 10, 14, 37, 102, 200]);
    expect(() => parseChineseNumber('条')).toThrow();
  });
});

describe('penalty provisions', () => {
  it('CSL Art. 66 sanctions Art. 37; Art. 60 sanctions Arts. 22 and 48; Art. 64 a range', () => {
    expect(detectPenalties(provision('cn-cybersecurity-law-2016', 'art_66'), 'zh').flatMap((p) => p.sanctions)).toEqual(['art_37']);
    expect(detectPenalties(provision('cn-cybersecurity-law-2016', 'art_60'), 'zh').flatMap((p) => p.sanctions)).toEqual(['art_22', 'art_48']);
    expect(detectPenalties(provision('cn-cybersecurity-law-2016', 'art_64'), 'zh').flatMap((p) => p.sanctions)).toEqual(['art_22', 'art_41', 'art_42', 'art_43', 'art_44']);
  });

  it('DSL Art. 48 sanctions Arts. 35 and 36, quoting each sentence', () => {
    const found = detectPenalties(provision('cn-data-security-law', 'art_48'), 'zh');
    expect(found.map((f) => f.sanctions)).toEqual([['art_35'], ['art_36']]);
    const p = provision('cn-data-security-law', 'art_48');
    for (const f of found) expect(p.text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('a liability-chapter article without a sanction (DSL Art. 44) is no penalty; NIL Art. 28 is one but cites no article', () => {
    expect(isPenaltyProvision(provision('cn-data-security-law', 'art_44'), 'zh')).toBe(false);
    expect(isPenaltyProvision(provision('cn-national-intelligence-law', 'art_28'), 'zh')).toBe(true);
    expect(detectPenalties(provision('cn-national-intelligence-law', 'art_28'), 'zh')).toEqual([]);
  });

  it('GDPR Art. 83 sanctions the listed articles (with ranges), not the Art. 83(2) factors; Art. 58 is no penalty', () => {
    const s = detectPenalties(provision('eu-gdpr', 'art_83'), 'en').flatMap((p) => p.sanctions);
    for (const l of ['art_8', 'art_25', 'art_32', 'art_39', 'art_44', 'art_49', 'art_58']) expect(s).toContain(l);
    expect(s).not.toContain('art_40');
    expect(isPenaltyProvision(provision('eu-gdpr', 'art_58'), 'en')).toBe(false);
  });
});
