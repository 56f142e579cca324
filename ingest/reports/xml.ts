// XML read as a report: the text content of any XML vocabulary (USLM, JATS, DocBook ...), for documents no
// statute adapter reads and for recognition over statute texts. Quirks handled here:
// - A block is an element with text of its own (not only in child elements); its whole text is one
//   paragraph, read once (blocks inside it are not read again).
// - Elements named heading, title or h1-h6 are headings.
// - Number labels (<num>, <label>: "(a)", "§ 1601.") open the block that follows them.
// - A US Code section inherits the definitions its chapter or title states in the sections next to it
//   (chapter.ts).
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { ParsedReport, SourceFile } from '../model.ts';
import { DocumentError } from '../model.ts';
import { collapseSpaces } from '../text/clean.ts';
import { assemble } from './assemble.ts';
import type { Block } from './assemble.ts';
import { inheritedDefinitions } from './chapter.ts';

const HEADING = /^(?:heading|title|h[1-6])$/i;
const LABEL = /^(?:num|label)$/i;
const SKIP = /^(?:script|style|meta|metadata)$/i;

export function parseXmlTextReport(file: SourceFile): ParsedReport {
  let $: cheerio.CheerioAPI;
  try {
    $ = cheerio.load(file.text, { xml: true });
  } catch (err) {
    throw new DocumentError(file.path, `not well-formed XML: ${(err as Error).message}`);
  }
  const blocks: Block[] = [];
  let label = '';
  const visit = (node: AnyNode): void => {
    if (node.type !== 'tag') return;
    const el = node as Element;
    const name = el.tagName.replace(/^.*:/, '');
    if (SKIP.test(name)) return;
    const text = collapseSpaces($(el).text());
    if (LABEL.test(name)) {
      label = `${label} ${text}`.trim();
      return;
    }
    if (text && (HEADING.test(name) || ownText(el))) {
      const body = label ? `${label} ${text}` : text;
      label = '';
      blocks.push(HEADING.test(name) ? { kind: 'heading', text: body, level: 2 } : { kind: 'paragraph', text: body });
      return;
    }
    for (const c of el.children) visit(c);
  };
  for (const c of $.root().children()) visit(c);
  if (blocks.length === 0) throw new DocumentError(file.path, 'XML has no text to read');
  const inherited = inheritedDefinitions(file);
  return { ...assemble(file, blocks), ...(inherited.length ? { inherited } : {}) };
}

function ownText(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && (c as unknown as { data: string }).data.trim() !== '');
}
