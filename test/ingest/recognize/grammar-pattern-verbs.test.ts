// A grammar pattern may name verbs as <NAME> and give their lemmas and forms (word-classes.ts patternWithVerbs), as
// relation-rules.yaml's fragments do, instead of spelling each form: things.yaml scope-after and instruments.yaml
// annex-list were such spelt patterns. The forms they spelt are kept here as expectations; the forms they left out and the
// derivation adds ("fallen", "placing", "putting") are named. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { patternWithVerbs } from '../../../ingest/word-classes.ts';
import { mentionsOf } from '../one-sentence.ts';
import { recogniseMarkdown } from './helpers.ts';

const FALLING = { FALLING: { verbs: ['fall'], forms: ['base', 'past'] } };

describe('a pattern that names verbs', () => {
  it('reads each name as the forms of its lemmas', () => {
    const re = patternWithVerbs('i').parse({ source: '^<FALLING>\\s+within$', verbs: FALLING });
    expect(['fall within', 'fell within', 'fallen within', 'falls within', 'falled within'].map((w) => re.test(w))).toEqual([true, true, true, false, false]);
  });
  it('stays a plain pattern where it is written as one', () => {
    expect(patternWithVerbs('i').parse('^fall$').source).toBe('^fall$');
  });
  it('is a problem of its file where it names verbs it does not give, or gives verbs it does not name', () => {
    expect(patternWithVerbs('i').safeParse({ source: '^<COMING>\\s+within$', verbs: FALLING }).success).toBe(false);
    expect(patternWithVerbs('i').safeParse({ source: '^within$', verbs: FALLING }).success).toBe(false);
  });
});

describe('things.yaml scope-after', () => {
  const scope = (after: string): boolean => grammar().scopeAfter.test(after);
  it('reads every form it spelt, and the participle it left out', () => {
    const spelt = ['fall', 'falls', 'fell', 'falling', 'come', 'comes', 'came', 'coming'];
    expect(spelt.filter((v) => !scope(` that ${v} within its scope`))).toEqual([]);
    expect(scope(' fallen within the scope')).toBe(true);
    expect(['falled', 'comed', 'fail'].filter((v) => scope(` that ${v} within its scope`))).toEqual([]);
  });
});

describe('instruments.yaml annex-list', () => {
  const annex = grammar().citations.find((c) => c.id === 'annex-list')?.pattern as RegExp;
  const lists = (sentence: string): boolean => new RegExp(annex.source, annex.flags.replace('g', '')).test(sentence);
  it('reads every form it spelt after a verb of listing', () => {
    const spelt = ['add', 'adds', 'added', 'adding', 'list', 'lists', 'listed', 'listing', 'include', 'includes', 'included', 'place', 'places', 'placed', 'put', 'puts'];
    expect(spelt.filter((v) => !lists(`The Council ${v} Harbour Cranes Ltd to Annex IV.`))).toEqual([]);
  });
  it('and the gerunds of placing and putting, but not "including", which introduces examples', () => {
    expect(lists('The Council is placing Harbour Cranes Ltd on Annex IV.')).toBe(true);
    expect(lists('The Council is putting Harbour Cranes Ltd into Annex IV.')).toBe(true);
    expect(lists('Several measures, including those in Annex IV, apply to cranes.')).toBe(false);
  });
  it('names a list of its own in a report read with the gerund', () => {
    const annexes = mentionsOf(recogniseMarkdown('# A report on harbour trade\n\nThe Council is placing Harbour Cranes Ltd on Annex IV this week.'))
      .filter((m) => m.surface.startsWith('Annex'))
      .map((m) => `${m.surface}${m.procedural ? ' (cited)' : ''}`);
    expect(annexes).toEqual(['Annex IV']);
  });
});
