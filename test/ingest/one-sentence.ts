// One short text read as extraction reads a report, for the recognizer's and the relation reader's tests (written once
// here, not again in each test file): the text as a markdown document (under a heading or as it stands, in a language and
// a jurisdiction), recognised with a matcher or analysed with a catalog (its relations read and its tentative names
// settled), and what a test picks of it: its mentions of some labels, or its entities.
import crypto from 'node:crypto';
import { type Catalog, loadCatalog } from '../../ingest/catalog/index.ts';
import type { SourceFile } from '../../ingest/model.ts';
import { type Mention, type Recognition, type RecognitionContext, recognise } from '../../ingest/recognize/index.ts';
import { Matcher } from '../../ingest/recognize/matcher.ts';
import { parseReport } from '../../ingest/reports/index.ts';
import { analyseReport } from '../../ingest/reports/records.ts';
import type { TraceSink } from '../../ingest/reports/relation-trace.ts';
import type { Relation, RuleSet } from '../../ingest/reports/relations.ts';

/** A text as a source file of `format`, the document `id`, an English international report. */
export function textSource(text: string, format: string, id = 'inline'): SourceFile {
  return {
    path: `${id}.${format}`,
    entry: { id, title: id, jurisdiction: 'intl', kind: 'report', language: 'en', format, file: `${id}.${format}` },
    text,
    sha256: crypto.createHash('sha256').update(Buffer.from(text)).digest('hex'),
  };
}

let catalog: Catalog | undefined;

/** The catalog, loaded once per worker: a test reads it and never changes it. */
export function testCatalog(): Catalog {
  catalog ??= loadCatalog();
  return catalog;
}

let catalogMatcher: Matcher | undefined;

/** The catalog's matcher, built once per worker. */
export function testMatcher(): Matcher {
  catalogMatcher ??= Matcher.fromCatalog(testCatalog().entries);
  return catalogMatcher;
}

/** How a text is made a document. */
export interface Document {
  /** A heading the text is read under (`# heading`, a blank line, the text); none unless told. */
  heading?: string;
  /** The source's format, markdown unless told. */
  format?: string;
  /** The manifest entry's language (English unless told) and jurisdiction ('intl' unless told). */
  language?: string;
  jurisdiction?: string;
}

/** The text as a source file, as `document` says. */
export function documentSource(text: string, document: Document = {}): SourceFile {
  const source = textSource(document.heading === undefined ? text : `# ${document.heading}\n\n${text}`, document.format ?? 'markdown');
  const { language, jurisdiction } = document;
  if (language === undefined && jurisdiction === undefined) return source;
  return { ...source, entry: { ...source.entry, ...(language === undefined ? {} : { language }), ...(jurisdiction === undefined ? {} : { jurisdiction }) } };
}

/** A text recognised as extraction does before the relations: with the catalog's matcher unless told (`matcher`), and the
 *  document's `context` (none unless told). */
export function recognised(text: string, options: Document & { matcher?: Matcher; context?: RecognitionContext } = {}): Recognition {
  return recognise(parseReport(documentSource(text, options)), options.matcher ?? testMatcher(), options.context ?? {});
}

/** A text analysed as extraction does (its recognition, its relations, its tentative names settled by them): with the
 *  catalog unless told, the rule set (relation-rules.yaml unless told) and a trace sink; `asEntry` passes the source's
 *  manifest entry on (its jurisdiction and title are then the document's context), as extraction of a corpus file does. */
export function analysed(
  text: string,
  options: Document & { catalog?: Catalog; asEntry?: boolean; rules?: RuleSet; trace?: TraceSink } = {},
): { rec: Recognition; relations: Relation[] } {
  const source = documentSource(text, options);
  return analyseReport(parseReport(source), options.catalog ?? testCatalog(), options.asEntry ? source.entry : undefined, options.rules, options.trace);
}

/** One label or several; none: every label. */
export type Labels = string | readonly string[];

const ofLabels = (labels: Labels | undefined) => (label: string): boolean =>
  labels === undefined || (typeof labels === 'string' ? label === labels : labels.includes(label));

/** The mentions of a recognition (of `labels`, every label unless told), sentence by sentence. */
export function mentionsOf(rec: Recognition, labels?: Labels): Mention[] {
  const wanted = ofLabels(labels);
  return rec.sentences.flatMap((s) => s.mentions.filter((m) => wanted(m.label)));
}

/** The surfaces of those mentions. */
export const surfacesOf = (rec: Recognition, labels?: Labels): string[] => mentionsOf(rec, labels).map((m) => m.surface);

/** Those mentions as `surface=id`. */
export const surfaceIdsOf = (rec: Recognition, labels?: Labels): string[] => mentionsOf(rec, labels).map((m) => `${m.surface}=${m.id}`);

/** The names of a recognition's entities (of `labels`, every label unless told). */
export function entityNamesOf(rec: Recognition, labels?: Labels): string[] {
  const wanted = ofLabels(labels);
  return rec.entities.filter((e) => wanted(e.label)).map((e) => e.name);
}
