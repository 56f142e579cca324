// Synthetic graph records (same shape as ingest/emit.ts) around the real corpus graph: documents
// of invented companies headquartered in jur:cn, report passages that MENTION them, DJI and the
// National Intelligence Law, and RESTRICTS facts from US measures. Deterministic per document.
import { Emitter } from '../ingest/emit.ts';
import { ownId } from '../ingest/kinds.ts';
import type { LoadUnit } from '../graph/load.ts';
import { type Rng, rng } from './prng.ts';

export interface SyntheticShape {
  documents: number;
  companiesPerDoc: number;
  passagesPerDoc: number;
  /** MENTIONS of synthetic companies per passage. */
  mentionsPerPassage: number;
}

/** Real nodes the synthetic facts attach to (they exist once the reference corpus is loaded). */
export const ANCHORS = {
  jurisdiction: 'jur:cn',
  dji: 'company:dji',
  law: 'law:cn:national-intelligence-law',
  restrictors: ['law:us:entity-list', 'law:us:fcc-covered-list', 'law:us:ndaa-fy2019-sec-889'],
};

const URL = 'https://example.org/lawgraph-bench';

/** Relationships per document: HQ + HAS_PASSAGE + MENTIONS + RESTRICTS + DJI/law mentions. */
export function relationshipsPerDoc(s: SyntheticShape): number {
  return s.companiesPerDoc + s.passagesPerDoc * (1 + s.mentionsPerPassage) + Math.ceil(s.companiesPerDoc / 10) + 2 * Math.ceil(s.passagesPerDoc / 20);
}

/** Shape for at least `relationships` relationships in documents of ~`perDoc` relationships. */
export function shapeFor(relationships: number, perDoc = 10_000): SyntheticShape {
  const base = { companiesPerDoc: 1000, passagesPerDoc: 3000, mentionsPerPassage: 2 };
  const scale = perDoc / relationshipsPerDoc({ ...base, documents: 1 });
  const s = {
    companiesPerDoc: Math.round(base.companiesPerDoc * scale),
    passagesPerDoc: Math.round(base.passagesPerDoc * scale),
    mentionsPerPassage: base.mentionsPerPassage,
    documents: 1,
  };
  s.documents = Math.ceil(relationships / relationshipsPerDoc(s));
  return s;
}

function companyId(doc: number, i: number): string {
  return `company:syn-${doc}-${i}`;
}

export function syntheticUnit(s: SyntheticShape, doc: number, seed = 11): LoadUnit {
  const r: Rng = rng(seed * 1_000_003 + doc);
  const documentId = `syn-graph-${doc}`;
  const e = new Emitter(documentId);
  e.node(`doc:${documentId}`, ['Document'], { title: `Synthetic graph document ${doc}`, kind: 'report', language: 'en', sha256: `syn-${seed}-${doc}` });
  // Anchors are emitted with no properties: the loader adds this document as a source and
  // leaves the real properties alone.
  e.node(ANCHORS.jurisdiction, ['Jurisdiction'], {});
  e.node(ANCHORS.dji, ['Company'], {});
  e.node(ANCHORS.law, ['Law'], {});
  for (const l of ANCHORS.restrictors) e.node(l, ['Law'], {});
  for (let i = 0; i < s.companiesPerDoc; i++) {
    const id = companyId(doc, i);
    e.node(id, ['Company'], { name: `Synthetic Company ${doc}-${i}`, aliases: [`SynCo ${doc}-${i}`], description: 'Invented for benchmarks.' });
    e.rel('HEADQUARTERED_IN', id, ANCHORS.jurisdiction, { locator: `company-${i}`, method: 'catalog', url: URL });
    if (i % 10 === 0) e.rel('RESTRICTS', r.pick(ANCHORS.restrictors), id, { locator: `company-${i}`, method: 'catalog', url: URL });
  }
  for (let p = 0; p < s.passagesPerDoc; p++) {
    const locator = `sec_${Math.floor(p / 50) + 1}.p_${(p % 50) + 1}.s_1`;
    const pid = ownId('Passage', documentId, locator);
    const names: string[] = [];
    const targets = new Set<string>();
    while (targets.size < s.mentionsPerPassage) targets.add(companyId(doc, r.int(0, s.companiesPerDoc - 1)));
    for (const t of targets) names.push(`Synthetic Company ${t.slice('company:syn-'.length)}`);
    const withDji = p % 20 === 0;
    const text = `${names.join(' and ')} ${withDji ? 'compete with DJI and ' : ''}are discussed in this invented passage.`;
    e.node(pid, ['Passage'], { documentId, locator, text, section: `Section ${Math.floor(p / 50) + 1}` });
    e.rel('HAS_PASSAGE', `doc:${documentId}`, pid, { locator, method: 'structure' });
    for (const t of targets) e.rel('MENTIONS', pid, t, { locator, quote: text, method: 'pattern:alias', confidence: 0.9 });
    if (withDji) {
      e.rel('MENTIONS', pid, ANCHORS.dji, { locator, quote: text, method: 'pattern:alias', confidence: 0.9 });
      e.rel('MENTIONS', pid, ANCHORS.law, { locator, quote: text, method: 'pattern:alias', confidence: 0.9 });
    }
  }
  return { documentId, sha256: `syn-${seed}-${doc}`, records: e.records() };
}
