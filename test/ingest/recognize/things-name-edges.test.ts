// Where a technology or product phrase starts and ends (issue 15, boundary errors: a gold name found cut too short or
// too long): a compound with an acronym in it, an acronym before a gerund, an acronym's plural as the head, a verb after
// an adverb the lexicon calls an adjective, "the X of any Y", an acronym spelled with a letter from inside a word, a field
// in -ing coordinated before a noun phrase. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a hyphenated compound of lower-case words and an acronym', () => {
  it('is a modifier of the name, as a lower-case compound is', () => {
    expect(found('Tarnwell sells 5G-enabled routers to utilities.')).toContain('5G-enabled routers');
    expect(found('Velcor ships deep-UV laser modules to Korea.')).toContain('deep-UV laser modules');
  });
  it('grades nothing after a degree word: more of that kind', () => {
    expect(found('The ministry now licenses more high-NA lithography systems.')).toContain('high-NA lithography systems');
  });
  it('is no modifier with a country in it, which says whose the goods are', () => {
    expect(found('The firm sells US-sanctioned routers.')).toEqual([]);
    expect(found('The firm sells US-made routers.')).not.toContain('US-made routers');
  });
});

describe('a gerund inside a name', () => {
  it('is no verb of a clause after an acronym in capitals, whatever its last letter', () => {
    expect(found('Orlen Marine sells GPS tracking devices.')).toContain('GPS tracking devices');
  });
  it('is no verb joined by a hyphen to a word that is no verb prefix', () => {
    expect(found('The firm sells drone anti-jamming antenna modules.')).toContain('drone anti-jamming antenna modules');
  });
  it('still opens a clause after a plural noun', () => {
    expect(found('Regulators fined firms shipping drone engines to Iran.')).not.toContain('firms shipping drone engines');
  });
});

describe("an acronym's plural after a phrase on a head", () => {
  it('is the head the phrase modifies', () => {
    expect(found('The firm designs radar sensor ASICs for trucks.')).toEqual(['radar sensor ASICs']);
  });
});

describe('a base form after a plural noun and an adjective the lexicon reads', () => {
  it('is the plural subject\'s verb, no word of the name after it', () => {
    expect(found('Corded drills still outsell battery models in Europe.')).toEqual([]);
  });
  it('stays a compound modifier after an adjective that opens the phrase', () => {
    expect(found('Utilities buy industrial control systems.')).toContain('industrial control systems');
  });
});

describe('the things of every member of another class', () => {
  it('are a class, not one thing someone has', () => {
    expect(found('The order covers the telematics control software of every truck sold here.')).toContain('telematics control software');
    expect(found('The agency audited the communications network of the applicant.')).toEqual([]);
  });
});

describe('an acronym in parentheses that takes a letter from inside a word', () => {
  it('spells the words before it, one name with them', () => {
    expect(found('The rules cover extreme ultraviolet (EUV) mask inspection systems.')).toContain('extreme ultraviolet (EUV) mask inspection systems');
  });
});

describe('a field in -ing with its own modifier before "and"', () => {
  it('is a conjunct of its own where the next opens on a head of things', () => {
    expect(found('The agency will review whether infrared imaging and drone navigation technologies should be protected.')).toContain('drone navigation technologies');
  });
  it('still lets two adjectives share the head', () => {
    expect(found('Operators replace physical and virtual communications equipment.')).toContain('communications equipment');
  });
});
