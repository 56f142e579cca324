// EUR-Lex Official Journal XHTML (the "CONVEX" rendition): div.eli-subdivision with ids rct_N
// (recitals), art_N (articles), cpt_X / cpt_X.sct_N (chapters, sections), anx_X (annexes).
// Articles: p.oj-ti-art "Article 32", p.oj-sti-art heading, numbered paragraphs in div id="032.001"
// whose first p starts "1.   ", points as two-cell tables ("(a)" | text), nested for sub-points.
// Text: HTML whitespace (incl. the no-break spaces after "1.") collapses to one space; footnote
// call-outs (a[href^="#ntr"]) are dropped, as are the notes themselves, which sit outside articles.
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { renderBlocks } from './blocks.ts';
import type { Block } from './blocks.ts';
import { annexOrder, euStatute } from './guards.ts';
import { collapseSpaces } from '../text/clean.ts';


export function looksLikeEurlexXhtml(text: string): boolean {
  return /<html[\s>]/i.test(text.slice(0, 2000)) && /class="oj-/.test(text);
}

export function parseEurlexXhtml(file: SourceFile): ParsedStatute {
  // The parser forgives a missing end; a cut-off file would give a cut-off last article.
  if (!/<\/html>\s*$/i.test(file.text)) throw new DocumentError(file.path, 'truncated: the file does not end with </html>');
  // XHTML is well-formed XML: htmlparser2's XML mode is ~4x faster than the HTML5 parser here and
  // keeps the tree as written (no implied tbody).
  const $ = cheerio.load(file.text, { xml: { xmlMode: true, decodeEntities: true } });
  // Drop footnote call-outs with the space the OJ sets before them ("Council (1)," -> "Council,").
  $('a[href^="#ntr"]').each((_, a) => {
    const prev = a.prev;
    if (prev && prev.type === 'text') (prev as unknown as { data: string }).data = (prev as unknown as { data: string }).data.replace(/\s+$/, '');
    $(a).remove();
  });

  const provisions: Provision[] = [];
  const warnings: string[] = [];

  $('div.eli-subdivision[id^="rct_"]').each((_, el) => {
    const id = $(el).attr('id') ?? '';
    const m = /^rct_(\d+)$/.exec(id);
    if (!m) throw new DocumentError(file.path, `unexpected recital id "${id}"`);
    const cells = $(el).find('> table tr').first().children('td');
    if (cells.length !== 2) throw new DocumentError(file.path, `recital ${id} is not a two-cell row`);
    const number = collapseSpaces(cells.eq(0).text());
    if (number !== `(${m[1]})`) throw new DocumentError(file.path, `recital ${id} is numbered "${number}"`);
    const text = cells.eq(1).find('p').toArray().map((p) => collapseSpaces($(p).text())).filter(Boolean).join('\n');
    provisions.push({ locator: id, kind: 'recital', number, order: Number(m[1]), text, paragraphs: [] });
  });

  $('div.eli-subdivision[id^="art_"]').each((_, el) => {
    const id = $(el).attr('id') ?? '';
    const m = /^art_(\d+)$/.exec(id);
    if (!m) throw new DocumentError(file.path, `unexpected article id "${id}"`);
    const label = collapseSpaces($(el).children('p.oj-ti-art').first().text());
    if (label !== `Article ${m[1]}`) throw new DocumentError(file.path, `article ${id} is titled "${label}"`);
    const heading = collapseSpaces($(el).find('> div.eli-title p.oj-sti-art').first().text());
    const body = $(el).children().not('p.oj-ti-art, div.eli-title');
    const r = renderBlocks(id, blocksOf($, body));
    for (const d of r.duplicates) warnings.push(`${d}: label repeats within its parent; later ones suffixed _2, _3`);
    const p: Provision = { locator: id, kind: 'article', number: m[1], order: Number(m[1]), text: r.text, paragraphs: r.paragraphs };
    if (heading) p.heading = heading;
    const { chapter, section } = divisionsOf($, $(el));
    if (chapter) p.chapter = chapter;
    if (section) p.section = section;
    provisions.push(p);
  });

  $('div[id^="anx_"]').filter((_, el) => /^anx_[^.]+$/.test($(el).attr('id') ?? '')).each((_, el) => {
    const id = $(el).attr('id') ?? '';
    const number = id.slice(4);
    const ps = $(el).find('p').toArray().map((p) => collapseSpaces($(p).text())).filter(Boolean);
    const heading = ps.length > 1 && /^ANNEX\b/i.test(ps[0]) ? ps[1] : undefined;
    const p: Provision = { locator: id, kind: 'annex', number, order: annexOrder(number), text: ps.join('\n'), paragraphs: [] };
    if (heading) p.heading = heading;
    provisions.push(p);
  });

  const title = $('div.eli-main-title p.oj-doc-ti').toArray().map((p) => collapseSpaces($(p).text())).join(' ');
  return euStatute(file, title, provisions, warnings);
}

// Paragraph divs, point tables and plain alineas -> blocks, in document order.
function blocksOf($: CheerioAPI, nodes: Cheerio<Element>): Block[] {
  const out: Block[] = [];
  nodes.each((_, node) => {
    const el = $(node);
    if (node.tagName === 'p') {
      const text = collapseSpaces(el.text());
      if (text) out.push({ text, children: [] });
    } else if (node.tagName === 'table') {
      el.find('> tbody > tr, > tr').each((_, tr) => {
        const cells = $(tr).children('td');
        if (cells.length !== 2) {
          out.push({ text: collapseSpaces($(tr).text()), children: [] });
          return;
        }
        const label = collapseSpaces(cells.eq(0).text());
        const inner = blocksOf($, cells.eq(1).children());
        const first = inner[0] && !inner[0].label ? inner.shift() : undefined;
        out.push({ label, text: first?.text ?? '', children: [...(first?.children ?? []), ...inner] });
      });
    } else if (node.tagName === 'div') {
      const inner = blocksOf($, el.children());
      // A numbered paragraph: its first line carries the "1." label.
      const m = inner[0] && !inner[0].label ? /^(\d+[a-z]?\.)\s+([\s\S]*)$/.exec(inner[0].text) : null;
      if (/^\d{3}\.\d{3}$/.test(el.attr('id') ?? '') && m) {
        out.push({ label: m[1], text: m[2], children: inner.slice(1) });
      } else {
        out.push(...inner);
      }
    }
  });
  return out;
}

function divisionsOf($: CheerioAPI, art: Cheerio<Element>): { chapter?: string; section?: string } {
  const title = (div: Cheerio<Element>): string | undefined => {
    if (!div.length) return undefined;
    const label = collapseSpaces(div.children('p.oj-ti-section-1').first().text());
    const name = collapseSpaces(div.children('div.eli-title').first().text());
    return [label, name].filter(Boolean).join(' ') || undefined;
  };
  const parents = art.parents('div[id^="cpt_"]');
  const chapter = parents.filter((_, d) => /^cpt_[^.]+$/.test($(d).attr('id') ?? '')).first();
  const section = parents.filter((_, d) => /^cpt_[^.]+\.sct_[^.]+$/.test($(d).attr('id') ?? '')).first();
  return { chapter: title(chapter), section: title(section) };
}
