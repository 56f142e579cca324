// After a control verb, its object and "to", the next word is an infinitive, never a modifier of a name, whatever the
// lexicon reads it as (grammar/things.yaml control-verbs; things.ts measureInfinitive). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('an infinitive after a control verb and its object', () => {
  it('starts the name after the infinitive, a noun to the lexicon', () => {
    expect(found('We urge the Harbour Agency to name ground control stations in the definition.')).toEqual(['ground control stations']);
    expect(found('The rule requires manufacturers to label drone batteries.')).toEqual(['drone batteries']);
    expect(found('It asked the Norland Data Board to flag tidal sensors.')).toEqual(['tidal sensors']);
    expect(found('The minister directed them to map harbour radars.')).toEqual(['harbour radars']);
    // The verbs of asking are control verbs (grammar/things.yaml asking-verbs), every one of them.
    expect(found('Port unions petitioned the Harbour Agency to flag tidal sensors.')).toEqual(['tidal sensors']);
  });
  it('leaves a modifier after "to" where no control verb and its object come before it', () => {
    expect(found('Makers of survey drones switched to name brands.')).toContain('survey drones');
    expect(found('Imports rose from Norland to name brand radars.')).toEqual(['name brand radars']);
  });
});
