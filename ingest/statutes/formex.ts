// Formex 4 XML (the Publications Office's exchange format). Two roots:
//   <ACT>: PREAMBLE/GR.CONSID (recitals), ENACTING.TERMS/DIVISION*/ARTICLE (TI.ART, STI.ART, PARAG
//          with NO.PARAG + ALINEA*, or bare ALINEA; LIST/ITEM/NP for points);
//   <ANNEX>: one annex per file (TITLE/TI "ANNEX I", STI heading, CONTENTS) -> one provision anx_I.
// Numbers come from the printed labels (NO.P "(1)", TI.ART "Article 5", TI "CHAPTER IV"), never from
// IDENTIFIER attributes. Recitals, as published over the years: GR.CONSID holds an optional lead-in
// (GR.CONSID.INIT), CONSID and DIV.CONSID groups (TITLE, then CONSID or DIV.CONSID, nested). A CONSID is
// an NP with NO.P "(1)" and TXT (+ P), an NP whose TXT opens with "(1) ", paragraphs opening with
// "(1) ", or (the Data Act, 2023) a lone lead-in paragraph "Whereas:", which is no recital. Anything
// else among the recitals fails, naming the element. Articles quoted inside an article (QUOT.S of an
// amending act) are text of that article.
// Text: NOTE (footnotes) dropped; QUOT.START/QUOT.END rendered as ‘ ’ (as the OJ prints them); quoted
// structure (QUOT.S) one line per block, without sub-provisions;
// <IE/> (an empty cell marker) dropped; whitespace collapsed. Table rows render one cell per line.
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { articleNumber, divisionKind, isLeadIn, leadingRecitalNumber, recitalNumber, renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { annexOrder, elementAt, euStatute } from './guards.ts';
import { collapseSpaces } from '../text/clean.ts';


export function formexRoot(text: string): 'ACT' | 'ANNEX' | undefined {
  const m = /<(ACT|ANNEX)[\s>]/.exec(text.slice(0, 4000));
  return m ? (m[1] as 'ACT' | 'ANNEX') : undefined;
}

// Inline text of a node: what a reader sees, minus footnotes.
function inline(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  const el = node as Element;
  switch (el.tagName) {
    case 'NOTE':
    case 'IE':
      return '';
    case 'QUOT.START':
      return '‘';
    case 'QUOT.END':
      return '’';
    default:
      return el.children.map(inline).join('');
  }
}

const BLOCK = new Set(['P', 'ALINEA', 'PARAG', 'LIST', 'ITEM', 'NP', 'ROW', 'CELL', 'TBL', 'CORPUS', 'GR.SEQ', 'CONTENTS', 'TXT', 'NO.P', 'NO.PARAG', 'GR.NOTES', 'TITLE', 'TI', 'STI', 'QUOT.S', 'DIVISION', 'ARTICLE', 'TI.ART', 'STI.ART']);

/** Quoted structure (an amending act's new article) is text of the quoting provision, one line per
 *  block, its labels kept in the text: its paragraphs and points are not this act's. */
function unlabelled(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => [{ text: b.label ? `${b.label} ${b.text}` : b.text, children: [] }, ...unlabelled(b.children)]);
}

/** Structure of a content element (ALINEA, PARAG, ITEM, CELL, …) as blocks. */
function blocksOf(nodes: AnyNode[], dash = false): Block[] {
  const out: Block[] = [];
  let pending = '';
  const flush = (): void => {
    const t = collapseSpaces(pending);
    if (t) out.push({ text: t, children: [] });
    pending = '';
  };
  for (const node of nodes) {
    if (node.type !== 'tag' || !BLOCK.has((node as Element).tagName)) {
      pending += inline(node);
      continue;
    }
    const el = node as Element;
    flush();
    switch (el.tagName) {
      case 'GR.NOTES':
        break;
      case 'QUOT.S':
        out.push(...unlabelled(blocksOf(el.children)));
        break;
      case 'LIST': {
        const isDash = (el.attribs.TYPE ?? '').toUpperCase() === 'DASH';
        for (const item of el.children) if (item.type === 'tag') out.push(...blocksOf([item], isDash));
        break;
      }
      case 'ITEM': {
        const inner = blocksOf(el.children);
        if (dash && inner[0] && !inner[0].label) inner[0] = { ...inner[0], label: '—' };
        out.push(...inner);
        break;
      }
      case 'NP':
      case 'PARAG': {
        const no = el.children.find((c): c is Element => c.type === 'tag' && (c.tagName === 'NO.P' || c.tagName === 'NO.PARAG'));
        const inner = blocksOf(el.children.filter((c) => c !== no));
        const first = inner[0] && !inner[0].label ? inner.shift() : undefined;
        out.push({ label: no ? collapseSpaces(inline(no)) : undefined, text: first?.text ?? '', children: [...(first?.children ?? []), ...inner] });
        break;
      }
      case 'NO.P':
      case 'NO.PARAG':
        pending += inline(el);
        break;
      default:
        out.push(...blocksOf(el.children));
    }
  }
  flush();
  return out;
}

