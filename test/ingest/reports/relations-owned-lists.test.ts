// A list its owner's possessive names ("X was added to the Council's Entity List", "The Council's Entity List includes X")
// is the owner's addition; "named X to its list" adds X; cracking down on goods or cutting a company off restricts it.
// Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL } from './ids.ts';

const ADDED = [`${COUNCIL} ADDS_TO_LIST ${KESTREL}`];

describe("an owner's list", () => {
  it('holds what its owner added', () => {
    expect(stated("Kestrel Cranes Ltd. was added to the Norland Trade Council's Entity List in May.")).toEqual(ADDED);
    expect(stated("Kestrel Cranes Ltd. has been on the Norland Trade Council's Entity List since 2020.")).toEqual(ADDED);
    expect(stated("The Norland Trade Council's Entity List includes Kestrel Cranes Ltd.")).toEqual(ADDED);
    expect(stated('The Norland Trade Council named Kestrel Cranes Ltd. to its Entity List.')).toEqual(ADDED);
  });

  it('not what stands on something else of the owner, nor what is named a member of a class on a list', () => {
    expect(stated("Kestrel Cranes Ltd. has been on the Norland Trade Council's agenda since 2020.")).toEqual([]);
    expect(stated('The Norland Trade Council named Kestrel Cranes Ltd. a "military company" on the list it keeps.')).not.toContain(ADDED[0]);
  });
});

describe('crackdowns', () => {
  it('restrict goods and companies', () => {
    expect(stated('The Norland Trade Council cracked down on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
    expect(stated('The Norland Trade Council also cut off Kestrel Cranes Ltd. from Norland suppliers.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });
});
