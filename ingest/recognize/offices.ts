// Offices and governments named with no body noun in them (grammar/names.yaml `office-titles`, `general-titles`,
// `nation-government`):
//   body:domain-title      "the Information Commissioner", "the Home Secretary", "the Biometrics and Surveillance Camera
//                          Commissioner": after "the", capitalised words of a field, then a title's noun. The office is
//                          a public body of its own (no "Office of ..." named). Not a post inside a body, whose words
//                          before the noun grade or rank it ("the Permanent Secretary", "the Deputy Commissioner": an
//                          adjective or a rank), nor a person's title (a capitalised name after it: "Commerce Secretary
//                          Jane Doe"), nor the title of a named body ("of|for" after it: `titles`, bodies.ts).
//   body:general-title     "the Auditor General", "the Inspector General": a person's noun (WordNet noun.person) with
//                          "General" after it, standing alone as above; a fixed title ("Attorney General") is its body's.
//   body:nation-government "the Scottish Government", "the Welsh Government": the demonym of a nation that is no country
//                          (the lexicon's Demonym, no country's: countries.ts reads those) before a capitalised
//                          "Government": that nation's government, a body of its own.
import { isCountryWord } from './countries.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { tagsOf } from './lexicon.ts';
import { isPersonNoun } from './wordnet-persons.ts';

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*`;

let cached: { domain: RegExp; general: RegExp; nation: RegExp } | undefined;

function patterns(): { domain: RegExp; general: RegExp; nation: RegExp } {
  if (cached) return cached;
  const g = grammar();
  const titles = g.officeTitles.join('|');
  cached = {
    // The field: capitalised words, "and" or a comma between some ("Biometrics and Surveillance Camera").
    domain: new RegExp(String.raw`(?<=\b[Tt]he\s+)(${WORD}(?:(?:\s+|,\s+|,?\s+and\s+)${WORD}){0,5})\s+(${titles})\b`, 'gu'),
    general: new RegExp(String.raw`(?<=\b[Tt]he\s+)(${WORD})\s+(${g.generalTitles.join('|')})\b`, 'gu'),
    nation: new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD})\s+(${g.nationGovernment})\b`, 'gu'),
  };
  return cached;
}

/** Whether the text after an office's title makes it a person's title or a named body's: a capitalised word (a name:
 *  "Secretary Jane Doe"; a sentence's next word after a stop is no name), or "of|for" (`titles`). */
function continued(text: string, end: number): boolean {
  const next = text.slice(end, end + 40);
  return /^\s+(?:of|for)\b/.test(next) || /^[ \t]+\p{Lu}/u.test(next) || /^['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(next);
}

/** A word that grades, ranks or picks out a post rather than naming its field: a rank (names.yaml title-ranks), an
 *  adjective ("Permanent", "Executive", "Chief"), a demonym or a country ("the British Commissioner" is a country's). */
function notField(word: string): boolean {
  const g = grammar();
  if (g.titleRanks.has(word) || isCountryWord(word)) return true;
  const tags = tagsOf(word.toLowerCase());
  return tags.includes('Adjective') || tags.includes('Demonym') || tags.includes('Determiner') || tags.includes('Possessive');
}

export const DOMAIN_TITLE = 'body:domain-title';

function domainOffices(text: string): { start: number; end: number; title: string }[] {
  const out: { start: number; end: number; title: string }[] = [];
  for (const m of text.matchAll(patterns().domain)) {
    const words = m[1].split(/[\s,]+/).filter((w) => w !== 'and');
    if (words.some(notField) || continued(text, m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, title: m[2] });
  }
  return out;
}

/** A candidate "<domain> <title>" body (bodies.ts body:inverted-title: "the Business Secretary" as a Department of
 *  Business) that the document does not name: the office standing on its own, where it reads as one (above), else none. */
export function standingOffice(text: string, f: Found): Found | null {
  const m = domainOffices(text).find((o) => o.start === f.start && o.end === f.end);
  return m ? { ...f, name: f.surface.replace(/\s+/g, ' '), rule: DOMAIN_TITLE, score: 0.65 } : null;
}

/** "the Information Commissioner" where the document names the "Office of the Information Commissioner": that office. */
export function officeOfDomainTitle(f: Found, bodyNames: ReadonlySet<string>): Found | null {
  if (f.rule !== DOMAIN_TITLE) return null;
  const name = `Office of the ${f.name}`;
  return bodyNames.has(name) ? { ...f, name } : null;
}

export function findOffices(text: string): Found[] {
  const { officeTitles } = grammar();
  if (!officeTitles.some((t) => text.includes(t)) && !text.includes('Government') && !text.includes('General')) return [];
  const p = patterns();
  const out: Found[] = [];
  const add = (start: number, end: number, rule: string): void => {
    const surface = text.slice(start, end);
    out.push({ start, end, surface, label: 'Authority', name: surface.replace(/\s+/g, ' '), rule, score: 0.65 });
  };
  // A title that names a body ("Secretary": Department) is read by bodies.ts as that body's candidate ("the Commerce
  // Secretary": the Department of Commerce where the document names it); standingOffice gives it back as an office.
  for (const m of domainOffices(text)) if (!grammar().titles.get(m.title)) add(m.start, m.end, DOMAIN_TITLE);
  for (const m of text.matchAll(p.general)) {
    const title = `${m[1]} ${m[2]}`;
    if (grammar().fixedTitles.has(title) || !isPersonNoun(m[1].toLowerCase(), (w) => w) || continued(text, m.index + m[0].length)) continue;
    add(m.index, m.index + m[0].length, 'body:general-title');
  }
  for (const m of text.matchAll(p.nation)) {
    if (!tagsOf(m[1].toLowerCase()).includes('Demonym') || isCountryWord(m[1])) continue;
    add(m.index, m.index + m[0].length, 'body:nation-government');
  }
  return out;
}
