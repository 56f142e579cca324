// The candidates of the learned relation model (ingest/reports/relation-candidates.ts), read from the relation reader's trace of
// own sentences with fictional bodies.
import { describe, expect, it } from 'vitest';
import { context, cuesAround, lemma, sentenceCandidates } from '../../../ingest/reports/relation-candidates.ts';
import { GATES } from '../../../ingest/reports/relation-gates.ts';
import type { TracedSentence } from '../../../ingest/reports/relation-trace.ts';
import { loadRules } from '../../../ingest/reports/relations.ts';
import { analyseText } from './helpers.ts';

const cx = context(loadRules());
const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';

function candidates(text: string) {
  const trace: TracedSentence[] = [];
  const { relations } = analyseText(text, { trace });
  const made = new Set(relations.map((r) => `${r.type}|${r.start}|${r.end}`));
  return trace.flatMap((t) => sentenceCandidates(t, made, cx));
}

describe('relation candidates', () => {
  it('reads a pair the rules made, with its cue, word classes, order and the rule type made, never a name', () => {
    const [c, ...rest] = candidates('The Norland Trade Council banned harbour cranes.').filter((x) => x.start === COUNCIL && x.end === CRANES);
    expect(rest).toEqual([]);
    expect(c?.types).toContain('RESTRICTS');
    expect(c?.made).toEqual(['RESTRICTS']);
    expect(c?.features).toEqual(expect.arrayContaining(['order:subject-first', 'rule:RESTRICTS', 'between:BAN', 'cue:RESTRICTS', 'cue-ordered:RESTRICTS', 'w:bann', 'subject:Authority']));
    expect(c?.features.join(' ')).not.toMatch(/norland|council|harbour|crane/i);
  });

  it('reads a pair the rules stopped, with the check that stopped it and the negation between', () => {
    const c = candidates('The Norland Trade Council did not ban harbour cranes.').find((x) => x.start === COUNCIL && x.end === CRANES);
    expect(c?.made).toEqual([]);
    expect(c?.features).toEqual(expect.arrayContaining(['rule:none', 'veto:negation', 'negation:between']));
  });

  it('keeps, for a gate, every check that stopped a rule of a type on the pair and the types whose cue stands around it', () => {
    const c = candidates('The Norland Trade Council did not ban harbour cranes.').find((x) => x.start === COUNCIL && x.end === CRANES);
    expect(c?.vetoes.RESTRICTS).toContain('negation');
    expect(c?.cueAround).toContain('RESTRICTS');
    // A cue of the type around the pair, but the rules read a negation: g1 lets the model add, g2 and g3 do not.
    const scored = { ...(c as NonNullable<typeof c>), fits: {} };
    expect([GATES.g1(scored, 'RESTRICTS'), GATES.g2(scored, 'RESTRICTS'), GATES.g3(scored, 'RESTRICTS')]).toEqual([true, false, false]);
  });

  it('finds a cue of a type after the pair as well as between, and none where no cue of the type stands', () => {
    expect(cuesAround(['RESTRICTS'], { between: ' and ', before: 'In May, ', after: ' were banned.' }, cx.byType)).toEqual(['RESTRICTS']);
    expect(cuesAround(['RESTRICTS'], { between: ' and ', before: 'In May, ', after: ' met.' }, cx.byType)).toEqual([]);
  });

  it('takes no pair whose labels no rule of a type allows that way round', () => {
    expect(candidates('The Norland Trade Council banned harbour cranes.').some((x) => x.start === CRANES && x.end === COUNCIL)).toBe(false);
  });

  it('lemmatises crudely: a plural or a verb ending off', () => {
    expect(['restrictions', 'entities', 'taxes', 'banned', 'adding', 'status', 'ban'].map(lemma)).toEqual(['restriction', 'entity', 'tax', 'bann', 'add', 'status', 'ban']);
  });
});
