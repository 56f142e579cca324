// The provisions the graph's central question depends on give the expected norms.
import { describe, expect, it } from 'vitest';
import { extractNorms } from '../../../ingest/norms/extract.ts';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { languageOf, provision } from './provisions.ts';

const norms = (doc: string, loc: string): NormFinding[] => extractNorms(provision(doc, loc), languageOf(doc));
const roles = (n: NormFinding) => n.authorities.map((a) => `${a.id}:${a.role}`).sort();

describe('extractNorms on the named provisions', () => {
  it('NIL Art. 7: any organisation and citizen must support intelligence work and keep its secrets', () => {
    const ns = norms('cn-national-intelligence-law', 'art_7');
    expect(ns).toHaveLength(1);
    const [n] = ns as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(n.bearers).toEqual(['any-organisation-or-individual']);
    expect(n.actions).toEqual(expect.arrayContaining(['support-intelligence-work', 'keep-secrets']));
    expect(n.dataCategories).toContain('state-work-secrets');
    const p = provision('cn-national-intelligence-law', 'art_7');
    expect(p.text.slice(n.start, n.end)).toBe(n.quote);
    expect(n.quote.startsWith('任何组织和公民')).toBe(true);
  });

  it('NIL Art. 14: a POWER of the intelligence agencies to require support of organisations and citizens', () => {
    const [n] = norms('cn-national-intelligence-law', 'art_14') as [NormFinding];
    expect(n.modality).toBe('POWER');
    expect(n.bearers).toEqual([]);
    expect(n.addressees).toEqual(['any-organisation-or-individual']);
    expect(roles(n)).toEqual(['national-intelligence-agencies:EMPOWERS']);
    expect(n.actions).toContain('support-intelligence-work');
  });

  it('CSL Art. 28: network operators owe technical support to public and state security organs', () => {
    const [n, ...rest] = norms('cn-cybersecurity-law-2016', 'art_28') as [NormFinding];
    expect(rest).toHaveLength(0);
    expect(n.modality).toBe('DUTY');
    expect(n.bearers).toEqual(['network-operator']);
    expect(roles(n)).toEqual(['public-security-organs:OWED_TO', 'state-security-organs:OWED_TO']);
    expect(n.actions).toEqual(['provide-technical-support']);
  });

  it('CSL Art. 37: CII operators store PI and important data in China; transfer needs a security assessment', () => {
    const [a, b, ...rest] = norms('cn-cybersecurity-law-2016', 'art_37') as [NormFinding, NormFinding];
    expect(rest).toHaveLength(0);
    expect([a.modality, b.modality]).toEqual(['DUTY', 'DUTY']);
    expect(a.bearers).toEqual(['cii-operator']);
    expect(a.actions).toEqual(['store-data-in-territory']);
    expect(a.dataCategories.sort()).toEqual(['important-data', 'personal-information']);
    expect(b.bearers).toEqual(['cii-operator']);
    expect(b.bearerInherited).toBe(true);
    expect(b.actions).toContain('security-assessment-before-transfer');
    expect(b.condition).toContain('确需向境外提供的');
    expect(b.exception).toContain('另有规定');
  });

  it('DSL Art. 35: the organs must follow approval procedures; organisations and individuals must cooperate', () => {
    const [a, b, ...rest] = norms('cn-data-security-law', 'art_35') as [NormFinding, NormFinding];
    expect(rest).toHaveLength(0);
    expect(a.modality).toBe('DUTY');
    expect(roles(a)).toEqual(['public-security-organs:BOUND', 'state-security-organs:BOUND']);
    expect(b.modality).toBe('DUTY');
    expect(b.bearers).toEqual(['any-organisation-or-individual']);
    expect(b.actions).toContain('cooperate-with-investigation');
  });

  it('DSL Art. 36 and PIPL Art. 41: no data to foreign judicial or law-enforcement bodies without approval', () => {
    for (const [doc, loc, bearer] of [
      ['cn-data-security-law', 'art_36', 'any-organisation-or-individual'],
      ['cn-pipl', 'art_41', 'personal-information-handler'],
    ] as const) {
      const ns = norms(doc, loc);
      expect(ns).toHaveLength(1);
      const [n] = ns as [NormFinding];
      expect(n.modality).toBe('PROHIBITION');
      expect(n.bearers).toEqual([bearer]);
      expect(n.actions).toEqual(['no-data-to-foreign-authorities-without-approval']);
      expect(n.condition).toContain('批准');
      // The foreign bodies are what the rule guards against, not whom the duty is owed to.
      expect(n.authorities.map((a) => a.id)).not.toContain('foreign-judicial-or-law-enforcement-bodies');
    }
  });

  it('PIPL Art. 40: CII operators and high-volume handlers localise PI; transfers need a CAC assessment', () => {
    const [a, b] = norms('cn-pipl', 'art_40') as [NormFinding, NormFinding];
    expect(a.bearers.sort()).toEqual(['cii-operator', 'pi-handler-above-threshold']);
    expect(a.actions).toEqual(['store-data-in-territory']);
    expect(b.actions).toContain('security-assessment-before-transfer');
    expect(roles(b)).toEqual(['cac:OWED_TO']);
    expect(b.exception).toBeDefined();
  });

  it('Counter-Espionage Law 2023 Arts. 8 and 41: duties to support counter-espionage work', () => {
    const [a] = norms('cn-counter-espionage-law-2023', 'art_8') as [NormFinding];
    expect(a.modality).toBe('DUTY');
    expect(a.bearers).toEqual(['any-organisation-or-individual']);
    expect(a.actions).toEqual(expect.arrayContaining(['support-counter-espionage-work', 'keep-secrets']));
    const [b] = norms('cn-counter-espionage-law-2023', 'art_41') as [NormFinding];
    expect(b.modality).toBe('DUTY');
    expect(b.bearers.sort()).toEqual(['internet-service-provider', 'logistics-operator', 'telecom-business-operator']);
    expect(roles(b)).toEqual(['state-security-organs:OWED_TO']);
  });

  it('Counter-Terrorism Law Art. 18: telecom operators and ISPs owe interfaces and decryption support', () => {
    const [n] = norms('cn-counter-terrorism-law', 'art_18') as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(n.bearers.sort()).toEqual(['internet-service-provider', 'telecom-business-operator']);
    expect(roles(n)).toEqual(['public-security-organs:OWED_TO', 'state-security-organs:OWED_TO']);
    expect(n.actions).toEqual(['provide-technical-support']);
  });

  it('GDPR Art. 32: controller and processor must implement appropriate technical and organisational measures', () => {
    const ns = norms('eu-gdpr', 'art_32');
    const [first] = ns as [NormFinding];
    expect(first.modality).toBe('DUTY');
    expect(first.bearers).toEqual(['controller', 'processor']);
    expect(first.actions).toContain('implement-security-measures');
    const last = ns.at(-1) as NormFinding;
    expect(last.exception).toMatch(/^except on instructions/);
  });

  it('keeps a norm whose action is not in the vocabulary, as "unspecified"', () => {
    const [n] = norms('cn-national-intelligence-law', 'art_6') as [NormFinding];
    expect(n.actions).toEqual(['unspecified']);
  });

  it('finds no norm in purpose clauses, entry into force or penalty articles', () => {
    expect(norms('cn-national-intelligence-law', 'art_1')).toEqual([]);
    expect(norms('cn-national-intelligence-law', 'art_32')).toEqual([]);
    expect(norms('cn-cybersecurity-law-2016', 'art_66')).toEqual([]);
    expect(norms('eu-gdpr', 'art_99')).toEqual([]);
  });

  it('reads 不得 before 应当 and "shall not" before "shall"', () => {
    const zh = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text: '网络运营者不应当收集个人信息。', paragraphs: [] };
    expect(extractNorms(zh, 'zh').map((n) => n.modality)).toEqual(['PROHIBITION']);
    const en = { ...zh, text: 'The manufacturer shall not place the product on the market.' };
    expect(extractNorms(en, 'en').map((n) => n.modality)).toEqual(['PROHIBITION']);
  });
});
