// Markdown converted from EUR-Lex HTML (OJ and consolidated texts). One block per line, blank lines
// between; " " lines separate list items. Recognised lines (after cleaning, see below):
//   "Whereas:" … "HAVE ADOPTED THIS …"  recitals, each "(N)" alone on its line, its text on the next
//   (other text there before the first "(N)" fails, naming its line);
//   "CHAPTER IV" / "SECTION 2" + title line;  "Article 12" + heading line;  "ANNEX I" + title line;
//   "1.   text" (OJ) or "1." then text (consolidated) = paragraph; "(a)" then text = point.
// Ends: "* * *", "Done at …" (signature), footnote lines "[(3)](#ntc3-…)" / "( [](#src.E0001))",
// and the consolidated footer "A statement has been made with regard to this act …".
// Cleaning (the law text is otherwise kept verbatim, including no-break spaces): consolidation markers
// ("▼B", "[▼C1](…)") and empty anchors "[](#B-2)" are removed; links keep their label, so footnote
// call-outs "[(3)](#ntr3-…)" become "(3)" and "( [\*1](#E0003) )" becomes "( *1 )"; Markdown escapes
// ("\*", "\[") are undone. start/end are the raw span in the file, so the cleaned text may differ
// from source.slice(start, end).
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { isLeadIn, renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
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
  return raw
    .replace(/\[▼[^\]]*\]\([^)]*\)/g, '') // [▼C1](https://… "…")
    .replace(/▼[A-Z]\d*/g, '') // ▼B
    .replace(/\[\]\([^)]*\)/g, '') // [](#B-2)
    .replace(/\[((?:\\\]|[^\]])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1') // [label](target) -> label
    .replace(/\\([*[\]_`\\#])/g, '$1')
    .trim();
}

const FOOTNOTE = /^\[\(\d+\)\]\(#ntc|^\(\s*\[[^\]]*\]\(#src\./;
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
  const provisions: Provision[] = [];
  const warnings: string[] = [];
  let zone: Zone = 'front';
  let chapter: string | undefined;
  let section: string | undefined;
  let current: { p: Provision; body: Line[] } | undefined;

  const close = (): void => {
    if (!current) return;
    const { p, body } = current;
    if (body.length) {
      p.start = body[0].start;
      p.end = body[body.length - 1].end;
    }
    if (p.kind === 'article') {
      const r = renderBlocks(p.locator, articleBlocks(body));
      p.text = r.text;
      p.paragraphs = r.paragraphs;
      for (const d of r.duplicates) warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
    } else {
      p.text = mergeLabels(body.map((l) => l.text)).join('\n');
    }
    current = undefined;
  };
  const open = (p: Provision): void => {
    close();
    provisions.push(p);
    current = { p, body: [] };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (FOOTNOTE.test(line.raw.trim())) {
      close();
      continue;
    }
    if (END.test(t)) {
      close();
      if (zone === 'enacting') zone = 'done';
      continue;
    }
    if (t === 'Whereas:') {
      zone = 'recitals';
      continue;
    }
    if (/^HAVE ADOPTED TH/.test(t)) {
      close();
      zone = 'enacting';
      continue;
    }
    let m = ANNEX.exec(t);
    if (m) {
      zone = 'annex';
      const number = m[1] ?? 'I';
      const heading = lines[i + 1]?.text;
      i++;
      open({ locator: `anx_${number}`, kind: 'annex', number, order: annexOrder(number), heading, text: '', paragraphs: [] });
      continue;
    }
    if (zone === 'recitals') {
      m = RECITAL.exec(t);
      if (m) {
        open({ locator: `rct_${m[1]}`, kind: 'recital', number: t, order: Number(m[1]), text: '', paragraphs: [] });
        continue;
      }
      if (CHAPTER.test(t) || ARTICLE.test(t)) zone = 'enacting';
    }
    if (zone === 'front' && (CHAPTER.test(t) || ARTICLE.test(t))) zone = 'enacting';
    if (zone === 'enacting') {
      m = CHAPTER.exec(t);
      if (m) {
        close();
        chapter = `${t.replace(/\u00a0/g, ' ')} ${lines[++i]?.text ?? ''}`.trim();
        section = undefined;
        continue;
      }
      m = SECTION.exec(t);
      if (m) {
        close();
        section = `${t.replace(/\u00a0/g, ' ')} ${lines[++i]?.text ?? ''}`.trim();
        continue;
      }
      m = ARTICLE.exec(t);
      if (m) {
        const p: Provision = { locator: `art_${m[1]}`, kind: 'article', number: m[1], order: Number(m[1]), text: '', paragraphs: [] };
        const next = lines[i + 1]?.text;
        // The heading line; articles without one go straight into "1." or text, which we keep.
        if (next && !PARA_INLINE.test(next) && !LABEL_ONLY.test(next) && !ARTICLE.test(next) && next.length < 200) {
          p.heading = next;
          i++;
        }
        if (chapter) p.chapter = chapter;
        if (section) p.section = section;
        open(p);
        continue;
      }
    }
    if (current) current.body.push(line);
    else if (zone === 'enacting') warnings.push(`line outside any provision: "${t.slice(0, 60)}"`);
    else if (zone === 'recitals' && !isLeadIn(t)) {
      // Text after "Whereas:" that no "(N)" line opens would be a recital lost in silence.
      const at = file.text.slice(0, line.start).split('\n').length;
      throw new DocumentError(file.path, `line ${at}: text among the recitals that is neither a recital number "(N)" nor a lead-in: "${t.slice(0, 60)}"`);
    }
  }
  close();

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
