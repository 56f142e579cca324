// "Norvik sells base stations", "the firm imports charging stations": the first word of a listed compound (grammar/things.yaml
// compounds) is the compound's modifier after a verb the lexicon reads as a plural noun ("sells", "imports"), not that
// noun's verb, and no leading verb the phrase drops ("charging", "docking"): things.ts phraseOn. Own sentences, invented
// firms and places.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('the first word of a listed compound after a verb', () => {
  it('stays in the phrase after a present verb the lexicon reads as a plural', () => {
    expect(found('Norvik sells base stations to the port.')).toContain('base stations');
    expect(found('Harbour Link imports base stations and satellite terminals from Valdmark.')).toEqual(['base stations', 'satellite terminals']);
  });
  it('stays in the phrase where it is a gerund the phrase would drop', () => {
    expect(found('The firm imports charging stations from Valdmark.')).toContain('charging stations');
    expect(found('Norvik sells docking stations.')).toContain('docking stations');
  });
  it('still opens no name where the compound is not there', () => {
    // "base" before a word that makes no listed compound with it stays out of a name.
    expect(found('Norvik sells base models.')).toEqual([]);
    expect(found('The firm imports charging cables.').some((f) => f.startsWith('charging'))).toBe(false);
  });
});
