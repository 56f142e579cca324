// Instruments named in lower case and set up by an acronym (grammar/instruments.yaml named.acronym-defined): "the Nordic
// Common Criteria-based cybersecurity certification scheme (NCCS)". Capitalised words open the name, up to four
// lower-case words follow, a head of the list ends it, and the acronym in brackets right after it spells it.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

let pattern: RegExp | undefined;

export function findAcronymInstruments(text: string): Found[] {
  const heads = grammar().acronymDefinedInstruments;
  if (!text.includes('(') || heads.length === 0) return [];
  pattern ??= new RegExp(
    String.raw`(?<![\p{L}\p{N}-])(?<name>(?:\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*\s+){1,5}(?:[\p{Ll}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*\s+){0,4}(?:${heads.join('|')}))\s+\((?<acronym>\p{Lu}[\p{Lu}\p{N}-]{1,9})\)`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(pattern)) {
    const whole = m.groups?.name ?? '';
    // "The Nordic ... scheme": a determiner the sentence opens with is no word of the name.
    const lead = /^(?:(?:The|This|That|These|Those|A|An|Its|Their|Such|Each|Any)\s+)*/.exec(whole)?.[0].length ?? 0;
    const name = whole.slice(lead);
    if (!/^\p{Lu}/u.test(name) || !spells(m.groups?.acronym ?? '', name.split(/\s+/))) continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + name.length, surface: name, label: 'Law', name, rule: 'instrument:acronym-defined', score: 0.8, kind: 'policy' });
  }
  return out;
}

/**
 * Schwartz and Hearst's test of a short form against its long form: every letter or digit of the acronym found in the
 * words, in order, right to left, the acronym's first at the start of a word. "NCCS" spells "Nordic Common
 * Criteria-based cybersecurity certification scheme"; "EUCC" spells "European Common Criteria-based ...".
 */
export function spells(acronym: string, words: string[]): boolean {
  const long = words.join(' ').toLowerCase();
  const short = acronym.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s];
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1])))) l--;
    if (l < 0) return false;
    l--;
  }
  return true;
}
