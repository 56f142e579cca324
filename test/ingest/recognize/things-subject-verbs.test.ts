// A plural noun of actors before a thing's modifiers is the subject of the verb after it, which no name holds (things.ts
// actorPlural). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('subjects and their verbs before a thing', () => {
  it('starts the name after a verb the lexicon reads as a noun, after a subject of actors or bodies', () => {
    expect(found('Harbour police departments fly survey drones daily.')).toEqual(['survey drones']);
    expect(found('Port authorities fly survey drones.')).toEqual(['survey drones']);
    expect(found('Retailers stock sonar sensors.')).toEqual(['sonar sensors']);
  });
  it('and after an adverb before the verb', () => {
    expect(found('Retailers still stock cheap sonar sensors.')).toEqual(['sonar sensors']);
  });
  it('leaves a name whose modifiers hold no subject', () => {
    expect(found('The lab tests harbour survey drones.')).toEqual(['harbour survey drones']);
  });
});
