// A measure named as a noun, the instrument it stands under, then what it is laid on ("tariffs imposed under section 12
// of the Act on X"): the instrument restricts X; "maintains duties ... on X" and "raised the rate on X" are the acts of
// the clause's actor. Own sentences, fictional bodies and acts.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS } from './ids.ts';

const TARIFF_ACT = 'law:~valdmark-tariff-act';
const BATTERIES = 'product:~lithium-ion-battery';

describe('a measure under an instrument on goods', () => {
  it('is restricted by the instrument and by the body that maintains it, past a class and its members', () => {
    const got = stated('The Norland Trade Council maintains duties under section 12 of the Valdmark Tariff Act of 2001 on goods of Chinese origin, including harbour cranes and lithium-ion batteries, and in 2025 raised the rate on forklift trucks to 40 percent.');
    expect(got).toEqual(
      expect.arrayContaining([
        `${TARIFF_ACT} RESTRICTS ${CRANES}`,
        `${TARIFF_ACT} RESTRICTS ${BATTERIES}`,
        `${TARIFF_ACT} RESTRICTS jur:cn`,
        `${COUNCIL} RESTRICTS ${CRANES}`,
        `${COUNCIL} RESTRICTS ${BATTERIES}`,
        `${COUNCIL} RESTRICTS ${FORKLIFTS}`,
      ]),
    );
    // The rate was raised by the council; the act names no rate.
    expect(got).not.toContain(`${TARIFF_ACT} RESTRICTS ${FORKLIFTS}`);
  });

  it('as the subject of a sentence', () => {
    expect(stated('Restrictions imposed under the Valdmark Tariff Act of 2001 on harbour cranes and forklift trucks took effect in May.')).toEqual([`${TARIFF_ACT} RESTRICTS ${FORKLIFTS}`, `${TARIFF_ACT} RESTRICTS ${CRANES}`]);
  });

  it('not a noun that is no measure', () => {
    expect(stated('Reports filed under the Valdmark Tariff Act of 2001 on harbour cranes are public.')).toEqual([]);
  });
});
