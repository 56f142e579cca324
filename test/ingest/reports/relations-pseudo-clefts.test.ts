// A pseudo-cleft focuses the act its actor did ("What the Council did was add X to the list": the act), but one of wanting or
// intending focuses a wish, no act ("What the Council wants is to ban X"; relation-rules.yaml proposal INTENDED_CLEFT). Own
// sentences, fictional bodies and companies (helper-390, issue 15).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, CRANES } from './ids.ts';

describe('a pseudo-cleft', () => {
  const KESTREL = 'company:~kestrel-cranes-ltd';
  it('of the act done states it', () => {
    expect(stated('What the Bureau of Industry and Security did was add Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
    expect(stated('The first thing the Norland Trade Council did was restrict imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
  it('of a wish or an intention states none', () => {
    expect(stated('What the Norland Trade Council wants is to ban harbour cranes.')).toEqual([]);
    expect(stated('What the Bureau of Industry and Security hoped to do was add Kestrel Cranes Ltd. to the Entity List.')).toEqual([]);
    expect(stated('What the Norland Trade Council intended was a ban on harbour cranes.')).toEqual([]);
  });
});