type Fail = (el: Element, reason: string) => never;

const isTag = (n: AnyNode): n is Element => n.type === 'tag';

export function parseFormex(file: SourceFile): ParsedStatute {
  const root = formexRoot(file.text);
  if (!root) throw new DocumentError(file.path, 'no <ACT> or <ANNEX> root element');
  // The XML parser forgives a missing end; a cut-off file would give a cut-off last article.
  if (!new RegExp(`</${root}>\\s*$`).test(file.text)) {
    throw new DocumentError(file.path, `truncated: the file does not end with </${root}>`);
  }
  // Start indices let errors give the element's line:column.
  const $ = cheerio.load(file.text, { xml: { xmlMode: true, withStartIndices: true } });
  const fail: Fail = (el, reason) => {
    throw new DocumentError(file.path, `${elementAt(file.text, el)}: ${reason}`);
  };
  return root === 'ANNEX' ? parseAnnexFile($, file, fail) : parseAct($, file, fail);
}

function parseAct($: CheerioAPI, file: SourceFile, fail: Fail): ParsedStatute {
  const warnings: string[] = [];
  const provisions: Provision[] = recitals($, fail);
  const quoted = (el: Element): boolean => $(el).parents('QUOT\\.S, ARTICLE').length > 0;
  for (const el of $('ENACTING\\.TERMS ARTICLE').toArray().filter((a) => !quoted(a))) provisions.push(article($, el, warnings, fail));
  // Annexes inside the act (not in the corpus, where they are separate files).
  $('ACT > ANNEX').each((_, el) => {
    provisions.push(annexProvision($(el), fail));
  });
  const title = $('ACT > TITLE > TI > P').toArray().map((p) => collapseSpaces(inlineOf($(p)))).join(' ');
  return euStatute(file, title, provisions, warnings);
}

function article($: CheerioAPI, el: Element, warnings: string[], fail: Fail): Provision {
  const art = $(el);
  const label = collapseSpaces(art.children('TI\\.ART').first().text());
  const n = articleNumber(label);
  if (n === undefined) fail(el, `article titled "${label}", not "Article N"`);
  const locator = `art_${n}`;
  const body = art.children().not('TI\\.ART, STI\\.ART').toArray();
  const r = renderBlocks(locator, blocksOf(body));
  for (const d of r.duplicates) warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
  const p: Provision = { locator, kind: 'article', number: String(n), order: n, text: r.text, paragraphs: r.paragraphs };
  const heading = collapseSpaces(inlineOf(art.children('STI\\.ART').first()));
  if (heading) p.heading = heading;
  // The nearest enclosing CHAPTER and SECTION, by their printed titles.
  const divisions: { chapter?: string; section?: string } = {};
  for (const d of art.parents('DIVISION').toArray()) {
    const { label: dl, title } = divisionTitle($(d));
    const kind = divisionKind(dl);
    if (kind) divisions[kind] ??= title;
  }
  if (divisions.chapter) p.chapter = divisions.chapter;
  if (divisions.section) p.section = divisions.section;
  return p;
}

// ---- recitals

/** The heading a group of recitals may open with: the lead-in ("Whereas:") or a group's title. */
const GROUP_HEADING: Record<string, string> = { 'GR.CONSID': 'GR.CONSID.INIT', 'DIV.CONSID': 'TITLE' };

/** Every GR.CONSID of the preamble, walked in order; a CONSID anywhere else fails, never drops. */
function recitals($: CheerioAPI, fail: Fail): Provision[] {
  const out: Provision[] = [];
  const seen = new Set<Element>();
  const walk = (group: Element): void => {
    for (const node of group.children) {
      if (node.type === 'text' && node.data.trim()) fail(group, `text outside any recital: "${collapseSpaces(node.data).slice(0, 60)}"`);
      if (!isTag(node)) continue; // whitespace, <?PAGE?> instructions
      if (node.tagName === 'CONSID') {
        seen.add(node);
        const r = recital(node, fail);
        if (r) out.push(r);
      } else if (node.tagName === 'DIV.CONSID') {
        walk(node);
      } else if (node.tagName !== GROUP_HEADING[group.tagName]) {
        fail(node, `unexpected element among the recitals (<${group.tagName}> holds CONSID, DIV.CONSID and ${GROUP_HEADING[group.tagName]})`);
      }
    }
  };
  for (const gr of $('PREAMBLE > GR\\.CONSID').toArray()) walk(gr);
  const stray = $('CONSID').toArray().find((c) => !seen.has(c) && $(c).parents('QUOT\\.S').length === 0);
  if (stray) fail(stray, 'a recital outside PREAMBLE/GR.CONSID');
  return out;
}

