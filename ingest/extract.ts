// The extract stage: one source file -> the graph records it supports. Pure: no database. This
// module only routes: statutes to their format adapter and ingest/statutes/records.ts, reports to
// theirs and ingest/reports/records.ts. The Document node and its metadata are stamped here, once.
import type { Catalog } from './catalog/index.ts';
import { emitCatalog } from './catalog/records.ts';
import { Emitter, type GraphRecord } from './emit.ts';
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

export function extractFile(file: SourceFile, catalog: Catalog): Extracted {
  const emit = new Emitter(file.entry.id);
  emitDocument(emit, file);
  let summary: Record<string, unknown>;
  if (isStatute(file)) {
    const parsed = parseStatute(file);
    summary = emitStatute(emit, file.entry, parsed, catalog);
  } else {
    const parsed = parseReport(file);
    summary = emitReport(emit, parsed, catalog, file.entry);
  }
  return { documentId: file.entry.id, sha256: file.sha256, extractor: extractorFingerprint(), records: emit.records(), summary };
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
