// The provisions the graph's central question depends on give the expected norms.
import { describe, expect, it } from 'vitest';
import { corpusStatutes } from '../../../ingest/norms/evaluate.ts';
import { extractNorms, normContext } from '../../../ingest/norms/extract.ts';
import type { NormContext, NormFinding } from '../../../ingest/norms/extract.ts';
import { corpusDir } from '../../corpus.ts';

// Provisions as the pipeline reads them: the statute adapters (ingest/statutes) on the corpus files,
// each read with its document's own definitions (normContext), as ingest/norms/records.ts does.
const { provision, provisionsOf, languageOf } = corpusStatutes(corpusDir);
const contexts = new Map<string, NormContext>();
const contextOf = (doc: string): NormContext => {
  const c = contexts.get(doc) ?? normContext(provisionsOf(doc), languageOf(doc));
  contexts.set(doc, c);
  return c;
};
// Class node ids without their label prefix: actor:network-operator -> network-operator.
const bare = (ids: string[]) => ids.map((x) => x.replace(/^(actor|authority):/, ''));
const bearers = (n: NormFinding) => bare(n.bearers);
const addressees = (n: NormFinding) => bare(n.addressees);
const owed = (n: NormFinding) => bare(n.authorities.filter((a) => a.role === 'OWED_TO').map((a) => a.id)).sort();

const norms = (doc: string, loc: string): NormFinding[] => extractNorms(provision(doc, loc), languageOf(doc), contextOf(doc));
const roles = (n: NormFinding) => n.authorities.map((a) => `${a.id.replace(/^authority:/, '')}:${a.role}`).sort();

