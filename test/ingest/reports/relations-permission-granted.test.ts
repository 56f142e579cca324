// A power an instrument or body gives another party ("allows a Member State to prohibit X", "permits port operators to
// restrict X", "enables the regions to ban X") states no act of the giver: the act is the other party's, and only allowed
// (dev86: the Export Control Law "allows the country to restrict exports" states none; dev88: a grant of power states
// none). And the persons a prohibition binds, named by their state's demonym ("bars U.S. persons from ..."), are its
// bearers, not a country restricted. Own sentences, fictional bodies (relation-rules.yaml `requesting`,
// bans-demonym-goods); helper-387.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

const ACT = 'law:~valdmark-crane-safety-act';

describe('a permission given to another party', () => {
  it.each([
    'The Valdmark Crane Safety Act, which allows a port authority to prohibit harbour cranes, entered into force in May.',
    'The Valdmark Crane Safety Act allows each province to prohibit or restrict harbour cranes.',
    'The Valdmark Crane Safety Act permits port operators to ban harbour cranes.',
    'The Valdmark Crane Safety Act enables the regions to impose a licence requirement on harbour cranes.',
  ])('is no act of the giver: %s', (sentence) => {
    expect(stated(sentence).filter((r) => r.startsWith(ACT))).toEqual([]);
  });

  it('unlike the giver acting itself', () => {
    expect(stated('The Valdmark Crane Safety Act prohibits harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act allows port inspections and prohibits harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });
});

describe('the persons a prohibition binds, by their state\'s demonym', () => {
  it('are no country restricted', () => {
    expect(stated('The Valdmark Crane Safety Act bars U.S. persons from covered transactions involving harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act prohibits Chinese persons from certain investments in harbour cranes.').filter((r) => r.includes('jur:'))).toEqual([]);
    expect(stated('The Valdmark Crane Safety Act bars U.S. persons from covered transactions.')).toEqual([]);
  });
  it('unlike goods the demonym marks', () => {
    expect(stated('The Valdmark Crane Safety Act bans Chinese harbour cranes.')).toContain(`${ACT} RESTRICTS jur:cn`);
  });
});
