// A sentence that opens with an adverbial clause whose subject is an actor, then a main clause whose subject is a personal
// pronoun: the pronoun takes up that actor, whose act the main clause states; what the adverbial clause says (a proposal,
// a meeting) neither acts nor vetoes it. Own sentences, fictional bodies and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES } from './ids.ts';

describe('"Although X had proposed a ban, it restricted Y"', () => {
  it("the main clause's pronoun takes up the adverbial clause's subject", () => {
    expect(stated('Although the Norland Trade Council had proposed a ban, it restricted harbour cranes in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('After the Norland Trade Council met in March, it restricted harbour cranes in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Although the Norland Trade Council had proposed a ban on forklift trucks, it restricted harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not when the main clause is negated, nor when the actor is no subject of the adverbial clause', () => {
    expect(stated('Although the Norland Trade Council had proposed a ban, it did not restrict harbour cranes.')).toEqual([]);
    expect(stated('Although prices rose after the Norland Trade Council met, it restricted harbour cranes.')).toEqual([]);
  });
});
