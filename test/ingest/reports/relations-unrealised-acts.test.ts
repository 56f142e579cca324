// Acts a sentence names but does not state as done or in force, each beside the like act it does state.
//
// An act only intended, expected, threatened, refused, proposed or weighed is none stated ("is expected to prohibit X",
// "has proposed restricting X", "is considering restrictions on X"), nor one denied ("denied that it had banned X"); an
// act done, or announced with "will", is.
// Own sentences, fictional bodies and companies.
//
// A measure undone or put off states no restriction in force ("lifted the ban on X", "suspended tariffs on X"), nor does
// a removal from a list; suspending a trade restricts it, and removing goods from networks restricts them. Own sentences,
// fictional bodies and companies.
//
// A body others expect, urge or call on to act states no act of it ("had expected the Council to slap tariffs on X"); a
// divestment a body orders of a company restricts the company. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL, CRANES, FORKLIFTS } from './ids.ts';

describe('an act not yet done', () => {
  it.each([
    'The Norland Trade Council is expected to prohibit harbour cranes.',
    'The Norland Trade Council plans to prohibit harbour cranes.',
    'The Norland Trade Council threatened to prohibit harbour cranes.',
    'The Norland Trade Council declined to prohibit harbour cranes.',
    'The Norland Trade Council has proposed restricting harbour cranes.',
    'The Norland Trade Council is considering restrictions on harbour cranes.',
    'The Norland Trade Council is set to add Kestrel Cranes Ltd. to its Entity List.',
    'The Norland Trade Council denied that it had banned harbour cranes.',
  ])('states nothing: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('states nothing where a proposal governs the noun phrase its actor opens, unlike the same phrase in force', () => {
    expect(stated('Last week the office proposed raising the Norland Trade Act tariff on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Act tariff on harbour cranes stays in force.').length).toBeGreaterThan(0);
  });

  it('unlike an act done, or announced with "will", whatever the clauses around it intended', () => {
    expect(stated('The Norland Trade Council will prohibit harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council, which had planned to wait, prohibited harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a measure undone', () => {
  it.each([
    'The Norland Trade Council lifted the ban on harbour cranes.',
    'The Norland Trade Council eased restrictions on harbour cranes.',
    'The Norland Trade Council delayed its ban on harbour cranes until 2027.',
    'The Norland Trade Council suspended tariffs on harbour cranes for a year.',
    'The Norland Trade Council removed Kestrel Cranes Ltd. from its Entity List.',
  ])('restricts nothing: %s', (sentence) => {
    expect(stated(sentence)).toEqual([]);
  });

  it('unlike a trade suspended or goods removed from networks', () => {
    expect(stated('The Norland Trade Council suspended imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council ordered operators to remove harbour cranes from their networks.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('an act others wish for', () => {
  it('is none of the body they expect or urge to act', () => {
    expect(stated('Several importers had expected the Norland Trade Council to slap tariffs on harbour cranes.')).toEqual([]);
    expect(stated('Port unions have urged the Norland Trade Council to ban harbour cranes.')).toEqual([]);
  });

  it('unlike an act the body does', () => {
    expect(stated('The Norland Trade Council slapped tariffs on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a divestment ordered', () => {
  it('restricts the company that must sell, past an apposition', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd., a Hong Kong-registered investor, to sell its stake in a port operator.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('restricts the company ordered to end its business in the country', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to cease operations in Norland and close its local business.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to wind up its business.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('not another act ordered of it', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to publish its accounts.')).toEqual([]);
  });
});

describe('goods ordered off the market (helper-140)', () => {
  it('restrict the company that must withdraw or recall them, and the goods', () => {
    // A legal form's stop inside the company's name stands between the order and the goods.
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd., a port supplier, to withdraw its harbour cranes from the market.')).toEqual([
      `${COUNCIL} RESTRICTS ${KESTREL}`,
      `${COUNCIL} RESTRICTS ${CRANES}`,
    ]);
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to recall its forklift trucks.')).toEqual([
      `${COUNCIL} RESTRICTS ${KESTREL}`,
      `${COUNCIL} RESTRICTS ${FORKLIFTS}`,
    ]);
  });
  it('not goods the company is ordered to do something else with', () => {
    expect(stated('The Norland Trade Council ordered Kestrel Cranes Ltd. to label its harbour cranes.')).toEqual([]);
  });
});
