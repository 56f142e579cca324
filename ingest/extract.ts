// The extract stage: one source file -> the graph records it supports. Pure: no database. This
// module only routes: statutes to their format adapter and ingest/statutes/records.ts, reports to
// theirs and ingest/reports/records.ts. The Document node and its metadata are stamped here, once.
import type { Catalog } from './catalog/index.ts';
import { emitCatalog } from './catalog/records.ts';
import { Emitter, type GraphRecord } from './emit.ts';
import { resolveLanguage } from './languages/index.ts';
import { extractorFingerprint } from './fingerprint.ts';
import type { SourceFile } from './model.ts';
import { DocumentError } from './model.ts';
import { parseReport, reportFormat } from './reports/index.ts';
import { emitReport } from './reports/records.ts';
import { chooseFormat, isStatute, parseStatute } from './statutes/index.ts';
import { emitStatute } from './statutes/records.ts';

export interface Extracted {
  documentId: string;
  sha256: string;
  extractor: string;
  records: GraphRecord[];
  /** Counts and observations for the ingest report. */
  summary: Record<string, unknown>;
}

export function extractFile(source: SourceFile, catalog: Catalog): Extracted {
  const emit = new Emitter(source.entry.id);
  let summary: Record<string, unknown>;
  if (isStatute(source)) {
    // A loose statute whose name states no language: its text's, read past the markup of its format.
    const warnings: string[] = [];
    const language = resolveLanguage(source.entry.language, () => source.text.slice(0, 200_000).replace(/<[^>]*>/g, ' '), warnings);
    const file = { ...source, entry: { ...source.entry, language } };
    const parsed = parseStatute(file);
    parsed.warnings.unshift(...warnings);
    emitDocument(emit, file);
    summary = emitStatute(emit, file.entry, parsed, catalog);
  } else {
    // A report's language may be read from its paragraphs (assemble.ts): the Document states the one read.
    const parsed = parseReport(source);
    const file = { ...source, entry: { ...source.entry, language: parsed.language } };
    emitDocument(emit, file);
    summary = emitReport(emit, parsed, catalog, file.entry);
  }
  return { documentId: source.entry.id, sha256: source.sha256, extractor: extractorFingerprint(), records: emit.records(), summary };
}

/** The name of the format a file is read as (statute format table, or report-<format>). */
export function formatName(file: SourceFile): string {
  return isStatute(file) ? chooseFormat(file).name : `report-${reportFormat(file)}`;
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

export { DocumentError };
