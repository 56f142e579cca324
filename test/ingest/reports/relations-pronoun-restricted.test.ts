// "them" right after a restricting verb takes up the thing the sentence named before ("..., when the Council prohibited
// them outright"). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL } from './ids.ts';

describe('a pronoun object of a restricting verb', () => {
  it('takes up the thing named before it in the sentence', () => {
    const got = stated('Norland, which has barred imports of most harbour cranes since 2022, when the Norland Trade Council prohibited them outright, is now looking at forklift trucks.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
  });

  it('names nothing when the sentence names no thing before it', () => {
    expect(stated('In 2022 the Norland Trade Council prohibited them outright.')).toEqual([]);
  });
});
