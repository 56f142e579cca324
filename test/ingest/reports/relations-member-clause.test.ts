// A member named after its class, in a clause coordinated after the act: "The Council restricts forklift trucks sold in
// Norland, and harbour cranes are among them" restricts harbour cranes too ("them" takes up the act's object). Read by
// relation-rules.yaml memberClause, relations.ts memberHead: the member is read as the class it is named in, so every
// check of the act (negation, its clause, its actor) holds for it as for the class. Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

const RESTRICTS = (id: string): string => `${COUNCIL} RESTRICTS ${id}`;

describe('a member named after its class by "among them"', () => {
  it('is reached by the act on its class', () => {
    expect(stated('The Norland Trade Council restricts forklift trucks sold in Norland, and harbour cranes are among them.')).toEqual([RESTRICTS(FORKLIFTS), RESTRICTS(CRANES)].sort());
    expect(stated('The Norland Trade Council restricts forklift trucks, and harbour cranes are among them.')).toEqual([RESTRICTS(FORKLIFTS), RESTRICTS(CRANES)].sort());
  });

  it('after "one of those" or "included", a quantifier before the member', () => {
    expect(stated('The Norland Trade Council restricts forklift trucks sold in Norland, and most harbour cranes are included.')).toEqual([RESTRICTS(FORKLIFTS), RESTRICTS(CRANES)].sort());
    expect(stated('The Norland Trade Council restricts forklift trucks, and the harbour crane is one of those.')).toEqual([RESTRICTS(FORKLIFTS), RESTRICTS(CRANES)].sort());
  });

  it('not across a sentence boundary or a semicolon', () => {
    expect(stated('The Norland Trade Council restricts forklift trucks. Harbour cranes are among them.')).toEqual([RESTRICTS(FORKLIFTS)]);
    expect(stated('The Norland Trade Council restricts forklift trucks; harbour cranes are among them.')).toEqual([RESTRICTS(FORKLIFTS)]);
  });

  it('not where the member clause is reported by a subject of its own, or names another class', () => {
    expect(stated('The Norland Trade Council restricts forklift trucks, and Kestrel Cranes Ltd. said harbour cranes are among them.')).toEqual([RESTRICTS(FORKLIFTS)]);
    expect(stated('The Norland Trade Council restricts forklift trucks, and harbour cranes are among the most exported goods.')).toEqual([RESTRICTS(FORKLIFTS)]);
    expect(stated('The Norland Trade Council restricts forklift trucks, and harbour cranes are not among them.')).toEqual([RESTRICTS(FORKLIFTS)]);
  });

  it('not where the act on the class is vetoed', () => {
    expect(stated('The Norland Trade Council did not restrict forklift trucks, and harbour cranes are among them.')).toEqual([]);
    expect(stated('The Norland Trade Council should restrict forklift trucks, and harbour cranes are among them.')).toEqual([]);
  });
});

describe('the class a member is named in', () => {
  it('past a place in the class\'s own modifiers', () => {
    expect(stated('The Norland Trade Council restricts forklift trucks made in Norland, and harbour cranes are among them.')).toContain(RESTRICTS(CRANES));
  });

  it('only of the member\'s kind: no company among goods', () => {
    expect(stated('The Norland Trade Council restricts harbour cranes, and Kestrel Cranes Ltd. and Orvik Hoists Inc. are among them.')).toEqual([RESTRICTS(CRANES)]);
  });
});
