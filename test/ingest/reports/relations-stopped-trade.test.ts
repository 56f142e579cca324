// Stopping a trade in goods restricts them: "adopted rules that stop new equipment authorizations for X", "told to stop
// installing X" under an instrument an opening "Under ...," names; a maker "its" names before the goods is restricted with
// them; a comma before "including" goes on with a clause's objects. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, ACT, KESTREL, CRANES } from './ids.ts';

describe('a stopped trade', () => {
  it('restricts the goods, past a subordinate clause whose objects a class and its members name', () => {
    const got = stated('The Norland Trade Council went further in May, when it adopted rules that stop new equipment authorizations for port gear, including harbour cranes.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('under an instrument an opening phrase names, though the clause has a subject of its own', () => {
    expect(stated('Under the Valdmark Crane Safety Act, port operators must stop installing harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('restricts the maker a possessive names', () => {
    const got = stated('Under the Valdmark Crane Safety Act, Kestrel Cranes Ltd., a maker of port gear, was fined, and port operators have been told to stop installing its harbour cranes.');
    expect(got).toContain(`${ACT} RESTRICTS ${CRANES}`);
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
  });

  it('not an authority a possessive names, nor a stop that is no trade', () => {
    expect(stated('The Norland Trade Council told port operators to stop installing its harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council stopped reviewing harbour cranes.')).not.toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
});
