// The extract stage: one source file -> the graph records it supports. Pure: no database.
// Statutes go through their format adapter and the norm extractor; reports through theirs and
// recognition against the catalog. The Document node and its metadata are stamped here, once.
import type { Catalog } from './catalog/index.ts';
import { emitCatalog } from './catalog/records.ts';
import { Emitter, type GraphRecord } from './emit.ts';
import { extractorFingerprint } from './fingerprint.ts';
import type { ParsedStatute, SourceFile } from './model.ts';
import { DocumentError } from './model.ts';
import { emitNorms } from './norms/records.ts';
import { parseReport } from './reports/index.ts';
import { emitReport } from './reports/records.ts';
import { findCrossReferences } from './statutes/cross-references.ts';
import { isStatuteEntry, parseStatute } from './statutes/index.ts';

export interface Extracted {
  documentId: string;
  sha256: string;
  extractor: string;
  records: GraphRecord[];
  /** Counts and observations for the ingest report. */
  summary: Record<string, unknown>;
}

export function isStatute(file: SourceFile): boolean {
  if (isStatuteEntry(file.entry)) return true;
  if (file.entry.kind === 'report') return false;
  // Unknown kind (a loose file): statutes announce themselves by their article structure.
  return /^第[一二三四五六七八九十百千零〇两]+条/m.test(file.text) || /^\s*Article 1\s*$/m.test(file.text) ||
    /<(ACT|ANNEX)[\s>]/.test(file.text.slice(0, 2000)) || /"provisions"\s*:/.test(file.text.slice(0, 5000)) ||
    /class="oj-ti-art"/.test(file.text);
}

export function extractFile(file: SourceFile, catalog: Catalog): Extracted {
  const emit = new Emitter(file.entry.id);
  emitDocument(emit, file);
  let summary: Record<string, unknown>;
  if (isStatute(file)) {
    const parsed = parseStatute(file);
    summary = emitStatute(emit, file, parsed, catalog);
  } else {
    const parsed = parseReport(file);
    summary = emitReport(emit, parsed, catalog, file.entry);
  }
  return { documentId: file.entry.id, sha256: file.sha256, extractor: extractorFingerprint(), records: emit.records(), summary };
}

/** The catalog is loaded like a document of its own, so its facts have support to retract too. */
export function extractCatalog(catalog: Catalog): Extracted {
  const emit = new Emitter('catalog');
  emit.node('doc:catalog', ['Document'], {
    title: 'lawgraph catalog (team-written entries, each fact citing a public source)',
    kind: 'catalog',
    language: 'en',
    sha256: catalog.sha256,
  });
  const summary = emitCatalog(emit, catalog);
  return { documentId: 'catalog', sha256: catalog.sha256, extractor: extractorFingerprint(), records: emit.records(), summary };
}

function emitDocument(emit: Emitter, file: SourceFile): void {
  const e = file.entry;
  emit.node(`doc:${e.id}`, ['Document'], {
    title: e.title,
    kind: e.kind,
    language: e.language,
    jurisdiction: e.jurisdiction,
    format: e.format,
    file: e.file,
    publisher: e.publisher,
    authors: e.authors,
    date: e.date,
    sha256: file.sha256,
    complete: e.complete?.value,
    completeParts: e.complete?.parts,
  });
}

function emitStatute(emit: Emitter, file: SourceFile, parsed: ParsedStatute, catalog: Catalog): Record<string, unknown> {
  const e = file.entry;
  const docId = e.id;
  const law = catalog.lawForDocument(docId);
  const jurisdiction = law?.jurisdiction ?? e.jurisdiction;
  const lawId = law?.id ?? `law:${jurisdiction}:${parsed.title.replace(/\s*\(.*\)\s*$/, '').trim()}`;
  if (!law) emit.node(lawId, ['Law'], { name: parsed.title, jurisdiction });
  else emit.node(lawId, ['Law'], catalog.nodeProperties(law.id));

  const versionId = `lawv:${docId}`;
  const d = parsed.dates;
  emit.node(versionId, ['LawVersion'], {
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
  emit.rel('HAS_VERSION', lawId, versionId, { locator: '', method: 'structure' });
  emit.rel('EXPRESSED_BY', versionId, `doc:${docId}`, { locator: '', method: 'structure' });
  emit.rel('APPLIES_IN', versionId, jur, { locator: '', method: 'structure' });

  for (const p of parsed.provisions) {
    const id = `prov:${docId}:${p.locator}`;
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
    emit.rel('HAS_PROVISION', versionId, id, { locator: p.locator, method: 'structure' });
  }

  // Cross-references resolve to provisions of this same document (paragraph targets -> their article).
  let references = 0;
  let unresolved = 0;
  for (const p of parsed.provisions) {
    for (const ref of findCrossReferences(p, parsed.language)) {
      if (ref.external) continue;
      const target = `prov:${docId}:${ref.targetLocator.split('__')[0]}`;
      const source = `prov:${docId}:${p.locator}`;
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
  const norms = emitNorms(emit, docId, parsed.language as 'zh' | 'en', parsed.provisions);
  return {
    kind: 'statute',
    provisions: parsed.provisions.length,
    byKind: countBy(parsed.provisions.map((p) => p.kind)),
    references,
    unresolvedReferences: unresolved,
    norms,
    warnings: parsed.warnings,
  };
}

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

export { DocumentError };
