// "The Commission banned survey drones", "Valdmark restricted patrol drones in 2025": a word the lexicon knows only as a verb's
// base form, right after a verb's past form, is a noun modifier of the phrase after it, as it is right after a regulatory
// verb's present form ("bans survey drones"): no base form stands right after a past form (things.ts verbInCompound). Not
// after a verb that takes a bare infinitive ("helped test drones"). Own sentences, invented places and firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a base form after a past form', () => {
  it('modifies the head after it', () => {
    expect(found('The Norland Commission banned survey drones.')).toContain('survey drones');
    expect(found('Valdmark restricted patrol drones in 2025.')).toContain('patrol drones');
  });
  it('stays a verb after a verb that takes a bare infinitive', () => {
    expect(found('Norvik helped test drones at the port.').some((f) => f.startsWith('test'))).toBe(false);
  });
});
