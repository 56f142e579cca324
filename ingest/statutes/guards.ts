// Count guards shared by every statute adapter: a changed source structure must crash loudly
// (naming the file and the reason), never be absorbed as a shorter or shuffled list.
import type { Element } from 'domhandler';
import { DocumentError } from '../model.ts';
import type { ManifestEntry, ParsedStatute, Provision, ProvisionKind, SourceFile } from '../model.ts';
import { euDates } from './dates.ts';
import { parseRomanNumber } from '../text/numerals.ts';

export interface SequenceOptions {
  /** Require the first provision of the kind to have this order (articles and recitals start at 1). */
  startAt?: number;
  /** Allow the kind to be absent (e.g. no recitals in a Chinese statute). */
  optional?: boolean;
}

const NOUN: Record<ProvisionKind, string> = {
  article: 'article',
  recital: 'recital',
  annex: 'annex',
  section: 'section',
  preamble: 'preamble',
  note: 'note',
};

/**
 * Checks one kind of provision, in document order: non-empty, no duplicate locators or numbers,
 * consecutive whole numbers; inserted provisions (第十条之一, order 10.001) must follow their base.
 */
export function checkSequence(file: string, provisions: Provision[], kind: ProvisionKind, opts: SequenceOptions = {}): void {
  const noun = NOUN[kind];
  const items = provisions.filter((p) => p.kind === kind);
  if (items.length === 0) {
    if (opts.optional) return;
    throw new DocumentError(file, `no ${noun}s found`);
  }
  const seen = new Set<string>();
  for (const p of items) {
    if (seen.has(p.locator)) throw new DocumentError(file, `duplicate ${noun} ${p.number}`);
    seen.add(p.locator);
    if (!p.text.trim()) throw new DocumentError(file, `${noun} ${p.number} has no text`);
  }
  const first = items[0];
  if (opts.startAt !== undefined && first.order !== opts.startAt) {
    throw new DocumentError(file, `${noun} numbers start at ${first.order}, expected ${opts.startAt}`);
  }
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1].order;
    const cur = items[i].order;
    const inserted = !Number.isInteger(cur);
    const ok = inserted ? Math.floor(cur) === Math.floor(prev) && cur > prev : cur === Math.floor(prev) + 1;
    if (ok) continue;
    if (cur <= prev) throw new DocumentError(file, `${noun} numbers go back from ${prev} to ${cur}`);
    throw new DocumentError(file, `${noun} numbers jump from ${prev} to ${cur}`);
  }
}

/**
 * Cross-checks the parse against the manifest's own description ("Arts. 1-32", "recitals 1-173"),
 * so that a file truncated at the source cannot pass as complete.
 */
export function checkManifestParts(file: string, entry: ManifestEntry, provisions: Provision[]): void {
  const parts = entry.complete?.parts;
  if (!parts) return;
  const ranges: [RegExp, ProvisionKind, string][] = [
    [/\bArts?\.\s*(\d+)\s*-\s*(\d+)/, 'article', 'articles'],
    [/\brecitals\s+(\d+)\s*-\s*(\d+)/i, 'recital', 'recitals'],
    [/\bSecs\.\s*(\d+)\s*-\s*(\d+)/, 'section', 'sections'],
  ];
  for (const [re, kind, noun] of ranges) {
    const m = re.exec(parts);
    if (!m) continue;
    const whole = provisions.filter((p) => p.kind === kind && Number.isInteger(p.order));
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    const found = whole.length ? `${whole[0].order}-${whole[whole.length - 1].order}` : 'none';
    if (whole.length !== hi - lo + 1 || whole[0].order !== lo || whole[whole.length - 1].order !== hi) {
      throw new DocumentError(file, `manifest says ${noun} ${lo}-${hi}, parsed ${found} (${whole.length})`);
    }
  }
}

/** An element as a reader finds it in the source, for error messages: `<div id="rct_4"> at 120:9`
 *  (line:column, when the parser kept start indices), `<CONSID> at 1:5821`. */
export function elementAt(source: string, el: Element): string {
  const id = el.attribs.id ?? el.attribs.IDENTIFIER;
  const name = id === undefined ? `<${el.tagName}>` : `<${el.tagName} ${el.attribs.id === undefined ? 'IDENTIFIER' : 'id'}="${id}">`;
  if (el.startIndex == null) return name;
  const before = source.slice(0, el.startIndex);
  const line = before.split('\n').length;
  return `${name} at ${line}:${el.startIndex - before.lastIndexOf('\n')}`;
}

/** Annex numbers as printed (I, II, ... or 1, 2) -> order, for sequence checks. */
export function annexOrder(number: string): number {
  return /^\d+$/.test(number) ? Number(number) : parseRomanNumber(number);
}

/** The count guards every EU act gets (articles from 1, recitals from 1 if any, annexes if any),
 *  then the parsed statute. Shared by the XHTML and Formex adapters. */
export function euStatute(file: SourceFile, title: string, provisions: Provision[], warnings: string[]): ParsedStatute {
  checkSequence(file.path, provisions, 'article', { startAt: 1 });
  checkSequence(file.path, provisions, 'recital', { startAt: 1, optional: true });
  checkSequence(file.path, provisions, 'annex', { optional: true });
  return {
    type: 'statute',
    documentId: file.entry.id,
    title: title || file.entry.title,
    language: file.entry.language,
    dates: euDates(title),
    provisions,
    warnings,
  };
}
