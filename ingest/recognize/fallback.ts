// The typed, scored fallback for capitalised names no grammar rule explains, from compromise's lexicon:
//   nlp:person        a first name the lexicon knows, then one to three capitalised words ("Mara Quist")
//   nlp:organization  a name the lexicon knows as an organisation ("NATO")
//   nlp:place         a city or place it knows ("Vienna"): reported, not a node (the model has no kind)
// Other unexplained names are listed as unrecognised in the ingest report, never guessed at.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { isFirstName, isOrganizationName, isPlaceName } from './lexicon.ts';
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
  if (words.length < 2 || words.length > 4 || !isFirstName(words[0])) return false;
  return words.every((w) => isCap(w) && !g.heads.has(w) && !g.titles.has(w) && !g.instrumentHeads.has(w));
}
