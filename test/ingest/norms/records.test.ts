// Norm records: ids, evidence, and the inferred POWER -> DUTY chain inside one act.
import { describe, expect, it } from 'vitest';
import { Emitter } from '../../../ingest/emit.ts';
import type { GraphRecord, RelationshipRecord } from '../../../ingest/emit.ts';
import type { Provision } from '../../../ingest/model.ts';
import { emitNorms } from '../../../ingest/norms/records.ts';
import { corpusStatutes } from '../../../ingest/norms/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

// Provisions as the pipeline reads them: the statute adapters (ingest/statutes) on the corpus files.
const { provisionsOf, languageOf } = corpusStatutes(corpusDir);

function run(doc: string): { records: GraphRecord[]; report: ReturnType<typeof emitNorms> } {
  const emit = new Emitter(doc);
  const provisions = provisionsOf(doc);
  // The caller's job: Provision nodes first.
  for (const p of provisions) emit.node(`prov:${doc}:${p.locator}`, ['Provision'], { locator: p.locator, text: p.text }, { locator: p.locator, quote: p.text });
  const report = emitNorms(emit, doc, languageOf(doc), provisions);
  return { records: emit.records(), report };
}

const rels = (rs: GraphRecord[], type: string): RelationshipRecord[] => rs.filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === type);

