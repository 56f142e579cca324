// A state's body named by its country and its domain in lower case, as news reports write it (grammar/names.yaml
// inverted-heads, elided-domains, body-descriptors):
//   body:country-domain   "China's commerce ministry", "Japan's trade ministry", "the Chinese foreign ministry" (the
//                         Ministry of Foreign Affairs), "China's state security ministry"
// The find carries the country's code: the document resolves it to the catalog's body of that name and state where the
// catalog has one (entities.ts byState: "China's commerce ministry" is MOFCOM), else to a body of its own.
import { type CountryHit, findCountries } from './countries.ts';
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';

let cached: RegExp | undefined;

/** After a country's name and "'s", or a demonym: one to four lower-case words, then a head. */
function after(): RegExp {
  if (cached) return cached;
  const heads = [...grammar().invertedHeads].map((h) => h.toLowerCase()).join('|');
  cached = new RegExp(`^(['’]s)?\\s+((?:[a-z][a-z-]*\\s+){1,4}?)(${heads})\\b`);
  return cached;
}

const titled = (words: string[]): string => words.map((w) => (w === 'and' ? w : w[0].toUpperCase() + w.slice(1))).join(' ');

export function findCountryBodies(text: string, countries: CountryHit[]): Found[] {
  const g = grammar();
  const out: Found[] = [];
  for (const h of countries) {
    if (h.codes.length !== 1 || (h.rule !== 'country:name' && h.rule !== 'country:demonym')) continue;
    const m = after().exec(text.slice(h.end, h.end + 80));
    // A country's name takes the possessive ("China's commerce ministry"); a demonym stands right before ("the Chinese
    // foreign ministry").
    if (!m || (h.rule === 'country:name') !== (m[1] !== undefined)) continue;
    const words = m[2].trim().split(/\s+/);
    // A word that grades, places or picks out the body says which of the state's bodies, not what domain ("China's top
    // planning agency", "China's provincial commerce departments"); "and" only between two domain words.
    // Function words and nouns of companies end the noun phrase before the head: "Chinese drone makers and the agency" names
    // no body.
    const closed = (w: string): boolean => w !== 'and' && g.openers.has(w[0].toUpperCase() + w.slice(1));
    if (words.some((w) => g.degreeWords.has(w) || g.bodyDescriptors.has(w) || closed(w) || g.companyNouns.includes(w)) || words[0] === 'and' || words.at(-1) === 'and') continue;
    const domain = g.elidedDomains.get(words.join(' ')) ?? titled(words);
    const head = m[3][0].toUpperCase() + m[3].slice(1);
    const end = h.end + m[0].length;
    out.push({ start: h.start, end, surface: text.slice(h.start, end), label: 'Authority', name: `${head} of ${domain}`, rule: 'body:country-domain', score: 0.6, jurisdiction: h.codes[0].toLowerCase(), outerState: true });
  }
  return out;
}

/** "Ministry of Commerce" for the surface "China's commerce ministry": the name a document's body found so also goes by
 *  (short-names.ts invertedBodyNames: "The Ministry of Commerce (MOFCOM)" after it is the same body). */
export function countryBodyNames(surface: string): string[] {
  // Such a surface ends on its head in lower case; most bodies' names end in a capital, and are passed over.
  if (!/\p{Ll}$/u.test(surface)) return [];
  return findCountryBodies(surface, findCountries(surface)).filter((f) => f.start === 0 && f.end === surface.length).map((f) => f.name);
}

/** "Russia's Ministry of Defence", "India's Ministry of Electronics and Information Technology": a body's name right after a
 *  country's possessive is that country's body. The name stays as written (the catalog's body of that state and name is
 *  found by it: entities.ts byState); the find carries the state, outside the name. Not a name that holds a country of its
 *  own ("China's Cyberspace Administration of China" keeps its inner one). */
export function withPossessors(text: string, found: Found[], countries: CountryHit[]): Found[] {
  const possessors = countries.filter((h) => h.rule === 'country:name' && h.codes.length === 1 && /^['’]s\s+$/.test(text.slice(h.end, h.end + 4).replace(/\S+$/, '')));
  if (possessors.length === 0) return found;
  return found.map((f) => {
    if (f.label !== 'Authority' || f.jurisdiction || f.kind === 'government' || !f.rule.startsWith('body:')) return f;
    const h = possessors.find((p) => /^['’]s\s+$/.test(text.slice(p.end, f.start)));
    return h ? { ...f, jurisdiction: h.codes[0].toLowerCase(), outerState: true } : f;
  });
}
