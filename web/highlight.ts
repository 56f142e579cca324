// Marks in a verbatim text: the sentences that express norms, and the names of the things the
// graph recognised (each linking to its node). Matching is by the names the graph holds for them.
import { html, type Html } from './html.ts';
import { hasHan } from '../ingest/text/scripts.ts';

export interface Term {
  /** A name, alias or acronym of the node as it may appear in the text. */
  text: string;
  href: string;
  title: string;
}

export interface Region {
  start: number;
  end: number;
}

export interface NormRegion extends Region {
  href: string;
  label: string;
}

const WORD = /[\p{L}\p{N}]/u;
const ACRONYM = /^[A-Z0-9.&-]{2,8}$/;

function boundaryOk(text: string, start: number, end: number, term: string): boolean {
  if (hasHan(term)) return true;
  return !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');
}

/** Every occurrence of every term; acronyms match case-sensitively, other Latin names not. */
function occurrences(text: string, terms: Term[]): (Region & { term: Term })[] {
  const lower = text.toLowerCase();
  const out: (Region & { term: Term })[] = [];
  for (const term of terms) {
    if ([...term.text].length < 2) continue;
    const exact = ACRONYM.test(term.text);
    const haystack = exact ? text : lower;
    const needle = exact ? term.text : term.text.toLowerCase();
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
      if (boundaryOk(text, i, i + needle.length, term.text)) out.push({ start: i, end: i + needle.length, term });
    }
  }
  return out;
}

/** Leftmost, then longest, never overlapping. */
function choose<T extends Region>(regions: T[]): T[] {
  const sorted = [...regions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = 0;
  for (const r of sorted) {
    if (r.start >= end) {
      out.push(r);
      end = r.end;
    }
  }
  return out;
}

/** The text with each recognised name linked to its node. */
export function linkTerms(text: string, terms: Term[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const r of choose(occurrences(text, terms))) {
    parts.push(html`${text.slice(at, r.start)}<a class="entity" href="${r.term.href}" title="${r.term.title}">${text.slice(r.start, r.end)}</a>`);
    at = r.end;
  }
  parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}

/** Where each norm's sentence stands in the text (verbatim quotes; one not found is left out). */
export function normRegions(text: string, norms: { quote: string; href: string; label: string }[]): NormRegion[] {
  const found = norms.flatMap((n) => {
    const start = n.quote ? text.indexOf(n.quote) : -1;
    return start === -1 ? [] : [{ start, end: start + n.quote.length, href: n.href, label: n.label }];
  });
  return choose(found);
}

/** Norm sentences marked (with a link to the norm after each), names linked inside and around them. */
export function highlight(text: string, norms: NormRegion[], terms: Term[]): Html {
  const parts: Html[] = [];
  let at = 0;
  for (const n of norms) {
    parts.push(linkTerms(text.slice(at, n.start), terms));
    parts.push(html`<mark class="norm">${linkTerms(text.slice(n.start, n.end), terms)}</mark><a class="norm-ref" href="${n.href}">${n.label}</a>`);
    at = n.end;
  }
  parts.push(linkTerms(text.slice(at), terms));
  return html`${parts}`;
}