describe('emitNorms', () => {
  const nil = run('cn-national-intelligence-law');

  it('emits Norm nodes with stable ids and quoted evidence', () => {
    const n = nil.records.find((r) => r.id === 'norm:cn-national-intelligence-law:art_7:1');
    expect(n?.type).toBe('node');
    if (n?.type !== 'node') return;
    expect(n.labels).toEqual(['Norm']);
    expect(n.properties.modality).toBe('DUTY');
    expect(n.properties.action).toBe('support-intelligence-work');
    expect(n.properties.actionLabel).toBeTypeOf('string');
    expect(n.properties.evidence?.method).toBe('pattern:modality');
    expect(String(n.properties.quote)).toContain('国家情报工作');
  });

  it("gives a norm its predicate, the sentence's own words after the modal word, which no vocabulary action may name", () => {
    const norms = nil.records.filter((r) => r.type === 'node' && r.labels.includes('Norm'));
    const art12 = norms.find((r) => r.id === 'norm:cn-national-intelligence-law:art_12:1');
    expect(art12?.properties.action).toBe('unspecified');
    expect(String(art12?.properties.predicate)).toContain('建立合作关系');
    // Every predicate is verbatim: its sentence holds it (what a cut left out is marked with …).
    const stated = norms.filter((r) => typeof r.properties.predicate === 'string');
    expect(stated.length).toBeGreaterThan(norms.length * 0.9);
    for (const n of stated) expect(String(n.properties.quote)).toContain(String(n.properties.predicate).replace(/…$/, ''));
  });

  it('links provision, bearer, authority and the power that triggers the duty (NIL Art. 14 -> Art. 7)', () => {
    const r = nil.records;
    expect(rels(r, 'EXPRESSES').some((x) => x.start.id === 'prov:cn-national-intelligence-law:art_7' && x.end.id === 'norm:cn-national-intelligence-law:art_7:1')).toBe(true);
    expect(rels(r, 'BINDS').some((x) => x.start.id === 'norm:cn-national-intelligence-law:art_7:1' && x.end.id === 'actor:any-organisation-or-individual')).toBe(true);
    // 国家情报工作机构 names three bodies together (Art. 5, 以下统称): each is empowered, and each is one of the agencies.
    expect(rels(r, 'EMPOWERS').filter((x) => x.start.id === 'norm:cn-national-intelligence-law:art_14:1').map((x) => x.end.id)).toEqual(['authority:state-security-organs', 'authority:zh:公安机关情报机构', 'authority:zh:军队情报机构']);
    expect(rels(r, 'DEFINES').some((x) => x.start.id === 'prov:cn-national-intelligence-law:art_5' && x.end.id === 'authority:national-intelligence-agencies')).toBe(true);
    expect(rels(r, 'SUBCLASS_OF').filter((x) => x.end.id === 'authority:national-intelligence-agencies').map((x) => x.start.id)).toEqual(['authority:state-security-organs', 'authority:zh:公安机关情报机构', 'authority:zh:军队情报机构']);
    expect(rels(r, 'REQUIRES').some((x) => x.start.id === 'norm:cn-national-intelligence-law:art_14:1' && x.end.id === 'actor:any-organisation-or-individual')).toBe(true);
    const t = rels(r, 'TRIGGERS').find((x) => x.start.id === 'norm:cn-national-intelligence-law:art_14:1' && x.end.id === 'norm:cn-national-intelligence-law:art_7:1');
    expect(t?.properties.evidence.method).toBe('inferred:power-duty');
    expect(t?.properties.dutyLocator).toBe('art_7');
    for (const x of r) if (x.type === 'relationship') expect(x.properties.evidence.quote.length).toBeGreaterThan(0);
    // The Art. 7 duty is owed to the agencies (the work it names is theirs).
    expect(rels(r, 'OWED_TO').some((x) => x.start.id === 'norm:cn-national-intelligence-law:art_7:1' && x.end.id === 'authority:national-intelligence-agencies')).toBe(true);
  });

  it('links duties to the penalty articles that sanction them (CSL Art. 37 -> Art. 66) and authorities they are owed to', () => {
    const { records } = run('cn-cybersecurity-law-2016');
    const s = rels(records, 'SANCTIONED_BY').filter((x) => x.start.id.startsWith('norm:cn-cybersecurity-law-2016:art_37:'));
    expect(s.map((x) => x.end.id)).toContain('prov:cn-cybersecurity-law-2016:art_66');
    expect(s[0]?.properties.evidence.locator).toBe('art_66');
    expect(rels(records, 'OWED_TO').some((x) => x.start.id === 'norm:cn-cybersecurity-law-2016:art_28:1' && x.end.id === 'authority:state-security-organs')).toBe(true);
  });

  it('a penalty that cites no article but punishes obstructing intelligence work sanctions the cooperation duties and the powers over parties (NIL Art. 28)', () => {
    const s = rels(nil.records, 'SANCTIONED_BY').filter((x) => x.end.id === 'prov:cn-national-intelligence-law:art_28');
    const sanctioned = new Set(s.map((x) => x.start.id.split(':')[2]));
    for (const l of ['art_7', 'art_14', 'art_16']) expect(sanctioned.has(l), l).toBe(true);
    expect(s.every((x) => x.properties.evidence.method === 'pattern:penalty-refusal')).toBe(true);
    // "拒不改正" (refusing to rectify after an order) is no refusal to cooperate: CSL 2016 art. 59 cites its articles.
    const { records } = run('cn-cybersecurity-law-2016');
    expect(rels(records, 'SANCTIONED_BY').filter((x) => x.end.id === 'prov:cn-cybersecurity-law-2016:art_59').every((x) => x.properties.evidence.method === 'pattern:penalty')).toBe(true);
  });

  it('a refusal penalty that names whom it punishes sanctions the duties of those parties only (CII Regulations Art. 42: 运营者)', () => {
    const { records } = run('cn-cii-security-protection-regulations');
    const s = rels(records, 'SANCTIONED_BY').filter((x) => x.end.id === 'prov:cn-cii-security-protection-regulations:art_42');
    expect(s.map((x) => x.start.id.split(':')[2])).toContain('art_28');
    // Each sanctioned norm binds the operator (a duty) or requires it (a power over it), never "any organisation".
    const parties = new Map<string, string[]>();
    for (const r of [...rels(records, 'BINDS'), ...rels(records, 'REQUIRES')]) parties.set(r.start.id, [...(parties.get(r.start.id) ?? []), r.end.id]);
    for (const x of s) expect(parties.get(x.start.id), x.start.id).toContain('actor:cii-operator');
  });

  it('infers TRIGGERS from an access power to the cooperation duty (Counter-Terrorism Law Art. 51)', () => {
    const { records } = run('cn-counter-terrorism-law');
    expect(rels(records, 'TRIGGERS').some((x) => x.start.id === 'norm:cn-counter-terrorism-law:art_51:1' && x.end.id === 'norm:cn-counter-terrorism-law:art_51:2')).toBe(true);
  });

  it('a Member State is an Authority: it holds a power over parties, bears its own duties and discretions, and is owed information', () => {
    const emit = new Emitter('own-act');
    const text = 'Member States may take enforcement measures against the entities concerned. Member States may lay down more specific rules for that purpose. The supervising authority shall inform the other Member States of the measures taken.';
    const p = { locator: 'art_1', kind: 'article', number: '1', order: 1, text, paragraphs: [] } as unknown as Provision;
    emit.node('prov:own-act:art_1', ['Provision'], { locator: p.locator, text: p.text }, { locator: p.locator, quote: p.text });
    emitNorms(emit, 'own-act', 'en', [p]);
    const records = emit.records();
    const ends = (type: string, n: number) => rels(records, type).filter((x) => x.start.id === `norm:own-act:art_1:${n}`).map((x) => x.end.id);
    expect(ends('EMPOWERS', 1)).toEqual(['authority:member-state']);
    expect(ends('EMPOWERS', 2)).toEqual([]);
    expect(ends('BINDS', 2)).toEqual(['authority:member-state']);
    expect(ends('OWED_TO', 3)).toEqual(['authority:member-state']);
    expect(records.some((r) => r.type === 'node' && r.id === 'actor:member-state')).toBe(false);
  });

  it('a defined term is typed by a party head written in its own case: "digital service" names no body, "Harbour Service" does', () => {
    const emit = new Emitter('own-act');
    const text =
      'For the purposes of this Regulation, the following definitions apply:\n(1) ‘digital service’ means a service provided at a distance by electronic means;\n(2) ‘Harbour Service’ means the public body that keeps the harbour register;\n(3) ‘supervisory authority’ means the public body that supervises harbour operators.';
    const p = { locator: 'art_2', kind: 'article', number: '2', order: 2, text, paragraphs: [] } as unknown as Provision;
    emit.node('prov:own-act:art_2', ['Provision'], { locator: p.locator, text: p.text }, { locator: p.locator, quote: p.text });
    emitNorms(emit, 'own-act', 'en', [p]);
    const defined = rels(emit.records(), 'DEFINES').map((x) => x.end.id);
    expect(defined).toContain('authority:en:harbour-service');
    expect(defined).toContain('authority:supervisory-authority');
    expect(defined.filter((id) => id.endsWith('digital-service'))).toEqual([]);
  });

  it('skips norms whose provision node was not emitted', () => {
    const emit = new Emitter('cn-national-intelligence-law');
    const report = emitNorms(emit, 'cn-national-intelligence-law', 'zh', provisionsOf('cn-national-intelligence-law'));
    expect(report.norms).toBe(0);
    expect(report.skipped).toBeGreaterThan(0);
  });
});