describe('extractNorms on the named provisions', () => {
  it('NIL Art. 7: any organisation and citizen must support intelligence work and keep its secrets', () => {
    const ns = norms('cn-national-intelligence-law', 'art_7');
    expect(ns).toHaveLength(1);
    const [n] = ns as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(bearers(n)).toEqual(['any-organisation-or-individual']);
    expect(n.actions).toEqual(expect.arrayContaining(['support-intelligence-work', 'keep-secrets']));
    expect(n.dataCategories).toContain('state-work-secrets');
    const p = provision('cn-national-intelligence-law', 'art_7');
    expect(p.text.slice(n.start, n.end)).toBe(n.quote);
    expect(n.quote.startsWith('任何组织和公民')).toBe(true);
  });

  it('NIL Art. 14: a POWER of the intelligence agencies to require support of organisations and citizens', () => {
    const [n] = norms('cn-national-intelligence-law', 'art_14') as [NormFinding];
    expect(n.modality).toBe('POWER');
    expect(bearers(n)).toEqual([]);
    expect(addressees(n)).toEqual(['any-organisation-or-individual']);
    // 国家情报工作机构 is the short form Art. 5 gives three bodies together (以下统称): each holds the power.
    expect(roles(n)).toEqual(['state-security-organs:EMPOWERS', 'zh:公安机关情报机构:EMPOWERS', 'zh:军队情报机构:EMPOWERS']);
    expect(n.actions).toContain('support-intelligence-work');
  });

  it('CSL Art. 28: network operators owe technical support to public and state security organs', () => {
    const [n, ...rest] = norms('cn-cybersecurity-law-2016', 'art_28') as [NormFinding];
    expect(rest).toHaveLength(0);
    expect(n.modality).toBe('DUTY');
    expect(bearers(n)).toEqual(['network-operator']);
    expect(roles(n)).toEqual(['public-security-organs:OWED_TO', 'state-security-organs:OWED_TO']);
    expect(n.actions).toEqual(['provide-technical-support']);
  });

  it('CSL Art. 37: CII operators store PI and important data in China; transfer needs a security assessment', () => {
    const [a, b, ...rest] = norms('cn-cybersecurity-law-2016', 'art_37') as [NormFinding, NormFinding];
    expect(rest).toHaveLength(0);
    expect([a.modality, b.modality]).toEqual(['DUTY', 'DUTY']);
    expect(bearers(a)).toEqual(['cii-operator']);
    expect(a.actions).toEqual(['store-data-in-territory']);
    expect(a.dataCategories.sort()).toEqual(['important-data', 'personal-information']);
    expect(bearers(b)).toEqual(['cii-operator']);
    expect(b.bearerInherited).toBe(true);
    expect(b.actions).toContain('security-assessment-before-transfer');
    expect(b.condition).toContain('确需向境外提供的');
    expect(b.exception).toContain('另有规定');
  });

  it('DSL Art. 35: the organs must follow approval procedures; organisations and individuals must cooperate', () => {
    const [a, b, ...rest] = norms('cn-data-security-law', 'art_35') as [NormFinding, NormFinding];
    expect(rest).toHaveLength(0);
    expect(a.modality).toBe('DUTY');
    // The duty governs how the organs 调取数据 (…依法进行): an act on others, so it also empowers them.
    expect(roles(a)).toEqual(['public-security-organs:BOUND', 'public-security-organs:EMPOWERS', 'state-security-organs:BOUND', 'state-security-organs:EMPOWERS']);
    expect(b.modality).toBe('DUTY');
    expect(bearers(b)).toEqual(['any-organisation-or-individual']);
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
      expect(bearers(n)).toEqual([bearer]);
      expect(n.actions).toEqual(['no-data-to-foreign-authorities-without-approval']);
      expect(n.condition).toContain('批准');
      // The foreign bodies are what the rule guards against, not whom the duty is owed to.
      expect(n.authorities.map((a) => a.id)).not.toContain('foreign-judicial-or-law-enforcement-bodies');
    }
  });

  it('PIPL Art. 40: CII operators and high-volume handlers localise PI; transfers need a CAC assessment', () => {
    const [a, b] = norms('cn-pipl', 'art_40') as [NormFinding, NormFinding];
    expect(bearers(a).sort()).toEqual(['cii-operator', 'pi-handler-above-threshold']);
    expect(a.actions).toEqual(['store-data-in-territory']);
    expect(b.actions).toContain('security-assessment-before-transfer');
    expect(roles(b)).toEqual(['cac:OWED_TO']);
    expect(b.exception).toBeDefined();
  });

  it('Counter-Espionage Law 2023 Arts. 8 and 41: duties to support counter-espionage work', () => {
    const [a] = norms('cn-counter-espionage-law-2023', 'art_8') as [NormFinding];
    expect(a.modality).toBe('DUTY');
    expect(bearers(a)).toEqual(['any-organisation-or-individual']);
    expect(a.actions).toEqual(expect.arrayContaining(['support-counter-espionage-work', 'keep-secrets']));
    const [b] = norms('cn-counter-espionage-law-2023', 'art_41') as [NormFinding];
    expect(b.modality).toBe('DUTY');
    expect(bearers(b).sort()).toEqual(['internet-service-provider', 'logistics-operator', 'telecom-business-operator']);
    expect(roles(b)).toEqual(['state-security-organs:OWED_TO']);
  });

  it('Counter-Terrorism Law Art. 18: telecom operators and ISPs owe interfaces and decryption support', () => {
    const [n] = norms('cn-counter-terrorism-law', 'art_18') as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(bearers(n).sort()).toEqual(['internet-service-provider', 'telecom-business-operator']);
    expect(roles(n)).toEqual(['public-security-organs:OWED_TO', 'state-security-organs:OWED_TO']);
    expect(n.actions).toEqual(['provide-technical-support']);
  });

  it('GDPR Art. 32: controller and processor must implement appropriate technical and organisational measures', () => {
    const ns = norms('eu-gdpr', 'art_32');
    const [first] = ns as [NormFinding];
    expect(first.modality).toBe('DUTY');
    expect(bearers(first)).toEqual(['controller', 'processor']);
    expect(first.actions).toContain('implement-security-measures');
    const last = ns.at(-1) as NormFinding;
    expect(last.exception).toMatch(/^except on instructions/);
  });

  it('keeps a norm whose action is not in the vocabulary, as "unspecified"', () => {
    const [n] = norms('cn-national-intelligence-law', 'art_6') as [NormFinding];
    expect(n.actions).toEqual(['unspecified']);
  });

  it('finds no norm in purpose clauses or entry into force', () => {
    expect(norms('cn-national-intelligence-law', 'art_1')).toEqual([]);
    expect(norms('cn-national-intelligence-law', 'art_32')).toEqual([]);
    expect(norms('eu-gdpr', 'art_99')).toEqual([]);
  });

  it('reads a penalty article as the sanctioning powers of the authority it names, enforcing the cited duties', () => {
    const ns = norms('cn-cybersecurity-law-2016', 'art_66');
    expect(ns.length).toBeGreaterThan(0);
    for (const n of ns) {
      expect(n.modality).toBe('POWER');
      expect(n.sanction).toMatch(/罚款|责令|警告|吊销|没收/);
    }
    expect(ns[0]?.enforces).toEqual(['art_37']);
    expect(roles(ns[0] as NormFinding).some((r) => r.endsWith(':EMPOWERS'))).toBe(true);
  });

  it('reads 不得 before 应当 and "shall not" before "shall"', () => {
    const zh = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text: '网络运营者不应当收集个人信息。', paragraphs: [] };
    expect(extractNorms(zh, 'zh').map((n) => n.modality)).toEqual(['PROHIBITION']);
    const en = { ...zh, text: 'The manufacturer shall not place the product on the market.' };
    expect(extractNorms(en, 'en').map((n) => n.modality)).toEqual(['PROHIBITION']);
  });
});

