// A public body named by what an apposition right after its name calls it (grammar/names.yaml body-apposition-nouns):
//   body:apposition   "Ofcom, the communications regulator, enforces ...", "Datatilsynet, Norway's data protection
//                     authority," (a name the grammar reads no head in)
// as companies.ts reads "Quectel, a module maker" as a company's. The noun must end the apposition.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import type { Token } from './names.ts';
import { spanText } from './names.ts';

let cached: RegExp | undefined;

function apposition(): RegExp {
  if (cached) return cached;
  const nouns = [...grammar().bodyAppositionNouns].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
  // ", the|a|an|<Country>'s [up to three modifiers] <noun>" then what ends a noun phrase.
  cached = new RegExp(`^,\\s+(?:the|a|an|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${nouns})(?=\\s*[,.;:)]|\\s+(?:for|of|in|that|which|who)\\b)`, 'u');
  return cached;
}

/** Runs followed by such an apposition, as Authorities; none that is a person's title's or that another reading found. */
export function findApposedBodies(text: string, runs: Token[][]): Found[] {
  const out: Found[] = [];
  for (const run of runs) {
    const end = run[run.length - 1].end;
    if (!apposition().test(text.slice(end, end + 120))) continue;
    const name = spanText(text, run);
    out.push({ start: run[0].start, end, surface: name, label: 'Authority', name, rule: 'body:apposition', score: 0.6 });
  }
  return out;
}
