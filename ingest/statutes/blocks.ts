// Renders a provision's structure (numbered paragraphs, lettered points) to one text, one line per
// block, and records each numbered block as a SubProvision with offsets into that text.
// Shared by the EU adapters so that XHTML, Formex and Markdown give the same shapes, with the readers
// of the labels they print (recital, article and division numbers come from the text, never from ids).
import type { SubProvision } from '../model.ts';

export interface Block {
  /** As printed: "1.", "(a)", "—"; undefined for an unnumbered alinea. */
  label?: string;
  text: string;
  children: Block[];
}

export interface Rendered {
  text: string;
  paragraphs: SubProvision[];
  /** Locators that had to be disambiguated (same label twice under one parent). */
  duplicates: string[];
}

/** "1." -> para_1, "(a)" -> pt_a, "(iv)" -> pt_iv, "(12)" -> pt_12; dashes and bullets are not addressable. */
export function subLocator(label: string): { part: string; number: string } | undefined {
  let m = /^(\d+[a-z]?)\.$/.exec(label);
  if (m) return { part: `para_${m[1]}`, number: m[1] };
  m = /^\(([0-9a-z]+)\)$/i.exec(label);
  if (m) return { part: `pt_${m[1].toLowerCase()}`, number: label };
  return undefined;
}

/** A recital number as printed, "(12)" -> 12; undefined for anything else. */
export function recitalNumber(label: string): number | undefined {
  const m = /^\((\d+)\)$/.exec(label);
  return m ? Number(m[1]) : undefined;
}

/** A recital whose number opens its text (no separate number element): "(12) Member States …". */
export function leadingRecitalNumber(text: string): { label: string; rest: string } | undefined {
  const m = /^(\(\d+\))(?:\s+([\s\S]*))?$/.exec(text);
  return m ? { label: m[1], rest: m[2] ?? '' } : undefined;
}

/** "Whereas:" (and "HAVE ADOPTED THIS REGULATION:"): a lead-in that announces what follows, not a recital. */
export function isLeadIn(text: string): boolean {
  return /:$/.test(text) && !leadingRecitalNumber(text);
}

/** An article title as printed, "Article 32" -> 32; undefined for anything else. */
export function articleNumber(label: string): number | undefined {
  const m = /^Article (\d+)$/.exec(label);
  return m ? Number(m[1]) : undefined;
}

/** Which division a printed title opens: "CHAPTER IV" -> chapter, "Section 2" -> section; others (TITLE, PART) are not recorded. */
export function divisionKind(label: string): 'chapter' | 'section' | undefined {
  if (/^chapter\b/i.test(label)) return 'chapter';
  if (/^section\b/i.test(label)) return 'section';
  return undefined;
}

export function renderBlocks(locator: string, blocks: Block[]): Rendered {
  const lines: string[] = [];
  let length = 0;
  const paragraphs: SubProvision[] = [];
  const duplicates: string[] = [];
  const used = new Set<string>();

  const emit = (line: string): number => {
    if (lines.length) length += 1; // the "\n" separator
    const start = length;
    lines.push(line);
    length += line.length;
    return start;
  };

  const walk = (list: Block[], parent: string): void => {
    for (const b of list) {
      const prefix = b.label ? `${b.label} ` : '';
      const lineStart = emit(prefix + b.text);
      const sub = b.label ? subLocator(b.label) : undefined;
      let childParent = parent;
      let record: SubProvision | undefined;
      if (sub) {
        let loc = `${parent}__${sub.part}`;
        if (used.has(loc)) {
          let n = 2;
          while (used.has(`${loc}_${n}`)) n++;
          duplicates.push(loc);
          loc = `${loc}_${n}`;
        }
        used.add(loc);
        record = { locator: loc, number: sub.number, text: '', start: lineStart + prefix.length, end: 0 };
        paragraphs.push(record);
        childParent = loc;
      }
      walk(b.children, childParent);
      if (record) record.end = length;
    }
  };
  walk(blocks, locator);
  const text = lines.join('\n');
  for (const p of paragraphs) p.text = text.slice(p.start, p.end);
  return { text, paragraphs, duplicates };
}
