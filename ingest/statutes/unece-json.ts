// UNECE regulation JSON (scraped from EUR-Lex HTML): { full_name, effective_date, articles: [{ number: "5" | "Annex 1", title, text }] }.
// Numbered paragraphs ("5", the regulation's own sections) become kind `section` (sec_5); "Annex N" kind `annex` (anx_N).
// Quirk: the scrape duplicates lines ("1.1.\n\n1.1.\n\n<text>\n<text>"); the text is kept verbatim and a
// warning records how many consecutive duplicate lines it holds. No sub-provisions are derived from it
// because the duplication makes paragraph boundaries unreliable.
import { DocumentError } from '../model.ts';
import type { ParsedStatute, Provision, SourceFile } from '../model.ts';
import { isoDate } from './dates.ts';
import { checkSequence } from './guards.ts';

export function looksLikeUneceJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { articles?: unknown }).articles);
}

function duplicateLines(text: string): number {
  const ls = text.split('\n').map((l) => l.trim()).filter(Boolean);
  let n = 0;
  for (let i = 1; i < ls.length; i++) if (ls[i] === ls[i - 1]) n++;
  return n;
}

export function parseUneceJson(file: SourceFile): ParsedStatute {
  let data: { full_name?: unknown; effective_date?: unknown; articles?: { number?: unknown; title?: unknown; text?: unknown }[] };
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    throw new DocumentError(file.path, `invalid JSON: ${(e as Error).message}`);
  }
  if (!looksLikeUneceJson(data)) throw new DocumentError(file.path, 'no articles[] array');
  const warnings: string[] = [];
  let dup = 0;
  const provisions: Provision[] = (data.articles ?? []).map((a, i) => {
    if (typeof a.number !== 'string' || typeof a.text !== 'string') {
      throw new DocumentError(file.path, `articles[${i}] lacks a string number or text`);
    }
    const num = a.number.trim();
    const annex = /^Annex\s+(\d+)$/i.exec(num);
    const section = /^(\d+)$/.exec(num);
    if (!annex && !section) throw new DocumentError(file.path, `articles[${i}] has an unknown number "${num}"`);
    dup += duplicateLines(a.text);
    const p: Provision = annex
      ? { locator: `anx_${annex[1]}`, kind: 'annex', number: annex[1], order: Number(annex[1]), text: a.text, paragraphs: [] }
      : { locator: `sec_${num}`, kind: 'section', number: num, order: Number(num), text: a.text, paragraphs: [] };
    if (typeof a.title === 'string' && a.title) p.heading = a.title;
    return p;
  });
  checkSequence(file.path, provisions, 'section', { startAt: 1 });
  checkSequence(file.path, provisions, 'annex', { startAt: 1, optional: true });
  if (dup) warnings.push(`source text repeats ${dup} lines consecutively (scraping artefact); kept verbatim`);
  const inForceFrom = isoDate(data.effective_date);
  return {
    type: 'statute',
    documentId: file.entry.id,
    title: typeof data.full_name === 'string' ? data.full_name : file.entry.title,
    language: file.entry.language,
    dates: { inForceFrom, amendments: [], lines: inForceFrom ? [`effective_date: ${inForceFrom}`] : [] },
    provisions,
    warnings,
  };
}
