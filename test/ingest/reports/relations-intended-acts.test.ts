// An act only intended, expected, threatened, refused, proposed or weighed is none stated ("is expected to prohibit X",
// "has proposed restricting X", "is considering restrictions on X"), nor one denied ("denied that it had banned X"); an
// act done, or announced with "will", is.
// Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

describe('an act not yet done', () => {
  it.each([
    'The Norland Trade Council is expected to prohibit harbour cranes.',
    'The Norland Trade Council plans to prohibit harbour cranes.',
    'The Norland Trade Council threatened to prohibit harbour cranes.',
    'The Norland Trade Council declined to prohibit harbour cranes.',
    'The Norland Trade Council has proposed restricting harbour cranes.',
    'The Norland Trade Council is considering restrictions on harbour cranes.',
    'The Norland Trade Council is set to add Kestrel Cranes Ltd. to its Entity List.',
    'The Norland Trade Council denied that it had banned harbour cranes.',
  ])('states nothing: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike an act done, or announced with "will", whatever the clauses around it intended', () => {
    expect(stated('The Norland Trade Council will prohibit harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council, which had planned to wait, prohibited harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
