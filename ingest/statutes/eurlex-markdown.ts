// Markdown converted from EUR-Lex HTML (OJ and consolidated texts). One block per line, blank lines
// between; " " lines separate list items. Recognised lines (after cleaning, see below):
//   "Whereas:" … "HAVE ADOPTED THIS …"  recitals, each "(N)" alone on its line, its text on the next
//   (other text there before the first "(N)" fails, naming its line);
//   "CHAPTER IV" / "SECTION 2" + title line;  "Article 12" + heading line;  "ANNEX I" + title line;
//   "1.   text" (OJ) or "1." then text (consolidated) = paragraph; "(a)" then text = point.
// Ends: "* * *", "Done at …" (signature), footnote lines "[(3)](#ntc3-…)" / "( [](#src.E0001))",
// and the consolidated footer "A statement has been made with regard to this act …".
// Cleaning (the law text is otherwise kept verbatim, including no-break spaces): consolidation markers
// ("▼B", "[▼C1](…)") and empty anchors "[](#B-2)" are removed; footnote call-outs (text/note-links.ts) are dropped
// with the space before them, as the Formex and XHTML adapters of the same acts drop theirs ("Council [(3)](#ntr3-…),"
// and "Council ( [3](#E0005) )," -> "Council,"): the model has no place for a note number, and left in the
// text "(3)" split lists of cited acts ("Directives 2011/93/EU (27) and 2013/40/EU"); other links keep their
// label; Markdown escapes ("\*", "\[") are undone. start/end are the raw span in the file, so the cleaned
// text may differ from source.slice(start, end).
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { isLeadIn, renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { NOTE_LINK_LITERAL, noteLinks, opensNote } from '../text/note-links.ts';
import { englishActDate } from './dates.ts';
import { annexOrder, checkSequence } from './guards.ts';

interface Line {
  raw: string;
  text: string; // cleaned
  start: number;
  end: number;
}

export function looksLikeEurlexMarkdown(text: string): boolean {
  return /^Article[\s\u00a0]+\d+\s*$/m.test(text) && !/^第[一二三四五六七八九十百]+条/m.test(text);
}

export function cleanMarkdown(raw: string): string {
  // Each rewrite is asked only of a line holding a literal every one of its matches holds ("▼", "[](", "](", a backslash): most
  // lines hold none, and the expressions were run on each of a statute's lines.
  let s = dropCallouts(raw);
  if (s.includes('▼')) {
    s = s
      .replace(/\[▼[^\]]*\]\([^)]*\)/g, '') // [▼C1](https://… "…")
      .replace(/▼[A-Z]\d*/g, ''); // ▼B
  }
  if (s.includes('[](')) s = s.replace(/\[\]\([^)]*\)/g, ''); // [](#B-2)
  if (s.includes('](')) s = s.replace(/\[((?:\\\]|[^\]])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1'); // [label](target) -> label
  if (s.includes('\\')) s = s.replace(/\\([*[\]_`\\#])/g, '$1');
  return s.trim();
}

/** The footnote call-outs (note-links.ts) gone with the space before each; a note's own number linking back stays. */
function dropCallouts(raw: string): string {
  if (!raw.includes(NOTE_LINK_LITERAL)) return raw;
  let out = '';
  let last = 0;
  for (const l of noteLinks(raw)) {
    if (l.backlink) continue;
    out += raw.slice(last, l.start).trimEnd();
    last = l.end;
  }
  return out + raw.slice(last);
}

const END = /^(\* \* \*|Done at .*|A statement has been made with regard to this act\b.*)$/;
const ARTICLE = /^Article[\s\u00a0]+(\d+)$/;
const CHAPTER = /^CHAPTER[\s\u00a0]+([IVXLC]+)$/;
const SECTION = /^SECTION[\s\u00a0]+(\d+)$/i;
const ANNEX = /^ANNEX(?:[\s\u00a0]+([IVXLC]+))?$/;
const RECITAL = /^\((\d+)\)$/;
const PARA_INLINE = /^(\d+[a-z]?\.)[\s\u00a0]+(\S[\s\S]*)$/;
const LABEL_ONLY = /^(\d+[a-z]?\.|\([0-9a-z]+\)|—)$/;
const ROMAN = /^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)\)$/;

function splitLines(src: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= src.length) {
    let nl = src.indexOf('\n', pos);
    if (nl === -1) nl = src.length;
    const raw = src.slice(pos, nl);
    const text = cleanMarkdown(raw);
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      out.push({ raw, text, start: pos + lead, end: pos + raw.trimEnd().length });
    }
    pos = nl + 1;
  }
  return out;
}

type Zone = 'front' | 'recitals' | 'enacting' | 'annex' | 'done';

export function parseEurlexMarkdown(file: SourceFile): ParsedStatute {
  const lines = splitLines(file.text);
  const reader = new ProvisionReader(file, lines);
  for (let i = 0; i < lines.length; i++) i = reader.line(i);
  reader.close();
  const { provisions, warnings } = reader;

  if (!provisions.some((p) => p.kind === 'article' || p.kind === 'annex')) {
    throw new DocumentError(file.path, 'no articles found');
  }
  checkSequence(file.path, provisions, 'article', { startAt: 1, optional: !provisions.some((p) => p.kind === 'article') });
  checkSequence(file.path, provisions, 'recital', { startAt: 1, optional: true });
  checkSequence(file.path, provisions, 'annex', { optional: true });

  const head = lines.slice(0, 40);
  const ti = head.findIndex((l) => /^(REGULATION|DIRECTIVE|DECISION)\b.*\d{4}\/\d+/.test(l.text));
  const title = ti >= 0 ? head.slice(ti, ti + 3).map((l) => l.text).join(' ') : file.entry.title;
  const date = englishActDate(title);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title,
    language: file.entry.language,
    dates: date ? { adopted: date.date, amendments: [], lines: [date.line] } : { amendments: [], lines: [] },
    provisions,
    warnings,
  };
}

/** Reads the lines in order: the zone they are in, the chapter and section, and the provision being filled. */
class ProvisionReader {
  readonly provisions: Provision[] = [];
  readonly warnings: string[] = [];
  private zone: Zone = 'front';
  private chapter: string | undefined;
  private section: string | undefined;
  private current: { p: Provision; body: Line[] } | undefined;

  private readonly file: SourceFile;
  private readonly lines: Line[];

  constructor(file: SourceFile, lines: Line[]) {
    this.file = file;
    this.lines = lines;
  }

  /** Reads line `i` (and a title line after it); returns the index of the last line read. */
  line(i: number): number {
    const line = this.lines[i];
    const t = line.text;
    if (opensNote(line.raw.trim())) {
      this.close();
      return i;
    }
    if (END.test(t)) {
      this.close();
      if (this.zone === 'enacting') this.zone = 'done';
      return i;
    }
    if (t === 'Whereas:') {
      this.zone = 'recitals';
      return i;
    }
    if (/^HAVE ADOPTED TH/.test(t)) {
      this.close();
      this.zone = 'enacting';
      return i;
    }
    const annex = ANNEX.exec(t);
    if (annex) {
      this.zone = 'annex';
      const number = annex[1] ?? 'I';
      this.open({ locator: `anx_${number}`, kind: 'annex', number, order: annexOrder(number), heading: this.lines[i + 1]?.text, text: '', paragraphs: [] });
      return i + 1;
    }
    if (this.zone === 'recitals') {
      const recital = RECITAL.exec(t);
      if (recital) {
        this.open({ locator: `rct_${recital[1]}`, kind: 'recital', number: t, order: Number(recital[1]), text: '', paragraphs: [] });
        return i;
      }
      if (CHAPTER.test(t) || ARTICLE.test(t)) this.zone = 'enacting';
    }
    if (this.zone === 'front' && (CHAPTER.test(t) || ARTICLE.test(t))) this.zone = 'enacting';
    if (this.zone === 'enacting') {
      const next = this.enacting(i, t);
      if (next !== undefined) return next;
    }
    this.body(line);
    return i;
  }

  /** Chapter, section and article headings of the enacting terms; undefined for body text. */
  private enacting(i: number, t: string): number | undefined {
    const titled = () => `${t.replace(/\u00a0/g, ' ')} ${this.lines[i + 1]?.text ?? ''}`.trim();
    if (CHAPTER.test(t)) {
      this.close();
      this.chapter = titled();
      this.section = undefined;
      return i + 1;
    }
    if (SECTION.test(t)) {
      this.close();
      this.section = titled();
      return i + 1;
    }
    const m = ARTICLE.exec(t);
    if (!m) return undefined;
    const p: Provision = { locator: `art_${m[1]}`, kind: 'article', number: m[1], order: Number(m[1]), text: '', paragraphs: [] };
    const next = this.lines[i + 1]?.text;
    // The heading line; articles without one go straight into "1." or text, which we keep.
    const headed = !!next && !PARA_INLINE.test(next) && !LABEL_ONLY.test(next) && !ARTICLE.test(next) && next.length < 200;
    if (headed) p.heading = next;
    if (this.chapter) p.chapter = this.chapter;
    if (this.section) p.section = this.section;
    this.open(p);
    return headed ? i + 1 : i;
  }

  private body(line: Line): void {
    if (this.current) this.current.body.push(line);
    else if (this.zone === 'enacting') this.warnings.push(`line outside any provision: "${line.text.slice(0, 60)}"`);
    else if (this.zone === 'recitals' && !isLeadIn(line.text)) {
      // Text after "Whereas:" that no "(N)" line opens would be a recital lost in silence.
      const at = this.file.text.slice(0, line.start).split('\n').length;
      throw new DocumentError(this.file.path, `line ${at}: text among the recitals that is neither a recital number "(N)" nor a lead-in: "${line.text.slice(0, 60)}"`);
    }
  }

  private open(p: Provision): void {
    this.close();
    this.provisions.push(p);
    this.current = { p, body: [] };
  }

  /** Ends the provision being filled: its span, text and paragraphs. */
  close(): void {
    if (!this.current) return;
    const { p, body } = this.current;
    if (body.length) {
      p.start = body[0].start;
      p.end = body[body.length - 1].end;
    }
    if (p.kind === 'article') {
      const r = renderBlocks(p.locator, articleBlocks(body));
      p.text = r.text;
      p.paragraphs = r.paragraphs;
      for (const d of r.duplicates) this.warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
    } else {
      p.text = mergeLabels(body.map((l) => l.text)).join('\n');
    }
    this.current = undefined;
  }
}

// "(a)" on one line and its text on the next -> "(a) text".
function mergeLabels(texts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (LABEL_ONLY.test(texts[i]) && i + 1 < texts.length && !LABEL_ONLY.test(texts[i + 1])) {
      out.push(`${texts[i]} ${texts[++i]}`);
    } else {
      out.push(texts[i]);
    }
  }
  return out;
}

// Rank of a label in the EU hierarchy: paragraph "1." > point "(1)" > point "(a)" > point "(i)" > indent "—".
function rank(label: string, stack: { label: string }[]): number {
  if (/^\d+[a-z]?\.$/.test(label)) return 0;
  if (/^\(\d+\)$/.test(label)) return 1;
  if (label === '—') return 4;
  if (ROMAN.test(label)) {
    // "(i)" right after "(h)" is the ninth letter, not a roman one (likewise (v) after (u), (x) after (w)).
    const prev = [...stack].reverse().find((s) => /^\([a-z]+\)$/.test(s.label) && !ROMAN.test(s.label))?.label;
    const letterNext: Record<string, string> = { '(i)': '(h)', '(v)': '(u)', '(x)': '(w)' };
    if (prev && letterNext[label] === prev) return 2;
    return stack.some((s) => /^\([a-z]\)$/.test(s.label) && !ROMAN.test(s.label)) ? 3 : 2;
  }
  return 2;
}

function articleBlocks(body: Line[]): Block[] {
  const texts = mergeLabels(body.map((l) => l.text));
  const root: Block[] = [];
  const stack: (Block & { label: string; rank: number })[] = [];
  for (const t of texts) {
    const m = PARA_INLINE.exec(t) ?? /^(\([0-9a-z]+\)|—)[\s\u00a0]+([\s\S]+)$/.exec(t);
    if (!m) {
      // An unnumbered subparagraph belongs to the enclosing numbered paragraph, if any.
      while (stack.length && stack[stack.length - 1].rank > 0) stack.pop();
      const block: Block = { text: t, children: [] };
      (stack.length ? stack[stack.length - 1].children : root).push(block);
      continue;
    }
    const label = m[1];
    const r = rank(label, stack);
    while (stack.length && stack[stack.length - 1].rank >= r) stack.pop();
    const block = { label, text: m[2].replace(/^[\s\u00a0]+/, ''), children: [], rank: r };
    (stack.length ? stack[stack.length - 1].children : root).push(block);
    stack.push(block);
  }
  return root;
}
