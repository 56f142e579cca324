// Local governments named where they act (grammar/names.yaml local-government-heads):
//   body:local   "Westmoor County issued a tender", "the City of Calder banned Chinese-made drones", "Harlan Unified
//                School District removed its cameras": a run ending in a local head, or opening with one before "of",
//                right before a finite verb (its subject), is the local government, an Authority.
//   body:local-taken-up   "The County will not buy ..." in a tender headed "Westmoor County, Purchasing Division": a
//                name on a local head that never acts itself is the local government where the document writes that head
//                alone after "the", acting ("the County will", "the City banned"), and names no other of that head; the
//                bare head then takes it up as its one candidate (index.ts resolvePending), as it takes up one that acts.
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
    if (!actsAfter(text, end)) continue;
    const name = spanText(text, run);
    out.push({ start: run[0].start, end, surface: name, label: 'Authority', name, rule: 'body:local', score: 0.6 });
  }
  return out;
}

/** A verb right after `end` (past adverbs, or an auxiliary): the words before it are its subject. */
function actsAfter(text: string, end: number): boolean {
  const verb = VERB_AFTER.exec(text.slice(end, end + 40))?.[1];
  return !!verb && (AUXILIARY.test(verb) || isPastVerb(verb) || isPresentVerb(verb));
}

/** The local government a name run names on a local head: its words up to that head ("Westmoor County" of "Westmoor
 *  County" or of "Westmoor County Sheriff's Office", a public body's name), or the head, "of" and the capitalised words
 *  after it up to a body's head ("City of Calder" of "City of Calder Police Department"); `whole` where the run is that
 *  name alone. */
function localName(run: string): { head: string; name: string; whole: boolean } | undefined {
  const g = grammar();
  const words = run.split(/\s+/);
  const titled = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !g.heads.has(w) && !g.localGovernmentHeads.has(w);
  if (g.localGovernmentHeads.has(words[0]) && words[1] === 'of') {
    let k = 2;
    while (k < words.length && titled(words[k])) k++;
    return k > 2 ? { head: words[0], name: words.slice(0, k).join(' '), whole: k === words.length } : undefined;
  }
  const k = words.findIndex((w, j) => j > 0 && g.localGovernmentHeads.has(w));
  if (k < 0 || !words.slice(0, k).every(titled)) return undefined;
  // A longer run names one of its bodies ("Westmoor County Sheriff's Office"), or a place in it, no government ("Orlen
  // City Hall").
  if (k < words.length - 1 && !words.slice(k + 1).some((w) => g.heads.get(w) === 'Authority')) return undefined;
  return { head: words[k], name: words.slice(0, k + 1).join(' '), whole: k === words.length - 1 };
}

/** body:local-taken-up (above): per sentence, its drafts' finds with the local government added where its name stands
 *  alone in a run and no public body found there already; none for a head of which the document names two local
 *  governments or more (counting those that open a longer body's name: "Westmoor County Sheriff's Office" names
 *  Westmoor County), nor for one it never writes alone and acting after "the". */
export function takenUpLocalBodies<D extends { found: Found[]; runs: [number, number][] }>(texts: string[], drafts: D[]): D[] {
  const g = grammar();
  const acting = new Set<string>();
  drafts.forEach((d, i) => {
    for (const f of d.found) if (f.pending === 'bare-head' && g.localGovernmentHeads.has(f.name) && actsAfter(texts[i], f.end)) acting.add(f.name);
  });
  if (acting.size === 0) return drafts;
  const names = new Map<string, Set<string>>();
  const places: { i: number; start: number; end: number; head: string; name: string }[] = [];
  drafts.forEach((d, i) => {
    for (const [a, b] of d.runs) {
      const local = localName(texts[i].slice(a, b));
      if (!local || !acting.has(local.head)) continue;
      names.set(local.head, (names.get(local.head) ?? new Set<string>()).add(local.name));
      if (local.whole) places.push({ i, start: a, end: b, head: local.head, name: local.name });
    }
  });
  const added = new Map<number, Found[]>();
  for (const p of places) {
    if (names.get(p.head)?.size !== 1) continue;
    if (drafts[p.i].found.some((f) => f.label === 'Authority' && !f.pending && f.start < p.end && p.start < f.end)) continue;
    const f: Found = { start: p.start, end: p.end, surface: texts[p.i].slice(p.start, p.end), label: 'Authority', name: p.name, rule: 'body:local-taken-up', score: 0.6 };
    added.set(p.i, [...(added.get(p.i) ?? []), f]);
  }
  return added.size === 0 ? drafts : drafts.map((d, i) => (added.has(i) ? { ...d, found: [...d.found, ...added.get(i)!] } : d));
}
