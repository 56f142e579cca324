// Chooses the report adapter from the manifest format, falling back to sniffing the text. PDF and Word
// files arrive converted (ingest/corpus.ts readDocument): a PDF as its page layout, a Word file as HTML.
import type { ParsedReport, SourceFile } from '../model.ts';
import { DocumentError } from '../model.ts';
import { parseHtmlReport } from './html.ts';
import { parseMarkdownReport } from './markdown.ts';
import { parsePdfReport } from './pdf.ts';
import { parseXmlTextReport } from './xml.ts';
import { parseTextReport } from './text.ts';

export type ReportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'xml';

const ADAPTERS: Record<ReportFormat, (file: SourceFile) => ParsedReport> = {
  text: parseTextReport,
  markdown: parseMarkdownReport,
  html: parseHtmlReport,
  pdf: parsePdfReport,
  docx: parseHtmlReport,
  xml: parseXmlTextReport,
};

/** Manifest format strings ("markdown (converted from EUR-Lex)", "xhtml ...") -> adapter. */
export function reportFormat(file: SourceFile): ReportFormat {
  const declared = (file.entry.format ?? '').toLowerCase().split(/[\s(]/)[0];
  if (declared === 'text' || declared === 'txt' || declared === 'plain') return 'text';
  if (declared === 'markdown' || declared === 'md') return 'markdown';
  if (declared === 'html' || declared === 'xhtml' || declared === 'htm') return 'html';
  if (declared === 'pdf' || declared === 'docx') return declared;
  // XML read as text only when declared a report: a loose XML file no statute format reads is an error.
  if (declared === 'xml' && file.entry.kind === 'report') return 'xml';
  if (declared && declared !== 'unknown' && declared !== 'auto') {
    throw new DocumentError(file.path, `format "${file.entry.format}" is not a report format (text, markdown, html, pdf, docx, xml)`);
  }
  return sniff(file.text);
}

export function sniff(text: string): ReportFormat {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|p|h1|div)[\s>]/.test(head)) return 'html';
  if (/^#{1,6}\s+\S/m.test(text) || /<sup>|\[\^\d+\]|\*\*\S/.test(text)) return 'markdown';
  return 'text';
}

export function parseReport(file: SourceFile): ParsedReport {
  return ADAPTERS[reportFormat(file)](file);
}

export { parseHtmlReport, parseMarkdownReport, parseTextReport, parseXmlTextReport };
