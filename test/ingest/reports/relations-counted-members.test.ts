// The members of a counted set of parties an act names without naming them: "The Council added twelve companies to the
// Entity List. The list includes X and Y" adds X and Y, as does "..., including X and Y" in the act's own sentence
// (relation-rules.yaml countedActs, countedMembers, countedMembersAfter; relations.ts
// countedMemberActs). Press and analyst writing names the count first and the members after. Own sentences, fictional
// bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, KESTREL } from './ids.ts';

const ORVIK = 'company:~orvik-hoists-inc';
const ADDED = 'The Norland Trade Council added twelve companies to the Entity List on Tuesday.';

describe('a sentence naming the members of a counted addition', () => {
  it('adds each member the list or a pronoun takes up', () => {
    expect(stated(`${ADDED} The list includes Kestrel Cranes Ltd. and Orvik Hoists Inc.`)).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${ORVIK}`]);
    expect(stated(`${ADDED} Among them are Kestrel Cranes Ltd. and Orvik Hoists Inc.`)).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${ORVIK}`]);
  });

  it('past an aside between two members, not to a company inside one', () => {
    expect(stated(`${ADDED} They include Kestrel Cranes Ltd., which few had heard of, and Orvik Hoists Inc.`)).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${ORVIK}`]);
    expect(stated(`${ADDED} The companies added include Kestrel Cranes Ltd., a supplier to Orvik Hoists Inc.`)).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
  });

  it('with a count in figures, after a body named by its acronym', () => {
    expect(stated('On Monday BIS added 140 Chinese entities to the Entity List. They include Kestrel Cranes Ltd.')).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
  });

  it('none where the sentence before names no count of parties, or the sentence after opens otherwise', () => {
    expect(stated('The Norland Trade Council updated the Entity List on Tuesday. The list includes Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated(`${ADDED} Kestrel Cranes Ltd. includes Orvik Hoists Inc. among its suppliers.`)).toEqual([]);
  });

  it('a designation too, its members after "Among those designated"', () => {
    expect(stated('The Norland Trade Council designated five companies on Tuesday. Among those designated were Kestrel Cranes Ltd. and Orvik Hoists Inc.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`, `${COUNCIL} DESIGNATES ${ORVIK}`]);
  });

  it('or in the sentence of the act itself, after "including" or a colon', () => {
    expect(stated('The Norland Trade Council added twelve companies to the Entity List on Tuesday, including Kestrel Cranes Ltd. and Orvik Hoists Inc.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${ORVIK}`]);
    expect(stated('The Norland Trade Council added twelve companies to the Entity List: Kestrel Cranes Ltd., Orvik Hoists Inc. and ten others.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${ORVIK}`]);
  });

  it('none where the act is only planned', () => {
    expect(stated('The Norland Trade Council plans to add twelve companies to the Entity List, including Kestrel Cranes Ltd.')).toEqual([]);
  });

  it('none where the members are named in the next paragraph', () => {
    expect(stated(`${ADDED}\n\nThe list includes Kestrel Cranes Ltd.`)).toEqual([]);
  });
});
