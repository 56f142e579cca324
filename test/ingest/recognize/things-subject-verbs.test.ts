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
  it('starts the name after a past or present form that follows a determined singular noun, its subject', () => {
    // The lexicon calls "certified" an adjective and lacks "designated", "seized"; "flags" is a plural to it.
    expect(found('The agency certified harbour radar units last year.')).toContain('harbour radar units');
    expect(found('The regulator designated harbour radar units in May.')).toContain('harbour radar units');
    expect(found('Its customs office seized thermal buoy cameras.')).toContain('thermal buoy cameras');
    expect(found('The regulator tags harbour radar units as risky.')).toContain('harbour radar units');
    expect(found('The rule designated harbour radar units.')).toContain('harbour radar units');
    for (const t of ['The agency certified harbour radar units last year.', 'The regulator designated harbour radar units in May.', 'The regulator tags harbour radar units as risky.', 'The rule designated harbour radar units.']) {
      expect(found(t).filter((f) => /agency|regulator|rule/.test(f))).toEqual([]);
    }
  });
  it('not after a noun of no party, which may open a compound, nor after a relative "that"', () => {
    // ("navy" was such a noun here until fddc807 made a navy a public body, a party: "the navy unmanned ..." reads either way.)
    expect(found('The home connected devices were tested.')).toContain('home connected devices');
    expect(found('Operators buy vehicles that run automated driving system software.')).toContain('automated driving system software');
  });
  it('starts the name after a perfect\'s past form, a modal\'s verb after an adverb, and a count in words', () => {
    // The lexicon calls "certified", "soon" and "still" adjectives, lacks "designated", and does not know "dozen".
    expect(found('The agency has certified harbour radar units since May.')).toContain('harbour radar units');
    expect(found('The agency had designated harbour radar units in 2020.')).toContain('harbour radar units');
    expect(found('The agency will soon certify harbour radar units.')).toContain('harbour radar units');
    expect(found('Several dozen harbour radar units were recalled.')).toContain('harbour radar units');
    for (const t of ['The agency has certified harbour radar units since May.', 'The agency had designated harbour radar units in 2020.', 'The agency will soon certify harbour radar units.', 'Several dozen harbour radar units were recalled.']) {
      expect(found(t).filter((f) => /certif|designated|dozen/.test(f))).toEqual([]);
    }
  });
  it('starts the name after an infinitive that follows a verb taking one and "to"', () => {
    // "audit" and "review" are nouns to the lexicon; "plans" and "agreed" take an infinitive (WordNet's frame).
    expect(found('The agency plans to audit harbour radar units.')).toContain('harbour radar units');
    expect(found('The ministry agreed to review harbour radar units.')).toContain('harbour radar units');
    expect(found('The agency plans to audit harbour radar units.').filter((f) => f.includes('audit'))).toEqual([]);
    // Not after a verb of no such frame: "applies to control units" keeps its modifier.
    expect(found('The code applies to buoy control units.')).toContain('buoy control units');
  });
});