describe('OWED_TO: duties toward an authority', () => {
  it('NIL Art. 7: the duty to support intelligence work is owed to the intelligence agencies (the work named)', () => {
    const [n] = norms('cn-national-intelligence-law', 'art_7') as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(owed(n)).toEqual(['national-intelligence-agencies']);
  });

  it('Counter-Espionage Law 2023 Art. 8: the duty to support counter-espionage work is owed to the state security organs', () => {
    const [n] = norms('cn-counter-espionage-law-2023', 'art_8') as [NormFinding];
    expect(n.modality).toBe('DUTY');
    expect(owed(n)).toEqual(['state-security-organs']);
  });

  it('DSL Art. 35: cooperation is owed to the organs that request the data, named in the same sentence', () => {
    const [a, b] = norms('cn-data-security-law', 'art_35') as [NormFinding, NormFinding];
    expect(owed(a)).toEqual([]);
    expect(bearers(b)).toEqual(['any-organisation-or-individual']);
    expect(owed(b)).toEqual(['public-security-organs', 'state-security-organs']);
  });

  it('Counter-Terrorism Law Art. 18: interfaces and decryption are owed to public and state security (为…提供)', () => {
    const [n] = norms('cn-counter-terrorism-law', 'art_18') as [NormFinding];
    expect(owed(n)).toEqual(['public-security-organs', 'state-security-organs']);
  });

  it('is not owed to an authority that is only mentioned, the bearer\'s partner (会同) or the bearer itself', () => {
    // "按照国家网信部门会同国务院有关部门制定的办法进行安全评估": the CAC wrote the measures.
    const [, transfer] = norms('cn-cybersecurity-law-2016', 'art_37') as [NormFinding, NormFinding];
    expect(owed(transfer)).toEqual([]);
    // "国家安全机关应当会同有关部门…": the departments act with the organs; the organs bear the duty.
    for (const n of norms('cn-counter-espionage-law-2023', 'art_46')) expect(owed(n)).not.toContain('competent-authorities-cn');
    // "通过国家网信部门会同国务院有关部门组织的国家安全审查": the CAC and its partners review together, so the duty
    // to pass the review is owed to each (a partner named with 会同 is an authority of the norm).
    const [review] = norms('cn-cybersecurity-law-2016', 'art_35') as [NormFinding];
    expect(owed(review)).toEqual(['cac', 'state-council-departments']);
  });

  it('English: owed to the authority the action is directed to, not to one merely named', () => {
    const ns = norms('eu-gdpr', 'art_31');
    expect(ns.some((n) => owed(n).includes('supervisory-authority'))).toBe(true);
    // "shall ensure that each supervisory authority is provided with …": a duty about the authority, not toward it.
    for (const n of norms('eu-gdpr', 'art_52')) expect(owed(n)).toEqual([]);
  });

  it('GDPR Art. 33(3): a duty about "the notification referred to in paragraph 1" is owed where that notification went', () => {
    const content = norms('eu-gdpr', 'art_33').find((n) => n.quote.startsWith('The notification referred to in paragraph 1'));
    expect(content && owed(content)).toEqual(['supervisory-authority']);
    // "The processor shall notify the controller": owed to a party, not to the authority named before.
    const processor = norms('eu-gdpr', 'art_33').find((n) => n.quote.startsWith('The processor shall notify the controller'));
    expect(processor && owed(processor)).toEqual([]);
    // "The controller shall document …" names no communication: nothing carried.
    const documented = norms('eu-gdpr', 'art_33').find((n) => n.quote.startsWith('The controller shall document'));
    expect(documented && owed(documented)).toEqual([]);
  });
});

