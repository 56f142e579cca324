// Relations that the name runs used to lose (helper-396): a body's name before a comma and a company's name with its legal
// form read as one Authority, and a thing after a pseudo-cleft's "did was" that took the verb in its name. Own sentences,
// fictional companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, COUNCIL, CRANES } from './ids.ts';

describe('relations past names fixed in the name runs', () => {
  it('a body named right before the comma of an opening adds the companies after it', () => {
    expect(stated('According to a notice published by the Bureau of Industry and Security, Kestrel Cranes Ltd. and Orvik Hoists Inc. were placed on the Entity List.')).toEqual([
      `${BIS} ADDS_TO_LIST company:~kestrel-cranes-ltd`,
      `${BIS} ADDS_TO_LIST company:~orvik-hoists-inc`,
    ]);
  });
  it('a pseudo-cleft\'s bare verb bans the thing after it', () => {
    expect(stated('What the Norland Trade Council did was ban harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
