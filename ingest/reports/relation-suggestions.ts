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
import { loadRules, type RuleSet } from './relations.ts';

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

/** The suggestions of one report, from the rules' trace of it and the relations they read (any type). */
export function suggestRelations(trace: readonly TracedSentence[], stated: readonly { start: string; end: string; locator: string }[], rules?: RuleSet, model?: RelationModel): Suggestion[] {
  defaults ??= { model: loadRelationModel(), cx: context(loadRules()) };
  const m = model ?? defaults.model;
  const cx = rules ? context(rules) : defaults.cx;
  const gate = GATES[m.head.gate];
  const related = new Set(stated.flatMap((r) => [`${r.locator}|${r.start}|${r.end}`, `${r.locator}|${r.end}|${r.start}`]));
  const out: Suggestion[] = [];
  for (const t of trace) {
    // The model reads no feature of what the rules made (b0): `made` is left empty and those features unread.
    const skip = (start: string, end: string): boolean => related.has(`${t.locator}|${start}|${end}`);
    for (const c of sentenceCandidates(t, new Set(), cx, { skip, bare: true, noCues: true })) {
      const p = typeProbabilities(m, c.features, c.types);
      let best: string | undefined;
      for (const ty of c.types) {
        if ((p[ty] as number) < m.head.threshold || (best !== undefined && (p[ty] as number) <= (p[best] as number))) continue;
        // What the gate reads of the type, read only now: its cues around the pair, and, from a lazy trace, the checks
        // that stopped its rules on the pair.
        c.cueAround = cuesAround([ty], c.spans, cx.byType);
        if (t.vetoesFor) c.vetoes[ty] = t.vetoesFor(c.start, c.end, ty);
        if (gate(c, ty)) best = ty;
      }
      if (best !== undefined) out.push({ predicate: best, start: c.start, end: c.end, locator: t.locator, quote: t.quote ?? t.text, probability: p[best] as number });
    }
  }
  return out;
}
