// Local governments named where they act (grammar/names.yaml local-government-heads):
//   body:local   "Westmoor County issued a tender", "the City of Calder banned Chinese-made drones", "Harlan Unified
//                School District removed its cameras": a run ending in a local head, or opening with one before "of",
//                right before a finite verb (its subject), is the local government, an Authority.
// A county or a city is a place too ("headquartered in Orange County"); only its acts make it a body here.
import type { Found } from './found.ts';
import { grammar } from './grammar.ts';
import { isPastVerb, isPresentVerb } from './lexicon.ts';
import type { Token } from './names.ts';
import { spanText } from './names.ts';

/** The word after a run, past adverbs ("Westmoor County later issued"), or an auxiliary ("has banned", "will require"). */
const VERB_AFTER = /^\s+(?:(?:\p{Ll}+ly|also|later|then|now|already|recently)\s+)?(\p{Ll}+)\b/u;
const AUXILIARY = /^(?:has|have|had|is|was|will|would|shall|must|may|can|could|should|does|did)$/;

export function findLocalBodies(text: string, runs: Token[][]): Found[] {
  const g = grammar();
  const out: Found[] = [];
  for (const run of runs) {
    if (run.length < 2) continue;
    const local = g.localGovernmentHeads;
    const named = local.has(run[run.length - 1].t) || (local.has(run[0].t) && run[1].t === 'of');
    // A body's head inside ("Orange County Sheriff's Office" ends on its own head) leaves the name to the bodies grammar.
    if (!named || run.some((t, k) => k > 0 && k < run.length - 1 && g.heads.has(t.t))) continue;
    const end = run[run.length - 1].end;
    const verb = VERB_AFTER.exec(text.slice(end, end + 40))?.[1];
    if (!verb || !(AUXILIARY.test(verb) || isPastVerb(verb) || isPresentVerb(verb))) continue;
    const name = spanText(text, run);
    out.push({ start: run[0].start, end, surface: name, label: 'Authority', name, rule: 'body:local', score: 0.6 });
  }
  return out;
}
