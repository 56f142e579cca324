// Formex 4 XML (the Publications Office's exchange format). Two roots:
//   <ACT>: PREAMBLE/GR.CONSID/CONSID (recitals: NP/NO.P + TXT), ENACTING.TERMS/DIVISION*/ARTICLE
//          (TI.ART, STI.ART, PARAG with NO.PARAG + ALINEA*, or bare ALINEA; LIST/ITEM/NP for points);
//   <ANNEX>: one annex per file (TITLE/TI "ANNEX I", STI heading, CONTENTS) -> one provision anx_I.
// Text: NOTE (footnotes) dropped; QUOT.START/QUOT.END rendered as ‘ ’ (as the OJ prints them);
// <IE/> (an empty cell marker) dropped; whitespace collapsed. Table rows render one cell per line.
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { annexOrder, euStatute } from './guards.ts';
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

const BLOCK = new Set(['P', 'ALINEA', 'PARAG', 'LIST', 'ITEM', 'NP', 'ROW', 'CELL', 'TBL', 'CORPUS', 'GR.SEQ', 'CONTENTS', 'TXT', 'NO.P', 'NO.PARAG', 'GR.NOTES', 'TITLE', 'TI', 'STI']);

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

export function parseFormex(file: SourceFile): ParsedStatute {
  const root = formexRoot(file.text);
  if (!root) throw new DocumentError(file.path, 'no <ACT> or <ANNEX> root element');
  // The XML parser forgives a missing end; a cut-off file would give a cut-off last article.
  if (!new RegExp(`</${root}>\\s*$`).test(file.text)) {
    throw new DocumentError(file.path, `truncated: the file does not end with </${root}>`);
  }
  const $ = cheerio.load(file.text, { xml: true });
  return root === 'ANNEX' ? parseAnnexFile($, file) : parseAct($, file);
}

function parseAct($: CheerioAPI, file: SourceFile): ParsedStatute {
  const provisions: Provision[] = [];
  const warnings: string[] = [];

  $('GR\\.CONSID > CONSID').each((_, el) => {
    const np = $(el).children('NP').first();
    const number = collapseSpaces(np.children('NO\\.P').first().text());
    const m = /^\((\d+)\)$/.exec(number);
    if (!m) throw new DocumentError(file.path, `recital numbered "${number}"`);
    const r = renderBlocks(`rct_${m[1]}`, blocksOf(np.children().not('NO\\.P').toArray()));
    provisions.push({ locator: `rct_${m[1]}`, kind: 'recital', number, order: Number(m[1]), text: r.text, paragraphs: [] });
  });

  $('ENACTING\\.TERMS ARTICLE').each((_, el) => {
    const art = $(el);
    const label = collapseSpaces(art.children('TI\\.ART').first().text());
    const m = /^Article (\d+)$/.exec(label);
    if (!m) throw new DocumentError(file.path, `article titled "${label}"`);
    const locator = `art_${m[1]}`;
    const body = art.children().not('TI\\.ART, STI\\.ART').toArray();
    const r = renderBlocks(locator, blocksOf(body));
    for (const d of r.duplicates) warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
    const p: Provision = { locator, kind: 'article', number: m[1], order: Number(m[1]), text: r.text, paragraphs: r.paragraphs };
    const heading = collapseSpaces(inlineOf(art.children('STI\\.ART').first()));
    if (heading) p.heading = heading;
    const divisions = art.parents('DIVISION').toArray().reverse().map((d) => divisionTitle($(d)));
    if (divisions[0]) p.chapter = divisions[0];
    if (divisions[1]) p.section = divisions[1];
    provisions.push(p);
  });

  // Annexes inside the act (not in the corpus, where they are separate files).
  $('ACT > ANNEX').each((_, el) => {
    provisions.push(annexProvision($(el), file));
  });

  const title = $('ACT > TITLE > TI > P').toArray().map((p) => collapseSpaces(inlineOf($(p)))).join(' ');
  return euStatute(file, title, provisions, warnings);
}

function parseAnnexFile($: CheerioAPI, file: SourceFile): ParsedStatute {
  const p = annexProvision($('ANNEX').first(), file);
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

function annexProvision(annex: Cheerio<Element>, file: SourceFile): Provision {
  const ti = collapseSpaces(inlineOf(annex.children('TITLE').children('TI')));
  const m = /^ANNEX\s*([IVXLC]+|\d+)?$/i.exec(ti);
  if (!m) throw new DocumentError(file.path, `annex titled "${ti}"`);
  // A sole annex is printed "ANNEX" without a number.
  const number = m[1] ?? 'I';
  const contents = annex.children('CONTENTS');
  if (!contents.length) throw new DocumentError(file.path, `annex ${number} has no CONTENTS`);
  const r = renderBlocks(`anx_${number}`, blocksOf(contents.toArray()));
  if (!r.text) throw new DocumentError(file.path, `annex ${number} is empty`);
  const p: Provision = { locator: `anx_${number}`, kind: 'annex', number, order: annexOrder(number), text: r.text, paragraphs: r.paragraphs };
  const heading = collapseSpaces(inlineOf(annex.children('TITLE').children('STI')));
  if (heading) p.heading = heading;
  return p;
}

function inlineOf(sel: Cheerio<Element>): string {
  return sel.toArray().map(inline).join(' ');
}

function divisionTitle(div: Cheerio<Element>): string {
  const t = div.children('TITLE');
  const label = collapseSpaces(t.children('TI').toArray().map(inline).join(' '));
  const name = collapseSpaces(t.children('STI').toArray().map(inline).join(' '));
  return [label, name].filter(Boolean).join(' ');
}
