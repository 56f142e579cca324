// USLM elements as text: a section's levels (subsection, paragraph, subparagraph, clause, …) render
// one line per block, "(b) Heading" then the chapeau, content and continuation, and every numbered
// level becomes a SubProvision (locator `sec_1601.b.2.A`, number "(A)", heading, offsets into the
// rendered text). Quoted law (a public law set out in a note) drops the typographic quotation marks the
// Code adds to every quoted paragraph ("“(a)", the closing ”): they are not part of that law's text.
import type { AnyNode, Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { SubProvision } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';

/** The hierarchy below a section (USLM 1.0 schema, in order). */
export const LEVELS = new Set(['subsection', 'paragraph', 'subparagraph', 'clause', 'subclause', 'item', 'subitem', 'subsubitem', 'level']);
/** Elements that start a line of their own (table cells too: one per line, as the Formex adapter does). */
const BLOCKS = new Set(['p', 'chapeau', 'content', 'continuation', 'proviso', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'quotedContent', 'section', 'note', ...LEVELS]);
/** Never text: footnotes (printed apart) and the table of contents. */
const DROPPED = new Set(['footnote', 'footnotes', 'toc', 'layout']);
/** Deeper nesting than any real section: a hostile file must not exhaust the stack. */
const MAX_DEPTH = 64;

export const isTag = (n: AnyNode): n is Element => n.type === 'tag';
export const childTags = (el: Element, name?: string): Element[] => el.children.filter((c): c is Element => isTag(c) && (!name || c.name === name));

export function checkDepth(file: string, depth: number): void {
  if (depth > MAX_DEPTH) throw new DocumentError(file, `elements nested deeper than ${MAX_DEPTH} levels`);
}

/** What a reader sees of a node, inline (whitespace not yet collapsed). */
export function inlineText(file: string, node: AnyNode, depth = 0): string {
  checkDepth(file, depth);
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isTag(node) || DROPPED.has(node.name)) return '';
  if (node.name === 'ref' && /\bfootnoteRef\b/.test(node.attribs.class ?? '')) return '';
  return node.children.map((c) => inlineText(file, c, depth + 1)).join('');
}

/** A level's number as printed, without the quotation mark a quoted level opens with: "“(a)" -> "(a)". */
export function printedNum(file: string, el: Element): string {
  const num = childTags(el, 'num')[0];
  return num ? collapseSpaces(inlineText(file, num)).replace(/^[“"]+\s*/, '') : '';
}

/** A heading without the run-in dash of quoted law ("In general.—" -> "In general"). */
export function headingOf(file: string, el: Element): string | undefined {
  const h = childTags(el, 'heading')[0];
  const text = h ? collapseSpaces(inlineText(file, h)).replace(/\.?—$/, '').trim() : '';
  return text || undefined;
}

/** One section's (or quotation's) rendered text and the numbered levels in it. */
export class LevelText {
  text = '';
  readonly paragraphs: SubProvision[] = [];
  readonly duplicates: string[] = [];
  private readonly used = new Set<string>();
  readonly file: string;
  /** Quoted law: lines lose the opening quotation mark, the text its closing one. */
  readonly quoted: boolean;
  constructor(file: string, quoted = false) {
    this.file = file;
    this.quoted = quoted;
  }

  line(s: string): number {
    if (this.text) this.text += '\n';
    return this.append(s);
  }

  append(s: string): number {
    const at = this.text.length;
    this.text += s;
    return at;
  }

  /** Where the next line will start. */
  nextLine(): number {
    return this.text ? this.text.length + 1 : 0;
  }

  /** `parent.value`, suffixed _2, _3 when a number repeats under one parent. */
  locator(parent: string, value: string): string {
    let loc = `${parent}.${value.replace(/\s+/g, '_')}`;
    if (this.used.has(loc)) {
      this.duplicates.push(loc);
      let n = 2;
      while (this.used.has(`${loc}_${n}`)) n++;
      loc = `${loc}_${n}`;
    }
    this.used.add(loc);
    return loc;
  }

  /** Closes the text: drops the quotation's closing mark and fills in each level's text. */
  finish(): { text: string; paragraphs: SubProvision[] } {
    if (this.quoted) this.text = this.text.replace(/”$/, '');
    for (const p of this.paragraphs) {
      p.end = Math.min(p.end, this.text.length);
      p.text = this.text.slice(p.start, p.end);
    }
    return { text: this.text, paragraphs: this.paragraphs };
  }
}

/** The lines of a run of nodes: blocks (p, chapeau, rows, quoted levels) one per line, inline text joined. */
export function blockLines(t: LevelText, nodes: AnyNode[], depth: number): string[] {
  checkDepth(t.file, depth);
  const out: string[] = [];
  let pending = '';
  const flush = (): void => {
    let s = collapseSpaces(pending);
    if (t.quoted) s = s.replace(/^[“"]\s*/, '');
    if (s) out.push(s);
    pending = '';
  };
  for (const node of nodes) {
    if (isTag(node) && BLOCKS.has(node.name)) {
      flush();
      out.push(...blockLines(t, node.children, depth + 1));
    } else {
      pending += inlineText(t.file, node, depth + 1);
    }
  }
  flush();
  return out;
}

/**
 * Renders the children of a section or level below `locator`: levels recursively, everything else
 * (chapeau, content, continuation, bare text) as lines. `runIn`: the first line continues the
 * level's number line ("(1) is produced …", "(1) In general.—Not later …"). Returns where the body starts.
 */
export function renderChildren(t: LevelText, el: Element, locator: string, depth: number, runIn: '' | ' ' | undefined): number | undefined {
  let start: number | undefined;
  let run: AnyNode[] = [];
  let joinWith = runIn;
  const flushRun = (): void => {
    for (const text of blockLines(t, run, depth + 1)) {
      const at = joinWith !== undefined ? t.append(joinWith + text) + joinWith.length : t.line(text);
      start ??= at;
      joinWith = undefined;
    }
    run = [];
  };
  for (const child of el.children) {
    if (isTag(child) && (child.name === 'num' || child.name === 'heading' || child.name === 'sourceCredit' || child.name === 'notes')) continue;
    if (isTag(child) && LEVELS.has(child.name)) {
      flushRun();
      start ??= t.nextLine();
      renderLevel(t, child, locator, depth + 1);
      joinWith = undefined;
    } else {
      run.push(child);
    }
  }
  flushRun();
  return start;
}

/** One level: its number line, its body, and a SubProvision when it is numbered. */
function renderLevel(t: LevelText, el: Element, parent: string, depth: number): void {
  checkDepth(t.file, depth);
  const value = childTags(el, 'num')[0]?.attribs.value?.trim();
  const num = printedNum(t.file, el);
  const heading = headingOf(t.file, el);
  const rawHeading = childTags(el, 'heading')[0];
  const printedHeading = rawHeading ? collapseSpaces(inlineText(t.file, rawHeading)) : '';
  const numLine = [num, printedHeading].filter(Boolean).join(' ');
  if (numLine) t.line(numLine);
  const locator = value ? t.locator(parent, value) : parent;
  const record: SubProvision | undefined = value ? { locator, number: num, text: '', start: 0, end: 0 } : undefined;
  if (record && heading) record.heading = heading;
  if (record) t.paragraphs.push(record);
  // Quoted law runs the text on after "In general.—"; the Code sets its own headings on a line apart.
  const runIn = !numLine ? undefined : !printedHeading ? ' ' : printedHeading.endsWith('—') ? '' : undefined;
  const start = renderChildren(t, el, locator, depth, runIn);
  if (record) {
    record.start = start ?? t.text.length;
    record.end = t.text.length;
  }
}
