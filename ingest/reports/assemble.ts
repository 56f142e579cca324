// Shared back half of the report adapters: blocks (headings, paragraphs, footnote bodies) -> ParsedReport with
// stable locators. Adapters encode footnote reference marks inline as MARK_OPEN + mark + MARK_CLOSE so that the
// marks survive sentence splitting and land on the sentence they follow.
import type { Footnote, Paragraph, ParsedReport, Section, Sentence, SourceFile, TableCell } from '../model.ts';
import { DocumentError } from '../model.ts';
import { knownLanguage, LANGUAGES, type Language, resolveLanguage } from '../languages/index.ts';
import { collapseSpaces as clean } from '../text/clean.ts';
import { splitSentences } from '../text/sentences.ts';

export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';
export const markToken = (mark: string): string => `${MARK_OPEN}${mark}${MARK_CLOSE}`;

export type Block =
  /** `locator`: the adapter's own for the heading itself (PDF pages: `p_12.heading_1`); by default `sec_N.heading`. */
  | { kind: 'heading'; text: string; level: number; locator?: string }
  /** `locator`: the adapter's own (PDF pages: `p_12.para_3`); by default `sec_N.p_M`, a table's caption's `sec_N.table_T.caption`
   *  (`caption`: the table's number; it takes no paragraph's number). */
  | { kind: 'paragraph'; text: string; locator?: string; item?: boolean; cell?: TableCell; caption?: number }
  | { kind: 'footnote'; mark: string; text: string };

const MARK_RE = new RegExp(`\\s*${MARK_OPEN}([^${MARK_CLOSE}]*)${MARK_CLOSE}`, 'g');
const URL_RE = /https?:\/\/[^\s<>"'\])]+(?:\([^\s)]*\)[^\s<>"'\])]*)*/g;
const TERMINAL = /[.!?:;"”’)\]…。！？]$/;

export function assemble(file: SourceFile, blocks: Block[], warnings: string[] = []): ParsedReport {
  if (file.text.trim() === '') throw new DocumentError(file.path, 'empty document');
  const merged = mergePageBreaks(blocks, warnings);
  // A loose file whose name states no language is read in the one its paragraphs are written in.
  const code = resolveLanguage(file.entry.language, () => sampleText(merged), warnings);
  const language: Language = LANGUAGES[knownLanguage(code, file.path)];

  const sections: Section[] = [];
  const footnotes: Footnote[] = [];
  const referenced = new Set<string>();
  let current: Section | undefined;
  // The captions in the current section so far: a caption takes no paragraph's number.
  let captionsIn: Section | undefined;
  let captions = 0;
  const newSection = (heading: string, level: number, headingLocator?: string): Section => {
    const s: Section = { locator: `sec_${sections.length + 1}`, heading, level, paragraphs: [], ...(headingLocator ? { headingLocator } : {}) };
    sections.push(s);
    return s;
  };
  for (const b of merged) {
    if (b.kind === 'heading') current = newSection(clean(b.text), b.level, b.locator);
    else if (b.kind === 'footnote') footnotes.push(footnote(b.mark, b.text));
    else {
      current ??= newSection('', 0);
      if (current !== captionsIn) [captionsIn, captions] = [current, 0];
      const p = paragraph(b.locator ?? (b.caption !== undefined ? `${current.locator}.table_${b.caption}.caption` : `${current.locator}.p_${current.paragraphs.length - captions + 1}`), b.text, language);
      if (!p) continue;
      if (b.item) p.item = true;
      if (b.cell) p.cell = b.cell;
      if (b.caption !== undefined) [p.caption, captions] = [b.caption, captions + 1];
      for (const s of p.sentences) for (const m of s.footnotes) referenced.add(m);
      current.paragraphs.push(p);
    }
  }
  if (!sections.some((s) => s.paragraphs.length > 0)) throw new DocumentError(file.path, 'no body paragraphs');

  const marks = new Set<string>();
  for (const f of footnotes) {
    if (marks.has(f.mark)) warnings.push(`footnote ${f.mark} appears more than once`);
    marks.add(f.mark);
    if (!referenced.has(f.mark)) warnings.push(`footnote ${f.mark} is never referenced in the body`);
  }
  for (const m of referenced) if (!marks.has(m)) warnings.push(`footnote mark ${m} has no footnote body`);

  const title = sections.find((s) => s.heading !== '')?.heading || file.entry.title;
  return {
    type: 'report',
    documentId: file.entry.id,
    title,
    language: code,
    sections,
    footnotes,
    warnings,
  };
}

/** The blocks' own words, up to what a language's detector reads (20,000 characters). */
function sampleText(blocks: Block[]): string {
  let text = '';
  for (const b of blocks) {
    if (text.length >= 20_000) break;
    text += `${b.text}\n`;
  }
  return text;
}

function paragraph(locator: string, raw: string, language: Language): Paragraph | undefined {
  // Strip the marks, remembering where each one was in the clean text.
  const src = clean(raw);
  const marks: { at: number; mark: string }[] = [];
  let text = '';
  let last = 0;
  for (const m of src.matchAll(MARK_RE)) {
    text += src.slice(last, m.index);
    marks.push({ at: text.length, mark: m[1].trim() });
    last = m.index + m[0].length;
  }
  text += src.slice(last);
  const lead = text.length - text.trimStart().length;
  text = text.trim();
  const spans = splitSentences(text, language);
  if (spans.length === 0) return undefined;
  const sentences: Sentence[] = spans.map((s, i) => ({ locator: `${locator}.s_${i + 1}`, text: s.text, footnotes: [] }));
  for (const m of marks) {
    const at = m.at - lead;
    // A mark belongs to the last sentence that starts before it ("...deployment.¹ Next" -> first sentence).
    let idx = 0;
    for (let i = 0; i < spans.length; i++) if (spans[i].start < at) idx = i;
    if (!sentences[idx].footnotes.includes(m.mark)) sentences[idx].footnotes.push(m.mark);
  }
  return { locator, text, sentences };
}

function footnote(mark: string, raw: string): Footnote {
  const text = clean(raw.replace(MARK_RE, ''));
  const urls = [...text.matchAll(URL_RE)].map((m) => m[0].replace(/[.,;:]+$/, ''));
  return { mark, text, urls: [...new Set(urls)] };
}

/**
 * PDF-derived sources split a paragraph where a page (and its footnotes) ended: "...is unlikely to" /
 * footnotes / "show much consideration...". Re-join when the first part lacks final punctuation and the
 * second starts in lower case; say so in the warnings.
 */
function mergePageBreaks(blocks: Block[], warnings: string[]): Block[] {
  const out: Block[] = [];
  let lastPara = -1;
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      const prev = lastPara >= 0 ? out[lastPara] : undefined;
      const body = b.text.replace(MARK_RE, '').trim();
      // A table's cell is no part of a paragraph split by a page: a cell ends where the table's markup ends it.
      if (prev && prev.kind === 'paragraph' && !prev.cell && !b.cell && prev.caption === undefined && b.caption === undefined && !TERMINAL.test(prev.text.replace(MARK_RE, '').trim()) && /^\p{Ll}/u.test(body)) {
        const between = out.slice(lastPara + 1);
        if (between.every((x) => x.kind === 'footnote')) {
          prev.text = `${prev.text.trimEnd()} ${b.text.trimStart()}`;
          warnings.push(`re-joined a paragraph split by a page break before "${body.slice(0, 30)}"`);
          continue;
        }
      }
      out.push({ ...b });
      lastPara = out.length - 1;
    } else {
      out.push(b);
      if (b.kind === 'heading') lastPara = -1;
    }
  }
  return out;
}