/** One CONSID -> a recital, or undefined for a lone lead-in paragraph ("Whereas:", 2023 Data Act). */
function recital(el: Element, fail: Fail): Provision | undefined {
  const kids = el.children.filter(isTag);
  if (kids.length === 1 && kids[0].tagName === 'NP') {
    const parts = kids[0].children.filter(isTag);
    const no = parts.find((c) => c.tagName === 'NO.P');
    return numbered(el, no ? collapseSpaces(inline(no)) : undefined, blocksOf(parts.filter((c) => c !== no)), fail);
  }
  if (kids.length > 0 && kids.every((k) => k.tagName === 'P')) {
    const blocks = blocksOf(kids);
    if (blocks.length === 1 && isLeadIn(blocks[0].text)) return undefined;
    return numbered(el, undefined, blocks, fail);
  }
  return fail(el, `a recital holds one NP (NO.P, TXT) or paragraphs, found ${kids.map((k) => `<${k.tagName}>`).join(', ') || 'nothing'}`);
}

/** A recital from its printed number (NO.P, or "(1) " opening its text when there is none) and blocks. */
function numbered(el: Element, label: string | undefined, blocks: Block[], fail: Fail): Provision {
  let body = blocks;
  if (label === undefined) {
    const lead = blocks[0] && !blocks[0].label ? leadingRecitalNumber(blocks[0].text) : undefined;
    if (!lead) fail(el, `recital without a printed number (NO.P "(1)", or "(1)" opening its text): "${(blocks[0]?.text ?? '').slice(0, 60)}"`);
    label = lead.label;
    body = [{ ...blocks[0], text: lead.rest }, ...blocks.slice(1)];
  }
  const n = recitalNumber(label);
  if (n === undefined) fail(el, `recital numbered "${label}", not "(N)"`);
  const locator = `rct_${n}`;
  return { locator, kind: 'recital', number: label, order: n, text: renderBlocks(locator, body).text, paragraphs: [] };
}

function parseAnnexFile($: CheerioAPI, file: SourceFile, fail: Fail): ParsedStatute {
  const p = annexProvision($('ANNEX').first(), fail);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title: [`ANNEX ${p.number}`, p.heading].filter(Boolean).join(' '),
    language: file.entry.language,
    dates: { amendments: [], lines: [] },
    provisions: [p],
    warnings: [],
  };
}

function annexProvision(annex: Cheerio<Element>, fail: Fail): Provision {
  const ti = collapseSpaces(inlineOf(annex.children('TITLE').children('TI')));
  const m = /^ANNEX\s*([IVXLC]+|\d+)?$/i.exec(ti);
  if (!m) fail(annex[0], `annex titled "${ti}", not "ANNEX" and a number`);
  // A sole annex is printed "ANNEX" without a number.
  const number = m[1] ?? 'I';
  const contents = annex.children('CONTENTS');
  if (!contents.length) fail(annex[0], `annex ${number} has no CONTENTS`);
  const r = renderBlocks(`anx_${number}`, blocksOf(contents.toArray()));
  if (!r.text) fail(annex[0], `annex ${number} is empty`);
  const p: Provision = { locator: `anx_${number}`, kind: 'annex', number, order: annexOrder(number), text: r.text, paragraphs: r.paragraphs };
  const heading = collapseSpaces(inlineOf(annex.children('TITLE').children('STI')));
  if (heading) p.heading = heading;
  return p;
}

function inlineOf(sel: Cheerio<Element>): string {
  return sel.toArray().map(inline).join(' ');
}

/** "CHAPTER IV" and "CHAPTER IV Controller and processor". */
function divisionTitle(div: Cheerio<Element>): { label: string; title: string } {
  const t = div.children('TITLE');
  const label = collapseSpaces(t.children('TI').toArray().map(inline).join(' '));
  const name = collapseSpaces(t.children('STI').toArray().map(inline).join(' '));
  return { label, title: [label, name].filter(Boolean).join(' ') };
}
