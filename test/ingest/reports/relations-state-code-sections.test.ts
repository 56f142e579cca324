// A state statute's section as an actor (relation-rules.yaml defines-class-of-states, restriction-noun-in, limits-goods):
// a section that defines a class of states by its members designates each; a restriction "in" an instrument named right
// after its object is the instrument's; limiting goods restricts them. Own sentences, fictional statutes and bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

describe('a section that defines a class of states by its members', () => {
  it('designates each member, a regime\'s state too', () => {
    const got = stated('Section 45.67, F.S., defines a "hostile nation" as the Russian Federation, the Republic of Cuba, the Venezuelan regime of Nicolas Maduro, or the Syrian Arab Republic, including any agency of such country.');
    expect(got).toEqual(
      expect.arrayContaining(['law:~s-45-67-fs DESIGNATES jur:ru', 'law:~s-45-67-fs DESIGNATES jur:cu', 'law:~s-45-67-fs DESIGNATES jur:ve', 'law:~s-45-67-fs DESIGNATES jur:sy']),
    );
  });
  it('by "the term ... to mean"', () => {
    expect(stated('The Harbour Safety Act defines the term "foreign adversary" to mean the Islamic Republic of Iran and the Republic of Cuba.')).toEqual(
      expect.arrayContaining(['law:~harbour-safety-act DESIGNATES jur:ir', 'law:~harbour-safety-act DESIGNATES jur:cu']),
    );
  });
  it('but a definition of a class of goods or people designates no country', () => {
    expect(stated('The Harbour Safety Act defines a "covered drone" as a drone made in the Republic of Cuba.').filter((r) => r.includes('DESIGNATES'))).toEqual([]);
  });
});

describe('a restriction in an instrument named after its object', () => {
  it('is the instrument\'s', () => {
    expect(stated('The bill widens the existing restriction on drones in s. 12.34, F.S., to cover routers.')).toContain('law:~s-12-34-fs RESTRICTS product:drones');
  });
  it('but a place after "in" restricts nothing', () => {
    expect(stated('The ban on drones in the Republic of Cuba ended.').filter((r) => r.includes('RESTRICTS'))).toEqual([]);
  });
});

describe('limiting goods', () => {
  it('restricts them, the body\'s act, not the statute it amends', () => {
    const got = stated('In 2021 the Harbour Safety Authority amended s. 12.34, F.S., to limit the drones that a port may buy or use.');
    expect(got).toContain('authority:~harbour-safety-authority RESTRICTS product:drones');
    expect(got).not.toContain('law:~s-12-34-fs RESTRICTS product:drones');
  });
  it('but not limiting harm from them or a property of theirs', () => {
    expect(stated('The Harbour Safety Authority wants to limit the damage from drones. It limits drones\' range.').filter((r) => r.includes('RESTRICTS'))).toEqual([]);
  });
});
