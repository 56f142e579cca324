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

/** `preamble`: an order's or act's unnumbered opening text; `note`: an editor's note printed with a
 *  section (US Code statutory notes), kept apart from the law's text and never read for norms. */
export type ProvisionKind = 'article' | 'recital' | 'annex' | 'section' | 'preamble' | 'note';

/** A numbered paragraph or lettered point inside a provision. */
export interface SubProvision {
  /** Stable locator, e.g. `art_37__para_2`, `art_32__para_1__pt_a`. */
  locator: string;
  /** As printed: "2", "(a)"; for Chinese paragraphs (款) the 1-based index as a string. */
  number: string;
  /** Heading as printed, where the level has one (US Code subsections: "In general"). */
  heading?: string;
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

/** A law as a text names it by citation ("Pub. L. 118-159", "Executive Order 14117"). */
export interface LawCitation {
  /** Slug, unique within the jurisdiction: `pl-118-159`, `eo-14117`. */
  key: string;
  /** The citation in its usual form, ASCII hyphens: "Pub. L. 118-159". */
  citation: string;
  jurisdiction: string;
  /** Enactment or signature date the text states (ISO). */
  enacted?: string;
}

/** Text of another law quoted in full inside this document (a US Code statutory note setting out an
 *  uncodified section of a public law): its provisions belong to that law, not to this document's. */
export interface EmbeddedLaw extends LawCitation {
  /** Title as printed in the quoting document ("Pub. L. 118–159"). */
  title: string;
  /** The quoting passage's citation line, verbatim ("Pub. L. 118–159, div. A, title XVII, § 1709, Dec. 23, 2024, …"). */
  lines: string[];
  /** Locators name the law (`pl118-159.sec_1709`), so they never collide with the document's own. */
  provisions: Provision[];
}

/** The text several documents are parts of (the sections of one US Code chapter, one file each). */
export interface Expression {
  /** Built from the text's own metadata (title, chapter or enacting law, release point), never from file names. */
  key: string;
  title?: string;
  /** Properties every document of the expression states alike. */
  adopted?: string;
  date?: string;
}

export interface ParsedStatute {
  type: 'statute';
  documentId: string;
  title: string;
  language: string;
  dates: StatuteDates;
  provisions: Provision[];
  /** The law this text is of, when the text cites it (the enacting public law, the order's number). */
  law?: LawCitation;
  /** Present when this document is one part of a larger text: one LawVersion for all its parts. */
  expression?: Expression;
  /** Other laws' text this document quotes in full. */
  embedded?: EmbeddedLaw[];
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
  /** A list item (a Markdown bullet or number, an HTML <li>): it may complete the lead-in above it. */
  item?: boolean;
  /** A table's cell (a Markdown pipe table's, an HTML <td> or <th>): where it stands, for reading a row's cells together. */
  cell?: TableCell;
  /** A table's caption (an HTML <caption>): the number of the table it heads (TableCell.table); its locator is the table's,
   *  `sec_3.table_2.caption`. */
  caption?: number;
  sentences: Sentence[];
}

/** Where a cell stands: its table (numbered in the document from 1), its row and column (from 0; a column counts the
 *  cells before it, empty ones and those a colspan widens too), and whether it heads its column (a header row, <th>). */
export interface TableCell {
  table: number;
  row: number;
  column: number;
  header: boolean;
}

export interface Section {
  locator: string; // sec_3
  heading: string;
  /** Where the heading itself is, when the adapter knows better than the section (a PDF page: `p_2.heading_1`). */
  headingLocator?: string;
  level: number;
  paragraphs: Paragraph[];
}

/** The locator of a heading read as a sentence (`sec_2.heading`, a PDF's `p_2.heading_1`), not of body text. */
export const HEADING_LOCATOR = /\.heading(?:_\d+)?$/;

export interface ParsedReport {
  type: 'report';
  documentId: string;
  title: string;
  language: string;
  sections: Section[];
  footnotes: Footnote[];
  warnings: string[];
  /** Terms defined for the document by the texts it belongs to (ingest/reports/chapter.ts). */
  inherited?: InheritedDefinition[];
}

/** "The term “Commission” means the Federal Communications Commission.", stated for a chapter or title. */
export interface InheritedDefinition {
  term: string;
  /** The proper name the term means ("Federal Communications Commission"); absent for a term defined by a description
   *  ("has the meaning given ...", "means any equipment ..."). */
  name?: string;
  /** The defining sentence. */
  text: string;
  scope: 'chapter' | 'title';
  /** `<file>#<USLM identifier>` of the definition. */
  locator: string;
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