describe('addressees of powers', () => {
  it('CEL 2023 Art. 43: 进入有关场所、单位 reaches any organisation (the modifier heads the whole list)', () => {
    const ns = norms('cn-counter-espionage-law-2023', 'art_43');
    expect(ns.map((n) => n.modality)).toEqual(['POWER', 'POWER']);
    for (const n of ns) expect(addressees(n)).toContain('any-organisation-or-individual');
  });
});

describe('bearers: duties of state bodies are never inherited by "any organisation or individual"', () => {
  it('CSL 2025 Art. 15: the department receiving a report binds no actor class', () => {
    const ns = norms('cn-cybersecurity-law-2025', 'art_15');
    const [first, ...rest] = ns as [NormFinding, ...NormFinding[]];
    expect(first.modality).toBe('PERMISSION');
    expect(bearers(first)).toEqual(['any-organisation-or-individual']);
    expect(rest.length).toBeGreaterThan(0);
    for (const n of rest) expect(bearers(n)).not.toContain('any-organisation-or-individual');
    // "移送有权处理的部门": 有权 in an attribute states no permission.
    expect(rest.map((n) => n.modality)).toEqual(['DUTY', 'DUTY', 'DUTY']);
    expect(roles(rest.at(-1) as NormFinding)).toEqual(['competent-authorities-cn:BOUND']);
  });

  it('DSL Art. 35: the approval-procedure duty binds the organs, not an actor class', () => {
    const [a] = norms('cn-data-security-law', 'art_35') as [NormFinding];
    expect(bearers(a)).toEqual([]);
    expect(roles(a).filter((r) => r.endsWith(':BOUND'))).toEqual(['public-security-organs:BOUND', 'state-security-organs:BOUND']);
  });

  it('a subject of its own (部门, 国家, 工作人员) is not replaced by the previous sentence\'s', () => {
    const text = '任何组织和个人有权向有关部门举报。收到举报的部门应当及时处理。国家应当保护举报人。工作人员应当保守秘密。对举报人的信息，应当予以保密。';
    const p = { locator: 'art_1', kind: 'article' as const, number: '1', order: 1, text, paragraphs: [] };
    const ns = extractNorms(p, 'zh');
    expect(ns.map(bearers)).toEqual([['any-organisation-or-individual'], [], [], [], []]);
    // A subject-less sentence after a state body continues with that body, not with the first sentence's actor.
    expect(ns.at(-1)?.bearer?.term).toBe('工作人员');
    expect(ns.at(-1)?.bearer?.kind).toBe('state');
  });

  it('PIPL Art. 65: the department receiving a complaint binds no actor class', () => {
    const [, handle] = norms('cn-pipl', 'art_65') as [NormFinding, NormFinding];
    expect(handle.modality).toBe('DUTY');
    expect(bearers(handle)).toEqual([]);
  });
});
