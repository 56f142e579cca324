// LawRefBook Chinese Markdown (github.com/LawRefBook/Laws):
//   # 标题 / header lines (adoption, amendments) / <!-- INFO END --> /
//   ## 第一章 总则 / ### 第一节 … / "第一条 正文" lines; the lines after an article until the next
//   article or heading are its further paragraphs (款).
// Quirks: chapter titles may use a full-width space ("第一章　总则"); some headers keep the
// source's brackets ("(2014年…通过)"); LawRefBook turns some full-width punctuation into ASCII.
// Provision.text joins the paragraphs with "\n" (the file separates them by blank lines), so
// source.slice(start, end) equals text once blank lines are collapsed.
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { articleLocator } from '../text/articles.ts';
import { NUMERAL_CHARS, parseChineseNumber } from '../text/numerals.ts';
import { chineseDates } from './dates.ts';
import { checkSequence } from './guards.ts';

const INFO_END = '<!-- INFO END -->';
const ARTICLE = new RegExp(`^(第([${NUMERAL_CHARS}]+)条(?:之([一二三四五六七八九十]+))?)(?:[ \\u3000\\t]+|$)`);
const CHAPTER = /^##\s+(.+)$/;
const SECTION = /^###\s+(.+)$/;

interface Line {
  text: string; // trimmed
  start: number; // offset of text in the file
}

function lines(src: string, from: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos <= src.length) {
    let nl = src.indexOf('\n', pos);
    if (nl === -1) nl = src.length;
    const raw = src.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: pos + lead });
    pos = nl + 1;
  }
  return out;
}

/** True when the text looks like LawRefBook Markdown (used by format sniffing). */
export function looksLikeCnMarkdown(text: string): boolean {
  return text.includes(INFO_END) || /^第[一二三四五六七八九十百]+条[ \u3000]/m.test(text);
}

export function parseCnMarkdown(file: SourceFile): ParsedStatute {
  const src = file.text;
  const marker = src.indexOf(INFO_END);
  if (marker === -1) throw new DocumentError(file.path, `no "${INFO_END}" marker after the header`);

  const header = lines(src.slice(0, marker), 0).filter((l) => l.text);
  const titleLine = header.find((l) => l.text.startsWith('# '));
  const title = titleLine ? titleLine.text.slice(2).trim() : file.entry.title;
  const headerLines = header.filter((l) => l !== titleLine).map((l) => l.text);

  const { provisions, warnings } = readArticles(file, src, marker + INFO_END.length);
  checkSequence(file.path, provisions, 'article', { startAt: 1 });
  const body = src.slice(marker);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title,
    language: file.entry.language,
    dates: chineseDates(headerLines, body),
    provisions,
    warnings,
  };
}

/** The chapters, sections and articles after the header, each article's lines its paragraphs. */
function readArticles(file: SourceFile, src: string, from: number): { provisions: Provision[]; warnings: string[] } {
  const provisions: Provision[] = [];
  const warnings: string[] = [];
  let chapter: string | undefined;
  let section: string | undefined;
  let current: { p: Provision; paras: Line[] } | undefined;
  const close = () => {
    if (current) fillArticle(current.p, current.paras);
    current = undefined;
  };
  for (const line of lines(src, from)) {
    if (!line.text) continue;
    let m = SECTION.exec(line.text);
    if (m) {
      close();
      section = m[1].trim();
      continue;
    }
    m = CHAPTER.exec(line.text);
    if (m) {
      close();
      chapter = m[1].trim();
      section = undefined;
      continue;
    }
    if (line.text.startsWith('#')) throw new DocumentError(file.path, `unexpected heading "${line.text}"`);
    m = ARTICLE.exec(line.text);
    if (m) {
      close();
      const { locator, order } = articleLocator(parseChineseNumber(m[2]), m[3] ? parseChineseNumber(m[3]) : 0);
      const p: Provision = { locator, kind: 'article', number: m[1], order, text: '', paragraphs: [] };
      if (chapter) p.chapter = chapter;
      if (section) p.section = section;
      provisions.push(p);
      current = { p, paras: [] };
      const rest = line.text.slice(m[0].length);
      if (rest) current.paras.push({ text: rest, start: line.start + m[0].length });
      continue;
    }
    if (current) current.paras.push(line);
    else warnings.push(`text before the first article is not part of any provision: "${line.text.slice(0, 40)}"`);
  }
  close();
  return { provisions, warnings };
}

/** An article's paragraphs (one per line), text and span. */
function fillArticle(p: Provision, paras: Line[]): void {
  let offset = 0;
  p.paragraphs = paras.map((l, i) => {
    const start = offset;
    offset += l.text.length + 1;
    return { locator: `${p.locator}__para_${i + 1}`, number: String(i + 1), text: l.text, start, end: start + l.text.length };
  });
  p.text = paras.map((l) => l.text).join('\n');
  if (paras.length) {
    p.start = paras[0].start;
    p.end = paras[paras.length - 1].start + paras[paras.length - 1].text.length;
  }
}
