// A parsed statute as graph records: its Law (the work, from the catalog when it knows the text),
// the LawVersion this document expresses, its provisions, the cross-references between them, and
// the norms they state (ingest/norms). The caller has emitted the Document node.
import type { Catalog } from '../catalog/index.ts';
import type { Emitter } from '../emit.ts';
import type { ManifestEntry, ParsedStatute, Provision } from '../model.ts';
import { emitNorms } from '../norms/records.ts';
import { findCrossReferences } from './cross-references.ts';

export const provisionId = (documentId: string, locator: string): string => `prov:${documentId}:${locator}`;
export const versionId = (documentId: string): string => `lawv:${documentId}`;

export function emitStatute(emit: Emitter, entry: ManifestEntry, parsed: ParsedStatute, catalog: Catalog): Record<string, unknown> {
  const version = emitVersion(emit, entry, parsed, catalog);
  for (const p of parsed.provisions) emitProvision(emit, entry.id, version, p);
  const refs = emitCrossReferences(emit, entry.id, parsed);
  const norms = emitNorms(emit, entry.id, parsed.language as 'zh' | 'en', parsed.provisions);
  return {
    kind: 'statute',
    provisions: parsed.provisions.length,
    byKind: countBy(parsed.provisions.map((p) => p.kind)),
    references: refs.references,
    unresolvedReferences: refs.unresolved,
    norms,
    warnings: parsed.warnings,
  };
}

/** The Law, the LawVersion with its dates read from the text, and where it applies. Returns the version id. */
function emitVersion(emit: Emitter, entry: ManifestEntry, parsed: ParsedStatute, catalog: Catalog): string {
  const docId = entry.id;
  const law = catalog.lawForDocument(docId);
  const jurisdiction = law?.jurisdiction ?? entry.jurisdiction;
  const lawId = law?.id ?? `law:${jurisdiction}:${parsed.title.replace(/\s*\(.*\)\s*$/, '').trim()}`;
  if (!law) emit.node(lawId, ['Law'], { name: parsed.title, jurisdiction });
  else emit.node(lawId, ['Law'], catalog.nodeProperties(law.id));

  const id = versionId(docId);
  const d = parsed.dates;
  emit.node(id, ['LawVersion'], {
    title: parsed.title,
    documentId: docId,
    jurisdiction,
    adopted: d.adopted,
    amended: d.amendments.map((a) => a.date),
    // The version's own date: its latest amendment or revision, else its adoption.
    date: d.amendments.at(-1)?.date ?? d.adopted,
    inForceFrom: d.inForceFrom ?? d.amendments.at(-1)?.date ?? d.adopted,
    dateLines: d.lines,
  });
  const jur = `jur:${jurisdiction}`;
  emit.node(jur, ['Jurisdiction'], catalog.jurisdictionProperties(jurisdiction));
  emit.rel('HAS_VERSION', lawId, id, { locator: '', method: 'structure' });
  emit.rel('EXPRESSED_BY', id, `doc:${docId}`, { locator: '', method: 'structure' });
  emit.rel('APPLIES_IN', id, jur, { locator: '', method: 'structure' });
  return id;
}

function emitProvision(emit: Emitter, docId: string, version: string, p: Provision): void {
  const id = provisionId(docId, p.locator);
  emit.node(id, ['Provision'], {
    documentId: docId,
    locator: p.locator,
    kind: p.kind,
    number: p.number,
    order: p.order,
    chapter: p.chapter,
    section: p.section,
    heading: p.heading,
    text: p.text,
    start: p.start,
    end: p.end,
    paragraphLocators: p.paragraphs.map((s) => s.locator),
    paragraphTexts: p.paragraphs.map((s) => s.text),
  }, { locator: p.locator, quote: p.text });
  emit.rel('HAS_PROVISION', version, id, { locator: p.locator, method: 'structure' });
}

/** Cross-references resolve to provisions of this same document (paragraph targets -> their article). */
function emitCrossReferences(emit: Emitter, docId: string, parsed: ParsedStatute): { references: number; unresolved: number } {
  let references = 0;
  let unresolved = 0;
  for (const p of parsed.provisions) {
    const source = provisionId(docId, p.locator);
    for (const ref of findCrossReferences(p, parsed.language)) {
      if (ref.external) continue;
      const target = provisionId(docId, ref.targetLocator.split('__')[0] as string);
      if (!emit.has(target)) {
        unresolved++;
        continue;
      }
      if (target === source) continue;
      emit.rel('REFERS_TO', source, target, {
        locator: p.locator,
        quote: ref.text,
        method: 'pattern:cross-reference',
        confidence: 0.95,
      }, { targetLocator: ref.targetLocator });
      references++;
    }
  }
  return { references, unresolved };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
