// After an adjective that takes "to" and an infinitive ("able to", "likely to") or a control verb's passive participle
// ("required to"), a verb's base form is that infinitive, never a modifier of a name (grammar/things.yaml
// infinitive-adjectives, things.ts measureInfinitive). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb after an adjective that takes an infinitive', () => {
  it('opens no name', () => {
    expect(found('The Varn ministries should be able to designate existing computer emergency response teams as responders.')).toEqual([]);
    expect(found('The Varn Agency is unlikely to designate existing radio equipment as critical.')).toEqual(['radio equipment']);
  });
  it('nor after a control verb\'s passive participle', () => {
    expect(found('Operators are required to designate existing radio equipment as backup.')).toEqual(['radio equipment']);
  });
});
