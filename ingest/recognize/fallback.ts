// The typed, scored fallback for capitalised names no grammar rule explains, from compromise's lexicon:
//   nlp:person        a first name the lexicon knows, then one to three capitalised words ("Mara Quist"), or a surname
//                     it knows, then one or two given names it knows as nothing else ("Li Wenbo", family name first)
//   nlp:organization  a name the lexicon knows as an organisation ("NATO")
//   nlp:place         a city or place it knows ("Vienna"): reported, not a node (the model has no kind)
// Other unexplained names are listed as unrecognised in the ingest report, never guessed at.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { isFirstName, isOrganizationName, isPlaceName, tagsOf } from './lexicon.ts';
import { isCap, spanText, type Token } from './names.ts';

export function findFallback(text: string, runs: Token[][]): Found[] {
  const out: Found[] = [];
  for (const run of runs) {
    const name = spanText(text, run);
    const at = { start: run[0].start, end: run[run.length - 1].end, surface: name, name };
    const words = run.map((r) => r.t);
    if (isPerson(words)) out.push({ ...at, label: 'Person', rule: 'nlp:person', score: 0.6 });
    else if (isOrganizationName(name)) out.push({ ...at, label: 'Organization', rule: 'nlp:organization', score: 0.6 });
    else if (isPlaceName(name)) out.push({ ...at, label: 'Place', rule: 'nlp:place', score: 0.6 });
  }
  return out;
}

function isPerson(words: string[]): boolean {
  const g = grammar();
  if (words.length < 2 || words.length > 4) return false;
  const plain = (w: string): boolean => isCap(w) && !g.heads.has(w) && !g.titles.has(w) && !g.instrumentHeads.has(w);
  if (isFirstName(words[0])) return words.every(plain);
  return familyNameFirst(words) && words.every(plain);
}

/** Tags a given name may carry in the lexicon: none (most Chinese given names: "Wenbo", "Mingyu"), or a name's. */
const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName']);
/** A field's name in -ics ("Robotics", "Avionics"): a line of business, no given name. */
const FIELD = /ics$/;

/** "Li Wenbo", "Zhou Mingyu": a surname the lexicon knows, then one or two given names, words the lexicon does not know
 *  as anything but a name, none a head of things or a field ("Chen Ming Robotics" is a company's name), as Chinese and
 *  other names written family name first are. */
function familyNameFirst(words: string[]): boolean {
  if (words.length > 3 || !tagsOf(words[0]).includes('LastName')) return false;
  return words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !FIELD.test(w) && !grammar().thingHeads.has(w.toLowerCase()) && tagsOf(w).every((t) => GIVEN.has(t)));
}
