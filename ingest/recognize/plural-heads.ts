// "the Departments of Commerce, State, Defense and Energy", "the Secretaries of State, the Treasury, and Homeland
// Security": a plural head of bodies (grammar/names.yaml inverted-heads: Departments, Ministries) or of their heads'
// titles (names.yaml titles: Secretaries, Ministers) before coordinated domains names one body per domain, as the
// singular head does ("Department of State"; an executive order's usual way of naming the departments it charges).
// Each body is found on its domain's words; a domain is one to four capitalised words, "the" before it kept in the name
// ("Department of the Treasury"). With commas the list splits at them ("Health and Human Services, Labor, and
// Education": a domain keeps its own "and"), and at a last "and" no comma stands before; with none, at its "and".
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

const plural = (w: string): string => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

let heads: Map<string, string> | undefined;
/** Plural head -> the singular head of the body each domain names ("Secretaries" -> "Department"). */
function pluralHeads(): Map<string, string> {
  if (heads) return heads;
  const g = grammar();
  heads = new Map([...g.invertedHeads].map((h) => [plural(h), h]));
  for (const [title, body] of g.titles) if (body) heads.set(plural(title), body);
  return heads;
}

const DOMAIN = String.raw`(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3}`;
const ASIDE = String.raw`(?:\s*\([^()]{1,30}\))?`;

let pattern: RegExp | undefined;

export function findPluralHeads(text: string): Found[] {
  pattern ??= new RegExp(
    String.raw`\b(?<head>${[...pluralHeads().keys()].join('|')})\s+of\s+(?<list>${DOMAIN}${ASIDE}(?:,\s+(?:and\s+|or\s+)?${DOMAIN}${ASIDE})*(?:,?\s+(?:and|or)\s+${DOMAIN}${ASIDE})?)`,
    'gu',
  );
  const out: Found[] = [];
  for (const m of text.matchAll(pattern)) {
    const head = pluralHeads().get(m.groups?.head ?? '') as string;
    const list = m.groups?.list ?? '';
    const listAt = (m.index ?? 0) + m[0].length - list.length;
    const commas = /,\s/.test(list.replace(/\([^()]*\)/g, ''));
    const parts = commas ? list.split(/,\s+(?:and\s+|or\s+)?/) : list.split(/\s+(?:and|or)\s+/);
    // "Commerce, State, Defense and Energy": without a comma before it, the last "and" joins the last two domains.
    if (commas && !/,\s+(?:and|or)\s/.test(list)) parts.push(...(parts.pop() as string).split(/\s+(?:and|or)\s+(?=\S+$)/));
    if (parts.length < 2) continue;
    let from = 0;
    for (const part of parts) {
      const domain = part.replace(/\s*\([^()]*\)$/, '').replace(/^(?:and|or)\s+/, '');
      const at = list.indexOf(domain, from);
      from = at + domain.length;
      const start = listAt + at;
      out.push({ start, end: start + domain.length, surface: domain, label: 'Authority', name: `${head} of ${domain}`, rule: 'body:plural-head', score: 0.8 });
    }
  }
  return out;
}
