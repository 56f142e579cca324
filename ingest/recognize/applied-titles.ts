// A state's department named by its portfolio and its country, the form of Canada's applied titles and of a few
// bodies elsewhere (grammar/names.yaml `portfolios`):
//   body:portfolio-country   "Transport Canada", "Public Safety Canada", "Innovation, Science and Economic Development
//                            Canada", "Police Scotland" (where the dataset reads the place as a country)
// The portfolios run right up to the country's name and no capitalised word stands before them, so "Air Canada" (no
// portfolio), "Hikvision Public Safety Canada" (a longer name) and "Transport Canada Inc." (a legal form after) are none.
import type { CountryHit } from './countries.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { legalFormWords } from './legal-forms.ts';

let cached: RegExp | undefined;

/** The portfolios joined as a department's title writes them, ending right before the country: "A, B and C ". */
function portfolioRun(): RegExp {
  if (cached) return cached;
  const one = `(?:${[...grammar().portfolios].sort((a, b) => b.length - a.length).map((p) => p.replace(/\./g, '\\.').replace(/ /g, '\\s+')).join('|')})`;
  cached = new RegExp(`(?<![\\p{L}\\p{N}-])${one}(?:(?:,\\s+|,?\\s+and\\s+)${one})*\\s+$`, 'u');
  return cached;
}

export function findAppliedTitles(text: string, countries: CountryHit[]): Found[] {
  const out: Found[] = [];
  for (const h of countries) {
    if (h.rule !== 'country:name' || h.codes.length !== 1) continue;
    const m = portfolioRun().exec(text.slice(Math.max(0, h.start - 80), h.start));
    if (!m) continue;
    const start = h.start - m[0].length;
    // A capitalised word right before the run (but "The") makes it part of a longer name: a company's, a programme's.
    const before = /(\p{Lu}[\p{L}\p{N}.&-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (before !== undefined && before !== 'The') continue;
    const next = /^\s+([\p{L}.,]+)/u.exec(text.slice(h.end, h.end + 20))?.[1];
    if (next !== undefined && legalFormWords().has(next.toLowerCase().replace(/[^\p{L}]/gu, ''))) continue;
    const surface = text.slice(start, h.end);
    out.push({ start, end: h.end, surface, label: 'Authority', name: surface.replace(/\s+/g, ' '), rule: 'body:portfolio-country', score: 0.7, jurisdiction: h.codes[0].toLowerCase() });
  }
  return out;
}
