// A norm's predicate as printed: the words saying what its bearer must, must not or may do, from its sentence
// after the modal word to the clause's end, bounded. Most norms do what no vocabulary action names (actions.yaml
// names the acts that expose a company); their own words, quoted, tell a reader more than "act as the provision
// says". A marker that is itself the act (处…罚款, 追究…责任, 有…的义务) opens the predicate.
import type { Lang } from '../vocab/index.ts';
import { hasHan } from '../text/scripts.ts';

/** The characters a predicate keeps before it is cut. */
const LIMIT: Record<Lang, number> = { zh: 40, en: 100 };
const CLAUSE_END: Record<Lang, RegExp> = { zh: /[。；;：:]/, en: /[.;:](?=\s|$)/ };
const LEADING = /^[\s，,、：:]+/;

/** The modal words of a vocabulary's markers: those written as plain words, not as patterns. */
export function modalWords(markers: Record<string, Partial<Record<Lang, string[]>>>): Set<string> {
  const out = new Set<string>();
  for (const byLang of Object.values(markers)) for (const list of Object.values(byLang)) for (const m of list ?? []) if (/^[\p{L} ]+$/u.test(m)) out.add(m.toLowerCase());
  return out;
}

/** An English marker as a word, compiled once per marker (a statute has a handful, read for thousands of norms). */
const enMarkers = new Map<string, RegExp>();

/** Where the marker stands in the sentence: the first occurrence, as a word in English. */
function markerAt(quote: string, marker: string, lang: Lang): number {
  if (lang === 'zh') return quote.indexOf(marker);
  let re = enMarkers.get(marker);
  if (!re) {
    re = new RegExp(`\\b${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
    enMarkers.set(marker, re);
  }
  return re.exec(quote)?.index ?? -1;
}

function bound(text: string, lang: Lang): string {
  const limit = LIMIT[lang];
  if (text.length <= limit) return text;
  // Cut at the last clause break within the bound (never inside a list: 、), else at a word; "…" says words were left out.
  const head = text.slice(0, limit);
  const comma = lang === 'zh' ? Math.max(head.lastIndexOf('，'), head.lastIndexOf(',')) : head.lastIndexOf(', ');
  if (comma >= (lang === 'zh' ? 8 : 20)) return `${head.slice(0, comma)}…`;
  const space = lang === 'en' ? head.lastIndexOf(' ') : -1;
  return `${space > 0 ? head.slice(0, space) : head}…`;
}

/** The predicate of a norm read from `quote` with its first modal `marker`; undefined when the sentence does not
 *  hold the marker or nothing follows it. */
export function predicateOf(quote: string, marker: string | undefined, lang: Lang, words: ReadonlySet<string>): string | undefined {
  if (!marker) return undefined;
  const at = markerAt(quote, marker, lang);
  if (at < 0) return undefined;
  let from = words.has(marker.toLowerCase()) ? at + marker.length : at;
  // "shall, in consultation with the Secretary, take …": the act follows the inserted phrase.
  const inserted = lang === 'en' ? /^\s*,[^,.;:]{1,120},/.exec(quote.slice(from)) : null;
  if (inserted) from += inserted[0].length;
  const rest = quote.slice(from).replace(LEADING, '');
  const end = CLAUSE_END[lang].exec(rest);
  const clause = (end ? rest.slice(0, end.index) : rest).replace(/\s+/g, ' ').replace(/[\s，,、]+$/, '');
  return clause.length >= 2 ? bound(clause, lang) : undefined;
}

/** A predicate as a statement quotes it: in corner brackets when Chinese, in double quotes otherwise. */
export function quotedPredicate(predicate: string): string {
  return hasHan(predicate) ? `「${predicate}」` : `"${predicate}"`;
}
