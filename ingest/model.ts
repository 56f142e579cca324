// The shapes that flow between the stages of ingest:
//   SourceFile -> (adapter) -> ParsedStatute | ParsedReport -> (extractors) -> GraphRecord[]
// Each stage is a pure function of the one before it.

/** One entry of the corpus manifest.json (fields we use; others are kept in `extra`). */
export interface ManifestEntry {
  id: string;
  title: string;
  jurisdiction: string;
  kind: string; // report | statute | regulation | directive | rule
  language: string; // zh | en | ...
  format: string; // markdown | json | xhtml ... | xml (Formex) | text | html
  file: string; // relative to the manifest's folder
  publisher?: string;
  authors?: string[];
  date?: string;
  source?: unknown;
  sha256?: string;
  bytes?: number;
  complete?: { value: boolean; parts?: string };
  notes?: string;
}

/** A document read from disk, decoded to text, with its manifest metadata. */
export interface SourceFile {
  path: string;
  entry: ManifestEntry;
  text: string;
  sha256: string;
}

// ---------------------------------------------------------------- statutes

export type ProvisionKind = 'article' | 'recital' | 'annex' | 'section';

/** A numbered paragraph or lettered point inside a provision. */
export interface SubProvision {
  /** Stable locator, e.g. `art_37__para_2`, `art_32__para_1__pt_a`. */
  locator: string;
  /** As printed: "2", "(a)"; for Chinese paragraphs (款) the 1-based index as a string. */
  number: string;
  /** Verbatim text. */
  text: string;
  /** Offsets of `text` inside the parent provision's `text` (UTF-16 code units). */
  start: number;
  end: number;
}

export interface Provision {
  /** Stable locator inside the document: `art_37`, `art_10_1` (第十条之一), `rct_12`, `anx_I`, `sec_5`. */
  locator: string;
  kind: ProvisionKind;
  /** Number as printed: "第三十七条", "37", "I", "5.2.1". */
  number: string;
  /** Numeric order within its kind: 37, 10.001 for 第十条之一, 12 for recital (12). */
  order: number;
  chapter?: string;
  section?: string;
  heading?: string;
  /** Verbatim text of the whole provision, without the number label where the format separates it. */
  text: string;
  /** Offsets of `text` in SourceFile.text where the format allows it (text formats); else undefined. */
  start?: number;
  end?: number;
  paragraphs: SubProvision[];
}

/** Dates read from the statute's own header lines or metadata (ISO yyyy-mm-dd). */
export interface StatuteDates {
  adopted?: string;
  /** Each amendment (修正) or revision (修订) with its date. */
  amendments: { date: string; kind: 'amended' | 'revised'; line: string }[];
  inForceFrom?: string;
  /** The header lines these dates were read from, verbatim. */
  lines: string[];
}

export interface ParsedStatute {
  type: 'statute';
  documentId: string;
  title: string;
  language: string;
  dates: StatuteDates;
  provisions: Provision[];
  /** Non-fatal observations for the ingest report (never used to hide a failed parse). */
  warnings: string[];
}

// ---------------------------------------------------------------- reports

export interface Footnote {
  /** As printed: "1". */
  mark: string;
  text: string;
  urls: string[];
}

/** A sentence of a report, the unit evidence points to. */
export interface Sentence {
  /** `sec_3.p_2.s_1` */
  locator: string;
  text: string;
  /** Footnote marks attached to this sentence. */
  footnotes: string[];
}

export interface Paragraph {
  locator: string; // sec_3.p_2
  text: string;
  sentences: Sentence[];
}

export interface Section {
  locator: string; // sec_3
  heading: string;
  level: number;
  paragraphs: Paragraph[];
}

export interface ParsedReport {
  type: 'report';
  documentId: string;
  title: string;
  language: string;
  sections: Section[];
  footnotes: Footnote[];
  warnings: string[];
}

export type ParsedDocument = ParsedStatute | ParsedReport;

/** A named failure with the file and reason: one bad document never stops the others. */
export class DocumentError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentError';
    this.file = file;
    this.reason = reason;
  }
}
