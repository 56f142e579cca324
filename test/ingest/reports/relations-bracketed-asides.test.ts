// A name in round brackets closed before the cue is an aside (relations.ts ownCue): neither the cue's actor nor another
// actor in the way of the one before the brackets. Own sentences, fictional bodies, acts and dockets.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES, KESTREL, NMA } from './ids.ts';

describe('a name in brackets before the cue', () => {
  it('is no actor in the way of the one before the brackets', () => {
    expect(stated('The Valdmark Crane Safety Act, in force since 2024 (see Norland Maritime Administration guidance), bans imports of harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council, in a notice of 3 May (with the Norland Maritime Administration), banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('is no actor of its own: a docket cited beside an act is the act\'s record', () => {
    expect(stated('The Valdmark Crane Safety Act, as amended in 2025 (docket NTC-2025-0012), bans imports of harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('but a bracket still open at the cue holds its own clause', () => {
    expect(stated('The Valdmark Crane Safety Act was amended in 2025 (the Norland Maritime Administration banned imports of harbour cranes).')).toEqual([`${NMA} RESTRICTS ${CRANES}`]);
  });
});

describe('a prior order cited in the subject with its title in brackets', () => {
  // An executive order's way of citing the order that set a body up: "X, established by Executive Order N of <date>
  // (<title>), shall ...". The title often names the body; the order it names is cited in an aside, no actor.
  it('leaves the act to the body the subject names, not to the order its title names', () => {
    expect(stated('The Norland Trade Council, established by Executive Order 14999 of March 3, 2021 (Establishing the Norland Trade Council), shall investigate Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
    expect(stated('The Norland Maritime Administration, created under Executive Order 14888 of June 2, 2022 (Creating the Norland Maritime Administration), shall prohibit imports of harbour cranes.')).toEqual([`${NMA} RESTRICTS ${CRANES}`]);
  });
});
