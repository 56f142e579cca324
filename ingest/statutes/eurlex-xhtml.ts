// EUR-Lex Official Journal XHTML (the "CONVEX" rendition), in the layouts of 2016 to the act-by-act
// L series of 2023 on. Read by structure, classes and printed labels; element ids (rct_N, art_N, cpt_X,
// 032.001, anx_X) are never read: they do not follow the printed numbers in every year's layout (a
// "Whereas:" container can take rct_1, so recital (1) sits in rct_2).
//   articles:   the div around a p.oj-ti-art "Article 32", heading p.oj-sti-art (in div.eli-title);
//               an article inside another (quoted by an amending act) is text of the outer one;
//   paragraphs: a div whose first line starts "1.   "; points: two-cell tables ("(a)" | text), nested;
//   divisions:  the divs around an article that open with p.oj-ti-section-1 "CHAPTER IV" / "Section 2",
//               named with their div.eli-title;
//   recitals:   before the first article, a div holding one two-cell row "(12)" | text, or paragraphs
//               "(12)" + text or "(12) text", after any lead-in ("Whereas:"). Among its siblings a
//               lead-in or group heading (p.oj-ti-*), alone or in a div of its own, is not a recital;
//               anything else there fails, naming the element;
//   annexes:    a div opening with p.oj-doc-ti "ANNEX II" (or "ANNEX", the sole one), heading the
//               next p.oj-doc-ti, body as blocks like an article's.
// Text: HTML whitespace (incl. the no-break spaces after "1.") collapses to one space; footnote
// call-outs (a[href^="#ntr"]) are dropped, as are the notes themselves, which sit outside articles.
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { articleNumber, divisionKind, isLeadIn, leadingRecitalNumber, recitalNumber, renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { annexOrder, elementAt, euStatute } from './guards.ts';
import { collapseSpaces } from '../text/clean.ts';

type Fail = (el: Element, reason: string) => never;

const isTag = (n: AnyNode): n is Element => n.type === 'tag';
const tags = (el: Element): Element[] => el.children.filter(isTag);

export function looksLikeEurlexXhtml(text: string): boolean {
  return /<html[\s>]/i.test(text.slice(0, 2000)) && /class="oj-/.test(text);
}

export function parseEurlexXhtml(file: SourceFile): ParsedStatute {
  // The parser forgives a missing end; a cut-off file would give a cut-off last article.
  if (!/<\/html>\s*$/i.test(file.text)) throw new DocumentError(file.path, 'truncated: the file does not end with </html>');
  // XHTML is well-formed XML: htmlparser2's XML mode is ~4x faster than the HTML5 parser here and
  // keeps the tree as written (no implied tbody). Start indices let errors give line:column.
  const $ = cheerio.load(file.text, { xml: { xmlMode: true, decodeEntities: true, withStartIndices: true } });
  dropFootnoteCallouts($);
  const fail: Fail = (el, reason) => {
    throw new DocumentError(file.path, `${elementAt(file.text, el)}: ${reason}`);
  };

  const warnings: string[] = [];
  const annexes = outermost(containersOf($('p.oj-doc-ti').toArray().filter((p) => /^ANNEX\b/i.test(collapseSpaces($(p).text())))));
  // Articles in an annex (the statutes of a body set up by the act) are the annex's text.
  const inAnnex = new Set(annexes);
  const articles = outermost(containersOf($('p.oj-ti-art').toArray())).filter((a) => !insideAny(a, inAnnex));
  const provisions: Provision[] = [
    ...recitals($, articles[0]?.startIndex ?? Number.POSITIVE_INFINITY, fail),
    ...articles.map((el) => article($, el, warnings, fail)),
    ...annexes.map((el) => annex($, el, fail)),
  ];
  const title = $('div.eli-main-title p.oj-doc-ti').toArray().map((p) => collapseSpaces($(p).text())).join(' ');
  return euStatute(file, title, provisions, warnings);
}

// Drop footnote call-outs with the space the OJ sets before them ("Council (1)," -> "Council,").
function dropFootnoteCallouts($: CheerioAPI): void {
  $('a[href^="#ntr"]').each((_, a) => {
    const prev = a.prev;
    if (prev && prev.type === 'text') prev.data = prev.data.replace(/\s+$/, '');
    $(a).remove();
  });
}

/** The divs that title paragraphs head (a title in a table cell is quoted text, not a container's). */
function containersOf(titles: Element[]): Element[] {
  return titles.map((p) => p.parent).filter((d): d is Element => !!d && isTag(d) && d.tagName === 'div');
}

/** Drops containers nested in another of the list (an article quoted inside an amending article). */
function outermost(list: Element[]): Element[] {
  const set = new Set(list);
  return list.filter((el) => !insideAny(el, set));
}

function insideAny(el: Element, set: Set<Element>): boolean {
  for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return true;
  return false;
}

// ---- recitals

/** Recitals: the divs before the first article that open with a recital number, checked among their siblings. */
function recitals($: CheerioAPI, end: number, fail: Fail): Provision[] {
  const holders = $('div').toArray().filter((d) => (d.startIndex ?? 0) < end && opensWithRecital($, d));
  const held = new Set(holders);
  for (const parent of new Set(holders.map((d) => d.parent as Element))) checkSiblings($, parent, held, fail);
  const out = holders.map((d) => recital($, d, fail));
  // A numbered row or paragraph outside any recital container would be a recital lost in silence.
  $('tr, p').each((_, el) => {
    if ((el.startIndex ?? 0) >= end || insideAny(el, held)) return;
    const first = el.tagName === 'tr' ? $(el).children('td').first().text() : $(el).text();
    if (leadingRecitalNumber(collapseSpaces(first))) fail(el, 'a numbered recital outside a recital container (a div holding "(1)" | text)');
  });
  return out;
}

/** Lead-ins and group headings: "Whereas:", p.oj-ti-grseq-1; empty paragraphs hold nothing to lose. */
function isHeading($: CheerioAPI, p: Element): boolean {
  const text = collapseSpaces($(p).text());
  return !text || isLeadIn(text) || /(^|\s)oj-ti-/.test(p.attribs.class ?? '');
}

/** The element children of a recital container after its lead-in paragraphs. */
function recitalBody($: CheerioAPI, div: Element): Element[] {
  const kids = tags(div);
  let i = 0;
  while (i < kids.length - 1 && kids[i].tagName === 'p' && isHeading($, kids[i])) i++;
  return kids.slice(i);
}

function opensWithRecital($: CheerioAPI, div: Element): boolean {
  const first = recitalBody($, div)[0];
  if (!first) return false;
  if (first.tagName === 'table') return recitalNumber(collapseSpaces($(first).find('tr').first().children('td').first().text())) !== undefined;
  return first.tagName === 'p' && !!leadingRecitalNumber(collapseSpaces($(first).text()));
}

/** Siblings of recital containers: paragraphs (the lead-in, citations, the enacting formula) or divs of
 *  paragraphs; between two recitals only headings. Anything else cannot be read as recitals. */
function checkSiblings($: CheerioAPI, parent: Element, held: Set<Element>, fail: Fail): void {
  const kids = tags(parent);
  const first = kids.findIndex((k) => held.has(k));
  const last = kids.findLastIndex((k) => held.has(k));
  kids.forEach((el, i) => {
    if (held.has(el)) return;
    const paragraphs = el.tagName === 'p' ? [el] : el.tagName === 'div' && tags(el).every((c) => c.tagName === 'p') ? tags(el) : undefined;
    if (!paragraphs) fail(el, `among the recitals, neither a recital numbered "(N)" nor paragraphs (holds ${tags(el).map((c) => `<${c.tagName}>`).join(', ') || 'text'})`);
    if (i > first && i < last && !paragraphs.every((p) => isHeading($, p))) {
      fail(el, `between recitals, text that is neither a numbered recital nor a heading: "${collapseSpaces($(el).text()).slice(0, 60)}"`);
    }
  });
}

function recital($: CheerioAPI, div: Element, fail: Fail): Provision {
  const body = recitalBody($, div);
  let label: string;
  let lines: string[];
  if (body.length === 1 && body[0].tagName === 'table') {
    const rows = $(body[0]).find('> thead > tr, > tbody > tr, > tr');
    const cells = rows.first().children('td');
    if (rows.length !== 1 || cells.length !== 2) fail(div, `a recital is one row of two cells ("(1)" | text), found ${rows.length} row(s) of ${cells.length} cell(s)`);
    label = collapseSpaces(cells.eq(0).text());
    lines = cells.eq(1).find('p').toArray().map((p) => collapseSpaces($(p).text()));
  } else if (body.every((el) => el.tagName === 'p')) {
    const texts = body.map((p) => collapseSpaces($(p).text()));
    const lead = leadingRecitalNumber(texts[0]);
    if (!lead) fail(div, `a recital's first paragraph is not its number "(N)": "${texts[0].slice(0, 60)}"`);
    label = lead.label;
    lines = [lead.rest, ...texts.slice(1)];
  } else {
    fail(div, `a recital holds one table or paragraphs, found ${body.map((el) => `<${el.tagName}>`).join(', ')}`);
  }
  const n = recitalNumber(label);
  if (n === undefined) fail(div, `recital numbered "${label}", not "(N)"`);
  const text = lines.filter(Boolean).join('\n');
  return { locator: `rct_${n}`, kind: 'recital', number: label, order: n, text, paragraphs: [] };
}

// ---- articles and annexes

function article($: CheerioAPI, el: Element, warnings: string[], fail: Fail): Provision {
  const title = $(el).children('p.oj-ti-art')[0];
  const label = collapseSpaces($(title).text());
  const n = articleNumber(label);
  if (n === undefined) fail(title, `article titled "${label}", not "Article N"`);
  const locator = `art_${n}`;
  const headingEl = $(el).children('div.eli-title, p.oj-sti-art')[0];
  const heading = headingEl ? collapseSpaces($(headingEl).text()) : '';
  const body = tags(el).filter((c) => c !== title && c !== headingEl);
  const r = renderBlocks(locator, blocksOf($, body, fail));
  for (const d of r.duplicates) warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
  const p: Provision = { locator, kind: 'article', number: String(n), order: n, text: r.text, paragraphs: r.paragraphs };
  if (heading) p.heading = heading;
  const { chapter, section } = divisionsOf($, el);
  if (chapter) p.chapter = chapter;
  if (section) p.section = section;
  return p;
}

/** Chapter and section of an article: the enclosing divs that open with a division title. */
function divisionsOf($: CheerioAPI, art: Element): { chapter?: string; section?: string } {
  const out: { chapter?: string; section?: string } = {};
  for (let d = art.parent; d && isTag(d); d = d.parent) {
    const first = tags(d)[0];
    if (!first || !$(first).is('p.oj-ti-section-1')) continue;
    const label = collapseSpaces($(first).text());
    const kind = divisionKind(label);
    const name = collapseSpaces($(d).children('div.eli-title').first().text());
    if (kind) out[kind] ??= [label, name].filter(Boolean).join(' ');
  }
  return out;
}

function annex($: CheerioAPI, el: Element, fail: Fail): Provision {
  const title = $(el).children('p.oj-doc-ti')[0];
  const rest = tags(el).slice(tags(el).indexOf(title) + 1);
  const label = collapseSpaces($(title).text());
  const m = /^ANNEX(?:\s+([IVXLC]+|\d+))?$/i.exec(label);
  if (!m) fail(title, `annex titled "${label}", not "ANNEX" and a number`);
  // A sole annex is printed "ANNEX" without a number.
  const number = m[1] ?? 'I';
  const locator = `anx_${number}`;
  const headed = rest[0] && $(rest[0]).is('p.oj-doc-ti');
  const r = renderBlocks(locator, blocksOf($, headed ? rest.slice(1) : rest, fail));
  if (!r.text) fail(el, `annex ${number} is empty`);
  const p: Provision = { locator, kind: 'annex', number, order: annexOrder(number), text: r.text, paragraphs: r.paragraphs };
  const heading = headed ? collapseSpaces($(rest[0]).text()) : '';
  if (heading) p.heading = heading;
  return p;
}

// ---- body blocks

/** Paragraph divs, point tables and plain alineas -> blocks, in document order. */
function blocksOf($: CheerioAPI, nodes: Element[], fail: Fail): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (node.tagName === 'p') {
      const text = collapseSpaces($(node).text());
      if (text) out.push({ text, children: [] });
    } else if (node.tagName === 'table') {
      out.push(...rowsOf($, node, fail));
    } else if (node.tagName === 'div') {
      const inner = blocksOf($, tags(node), fail);
      // A numbered paragraph: its first line carries the printed "1." label.
      const m = inner[0] && !inner[0].label ? /^(\d+[a-z]?\.)\s+([\s\S]*)$/.exec(inner[0].text) : null;
      if (m) out.push({ label: m[1], text: m[2], children: inner.slice(1) });
      else out.push(...inner);
    } else if (collapseSpaces($(node).text())) {
      fail(node, 'unexpected element in a provision (expected p, table or div)');
    }
  }
  return out;
}

/** A point table: "(a)" | text rows, nested tables inside the text cell; other rows as lines. */
function rowsOf($: CheerioAPI, table: Element, fail: Fail): Block[] {
  const out: Block[] = [];
  $(table).find('> thead > tr, > tbody > tr, > tr').each((_, tr) => {
    const cells = $(tr).children('td');
    if (cells.length !== 2) {
      out.push({ text: collapseSpaces($(tr).text()), children: [] });
      return;
    }
    const label = collapseSpaces(cells.eq(0).text());
    const inner = blocksOf($, cells.eq(1).children().toArray(), fail);
    const first = inner[0] && !inner[0].label ? inner.shift() : undefined;
    out.push({ label, text: first?.text ?? '', children: [...(first?.children ?? []), ...inner] });
  });
  return out;
}
