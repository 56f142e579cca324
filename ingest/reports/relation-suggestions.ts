// Suggested relations (issue 15): the learned relation model's reading of a report's sentences where the rules read no
// relation. A machine reading for a person to check, never a stated fact: extraction emits them as SUGGESTS records
// (records.ts), which no exposure, path or derivation reads, and the evaluation counts them apart (evaluate.ts).
// A candidate pair of a sentence (relation-candidates.ts, from the rules' trace) is suggested as the type the model
// scores highest among those its gate lets through (relation-gates.ts) at or above its threshold (relation-model.json's
// head), where the rules related the two in no type in that sentence.
import { context, type Context, cuesAround, sentenceCandidates } from './relation-candidates.ts';
import { GATES } from './relation-gates.ts';
import { loadRelationModel, type RelationModel, typeProbabilities } from './relation-model.ts';
import type { TracedSentence } from './relation-trace.ts';
import { defaultRules, type RuleSet } from './relations.ts';

export interface Suggestion {
  /** The relation type the model suggests (RESTRICTS ...). */
  predicate: string;
  start: string;
  end: string;
  locator: string;
  /** The sentence, verbatim, as a stated relation of it quotes it (a list item with its lead-ins). */
  quote: string;
  /** The model's probability of `predicate`, unrounded. */
  probability: number;
}

/** The languages the English relation rules (relation-rules.yaml) read, the model's features being their word classes. */
export const SUGGESTING_LANGUAGES: ReadonlySet<string> = new Set(['en']);

let defaults: { model: RelationModel; cx: Context } | undefined;

/** Reads one sentence of the rules' trace: its suggestions but for the pairs `skip` names (the relations the rules read). */
type SentenceReader = (t: TracedSentence, skip?: (start: string, end: string) => boolean) => Suggestion[];

function sentenceReader(rules?: RuleSet, model?: RelationModel): SentenceReader {
  defaults ??= { model: loadRelationModel(), cx: context(defaultRules()) };
  const m = model ?? defaults.model;
  const cx = rules ? context(rules) : defaults.cx;
  const gate = GATES[m.head.gate];
  return (t, skip) => {
    const out: Suggestion[] = [];
    // The model reads no feature of what the rules made (b0): `made` is left empty and those features unread.
    for (const c of sentenceCandidates(t, new Set(), cx, { skip, bare: true, noCues: true })) {
      const p = typeProbabilities(m, c.features, c.types);
      let best: string | undefined;
      for (const ty of c.types) {
        if ((p[ty] as number) < m.head.threshold || (best !== undefined && (p[ty] as number) <= (p[best] as number))) continue;
        // What the gate reads of the type, read only now: its cues around the pair (a cue whose literals the sentence,
        // of which the spans are slices, cannot hold is not run on them), and, from a lazy trace, the checks that stopped
        // its rules on the pair.
        c.cueAround = cuesAround([ty], c.spans, cx.byType, t.text);
        if (t.vetoesFor) c.vetoes[ty] = t.vetoesFor(c.start, c.end, ty);
        if (gate(c, ty)) best = ty;
      }
      if (best !== undefined) out.push({ predicate: best, start: c.start, end: c.end, locator: t.locator, quote: t.quote ?? t.text, probability: p[best] as number });
    }
    return out;
  };
}

/** Whether the rules read a relation (any type, either way round) between two entities in the sentence at a locator. */
function relatedIn(stated: readonly { start: string; end: string; locator: string }[]): (locator: string, start: string, end: string) => boolean {
  const related = new Set(stated.flatMap((r) => [`${r.locator}|${r.start}|${r.end}`, `${r.locator}|${r.end}|${r.start}`]));
  return (locator, start, end) => related.has(`${locator}|${start}|${end}`);
}

/** The suggestions of one report, from the rules' trace of it and the relations they read (any type). */
export function suggestRelations(trace: readonly TracedSentence[], stated: readonly { start: string; end: string; locator: string }[], rules?: RuleSet, model?: RelationModel): Suggestion[] {
  const read = sentenceReader(rules, model);
  const related = relatedIn(stated);
  return trace.flatMap((t) => read(t, (start, end) => related(t.locator, start, end)));
}

/** How many sentences of a lazy trace SuggestionReader holds before it reads them: reading each sentence as it is pushed,
 *  between the rules' reading of one sentence and the next, took 5-20% more CPU on a large report (bench/extract-ab.ts,
 *  the 2.85 MB joined synthetic report) than reading them all at the end; in batches of this many it takes the same. */
const BATCH = 1024;

/**
 * The suggestions of one report read as the rules' trace is made (a TraceSink for extractRelations' lazy trace): its
 * sentences read in batches of BATCH as they are pushed, and only their suggestions kept, not the sentences (a lazy trace
 * of a report kept to its end grew by about 20 MB per MB of report: docs/benchmarks.md). The pairs the rules related are
 * known only once the whole report is read (its relations settled with the recognition, records.ts analyseReport):
 * `suggestions` leaves them out at the end, which gives what suggestRelations gives on the whole trace (whether a pair is
 * suggested, and as what, reads its sentence alone; the related pairs only leave it out).
 */
export class SuggestionReader {
  readonly #read: SentenceReader;
  readonly #found: Suggestion[] = [];
  #held: TracedSentence[] = [];
  /** The tentative phrases whose relations the settled recognition may give to the thing each is headed by
   *  (headed-phrases.ts), when known before the relations are read (records.ts analyseReport sets it). A pair the rules
   *  related in a sentence with neither end among them stays related (settlement drops no relation with ends it keeps;
   *  an outranked type leaves the stronger one on the same pair), so it is passed over at once, as `suggestions` would
   *  leave it out: not read at all, as suggestRelations reads no related pair. */
  headed: ReadonlyMap<string, string> | undefined;
  constructor(rules?: RuleSet, model?: RelationModel) {
    this.#read = sentenceReader(rules, model);
  }
  push(t: TracedSentence): void {
    this.#held.push(t);
    if (this.#held.length >= BATCH) this.#readHeld();
  }
  suggestions(stated: readonly { start: string; end: string; locator: string }[]): Suggestion[] {
    this.#readHeld();
    const related = relatedIn(stated);
    return this.#found.filter((x) => !related(x.locator, x.start, x.end));
  }
  #readHeld(): void {
    const headed = this.headed;
    for (const t of this.#held) {
      const related = headed && t.related?.length ? new Set(t.related.filter(([a, b]) => !headed.has(a) && !headed.has(b)).flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])) : undefined;
      for (const x of this.#read(t, related?.size ? (start, end) => related.has(`${start}|${end}`) : undefined)) this.#found.push(x);
    }
    this.#held = [];
  }
}
