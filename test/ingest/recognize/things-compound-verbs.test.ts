// A word the lexicon knows only as a verb inside a compound, read forwards too (things.ts phraseEnd with verbInCompound):
// a conjunct runs on through it to its head. Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('verb-only words inside a conjunct', () => {
  it('runs a conjunct on through one after a noun to its head', () => {
    expect(found('The port sells sonar sensors and harbour control beacons.')).toContain('harbour control beacons [thing:coordinated]');
  });
  it('stops at one after a plural noun, its subject', () => {
    expect(found('It sells flight controllers and operators test services.')).toEqual(['flight controllers [thing:noun-phrase]']);
  });
});
