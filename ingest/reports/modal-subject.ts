// The grammatical subject of a modal verb in a report's sentence, read by the norm reader's English grammar
// (ingest/norms/subject.ts): "The Secretary, in consultation with A, B, and C, shall ..." has the Secretary
// as subject, its partners not. Relations use it to tell who acts from who is named around the actor.
import { LANGUAGES } from '../languages/index.ts';
import { grammarOf } from '../norms/grammar.ts';
import { findSubject } from '../norms/subject.ts';
import { splitClauses } from '../text/sentences.ts';

export interface SubjectSpan {
  start: number;
  end: number;
}

/** Subjects read per sentence text and modal offset (bounded): rules and candidate pairs ask again. */
const memo = new Map<string, SubjectSpan | null>();

/**
 * Where the subject of the modal verb at `modal` in `text` stands, or undefined when the clause names none.
 * `partners` opens an adjunct naming those the subject acts with or through ("in consultation with"): the
 * adjunct is read as blank, so no partner joins the subject, whatever its list holds.
 */
export function modalSubject(text: string, modal: number, partners?: RegExp): SubjectSpan | undefined {
  const key = `${modal}\u0000${text}`;
  let found = memo.get(key);
  if (found === undefined) {
    if (memo.size >= 5_000) memo.clear();
    const read = partners ? withoutPartners(text, modal, partners) : text;
    const s = findSubject(read, splitClauses(read, LANGUAGES.en), modal, 0, [], grammarOf('en'));
    found = s ? { start: s.start, end: s.end } : null;
    memo.set(key, found);
  }
  return found ?? undefined;
}

/**
 * `text` with each partners' adjunct before `modal` blanked (same length): from its opener through the
 * comma-separated pieces of its list, up to the piece its last conjunct opens ("and C,") or the one before
 * the modal's own piece ("In consultation with A, B, the Secretary shall").
 */
function withoutPartners(text: string, modal: number, partners: RegExp): string {
  const pieces = splitClauses(text, LANGUAGES.en);
  const own = pieces.findIndex(([s, e]) => modal >= s && modal < e);
  let out = text;
  for (const m of text.slice(0, modal).matchAll(new RegExp(partners.source, `${partners.flags.replace('g', '')}g`))) {
    let k = pieces.findIndex(([s, e]) => m.index >= s && m.index < e);
    if (k < 0 || k >= own) continue;
    while (k + 1 < own && !/^\s*(?:and|or)\s/i.test(text.slice(...pieces[k]))) k++;
    const end = pieces[k][1];
    out = out.slice(0, m.index) + ' '.repeat(end - m.index) + out.slice(end);
  }
  return out;
}
