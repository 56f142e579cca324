// An instrument's name written after its owner's possessive ("the European Union's Cyber Resilience Act") is the catalog
// instrument named by the words after it (entities.ts ownedCatalogLaw; helper-351, issue 15: the possessive form and the
// bare name were two Law entities of one act). Own sentences.
import { describe, expect, it } from 'vitest';
import { readSentence } from '../reports/helpers.ts';

describe("an owner's possessive before a catalog instrument's name", () => {
  it('names the catalog instrument', () => {
    expect(readSentence("The European Union's Cyber Resilience Act covers smart doorbells.").entities).toContain('law:eu:cyber-resilience-act');
    expect(readSentence("Under the European Union's Cyber Resilience Act and the Cyber Resilience Act's annexes, vendors must patch routers.").entities.filter((id) => id.startsWith('law:'))).toEqual(['law:eu:cyber-resilience-act']);
  });
  it('leaves a name the catalog lacks its own instrument', () => {
    expect(readSentence("The Valdmark Republic's Harbour Crane Security Act bans remote access to cranes.").entities.filter((id) => id.startsWith('law:'))).toEqual(['law:~valdmark-republic-s-harbour-crane-security-act']);
  });
});

describe('an instrument named with its state and without it', () => {
  const laws = (text: string): string[] => readSentence(text).entities.filter((id) => id.startsWith('law:'));
  it('is one instrument, in either order', () => {
    expect(laws("The Harbour Security Law of the People's Republic of China took effect. The Harbour Security Law restricts drones.")).toEqual(['law:~harbour-security-law-of-the-people-s-republic-of-china']);
    expect(laws("The Harbour Security Law restricts drones. The Harbour Security Law of the People's Republic of China took effect in May.")).toEqual(['law:~harbour-security-law']);
    expect(laws('The US Harbour Crane List names two firms. The Harbour Crane List grew in May.')).toEqual(['law:~us-harbour-crane-list']);
  });
  it("is the catalog's instrument of that state, not another state's", () => {
    expect(laws('Vexo was added to the Entity List of the United States in May.')).toEqual(['law:us:entity-list']);
    expect(laws('Vexo was added to the Entity List of China in May.')).toEqual(['law:~entity-list-of-china']);
  });
  it('leaves a name two states share unbound, and a demonym opening a name to the name', () => {
    expect(laws("The Harbour Security Law of the People's Republic of China and the Harbour Security Law of Vietnam differ. The Harbour Security Law restricts drones.")).toEqual([
      'law:~harbour-security-law-of-the-people-s-republic-of-china',
      'law:~harbour-security-law-of-vietnam',
      'law:~harbour-security-law',
    ]);
    expect(laws('The American Harbour Cranes Act bans cranes.')).toEqual(['law:~american-harbour-cranes-act']);
  });
});
