// The gates on a learned relation model's pairs (docs/relation-model.md, pre-registered by helper-207): the model may put
// forward a pair of type T only where what the rules know says it may. Read by the suggested relations
// (relation-suggestions.ts, gate g2) and by the bench that measured them (bench/relation-model.ts).
import type { Candidate } from './relation-candidates.ts';
import { stage, type Veto } from './relation-trace.ts';

/** The checks of meaning (relation-trace.ts): where one stopped a rule of a type, the rules read that the sentence states
 *  no act of the type. */
const MEANING = new Set<Veto>(['superseded', 'reference', 'means', 'same-entity', 'undecided', 'negation', 'recommendation', 'requested', 'addressee', 'proposal', 'deliberation', 'reversal', 'undone', 'delisting', 'topic', 'after', 'before', 'not-before']);

type Gated = Pick<Candidate, 'cueAround' | 'vetoes'>;

export const GATES = {
  /** A cue of a rule of the type between the two or in the windows around them, either order. */
  g1: (c: Gated, ty: string): boolean => c.cueAround.includes(ty),
  /** g1, and no check of meaning stopped a rule of the type on the pair. */
  g2: (c: Gated, ty: string): boolean => c.cueAround.includes(ty) && !(c.vetoes[ty] ?? []).some((v) => MEANING.has(v)),
  /** A rule of the type got past its cue and the checks of meaning, stopped by a check of structure alone. */
  g3: (c: Gated, ty: string): boolean => (c.vetoes[ty] ?? []).some((v) => stage(v) >= stage('aside-object')),
} as const;

export type GateName = keyof typeof GATES;
