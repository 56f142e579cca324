// Directives of orders and memoranda (issue 15): the officer named before a capacity aside acts, not the body the aside
// names; a review of what parties hold, operate, share or rely on reaches the party named in the restrictive clause; and a
// review of licences is an investigation, no regulation. Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, KESTREL, NMA } from './ids.ts';

const DOJ = 'authority:~justice-department';

describe('a capacity aside after the subject', () => {
  it('leaves the act to the officer or body before it, not to the body it names', () => {
    expect(stated('The Attorney General, as Chair of the Norland Trade Council, shall investigate Kestrel Cranes Ltd.')).toEqual([`${DOJ} INVESTIGATES ${KESTREL}`]);
    expect(stated('The Norland Maritime Administration, acting as Chair of the Norland Trade Council, shall review the harbour cranes supplied by Kestrel Cranes Ltd.')).toEqual([
      `${NMA} INVESTIGATES ${KESTREL}`,
      `${NMA} INVESTIGATES ${CRANES}`,
    ]);
  });

  it('is no aside when "as" opens a clause of its own: the subject stays the body before it', () => {
    expect(stated('The Norland Trade Council, as the Norland Maritime Administration proposed in May, shall investigate Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
  });

  it('keeps a review that only weighs whether a measure should be taken unread', () => {
    expect(stated('The Attorney General, as Chair of the Norland Trade Council, shall consider whether Kestrel Cranes Ltd. should be added to the Entity List.')).toEqual([]);
  });
});

describe('a review of what the parties of a restrictive clause operate, share or rely on', () => {
  it('investigates the supplier and the goods the clause ties the reviewed licences to', () => {
    expect(stated('The Norland Trade Council shall review the port licences held by terminal operators that operate harbour cranes supplied by Kestrel Cranes Ltd.')).toEqual([
      `${COUNCIL} INVESTIGATES ${KESTREL}`,
      `${COUNCIL} INVESTIGATES ${CRANES}`,
    ]);
    expect(stated('The Norland Trade Council shall review the concessions held by carriers that share maintenance agreements with Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
    // "rely" ends as an adverb does ("that rely on X"): a verb all the same.
    expect(stated('The Norland Trade Council shall review the port licences of terminal operators that rely on harbour cranes made by Kestrel Cranes Ltd.')).toEqual([
      `${COUNCIL} INVESTIGATES ${KESTREL}`,
      `${COUNCIL} INVESTIGATES ${CRANES}`,
    ]);
  });

  it('but not through a clause whose verb acts on its own object', () => {
    expect(stated('The Norland Trade Council shall review the port licences held by terminal operators that compete with Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Trade Council shall investigate the practices of terminal operators that subsidize harbour cranes.')).toEqual([]);
  });
});

describe('a licence word in a review', () => {
  it('makes no regulation of what the review investigates', () => {
    expect(stated('The Norland Trade Council shall review the port licenses held by Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
    expect(stated('The Norland Trade Council shall investigate the licensing of harbour cranes.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
  });

  it('while a licensing act alone still regulates', () => {
    expect(stated('The Norland Maritime Administration shall license harbour cranes made by Kestrel Cranes Ltd.')).toEqual([`${NMA} REGULATES ${KESTREL}`, `${NMA} REGULATES ${CRANES}`]);
  });
});

describe('a provider or operator after its services or systems', () => {
  it('is their conjunct, as a maker or supplier after its goods is', () => {
    expect(stated('The Norland Trade Council shall investigate the port handling services provided by Kestrel Cranes Ltd.')).toEqual([
      `${COUNCIL} INVESTIGATES ${KESTREL}`,
      'authority:~norland-trade-council INVESTIGATES technology:~port-handling-service',
    ]);
    expect(stated('The Norland Trade Council banned harbour cranes operated by Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a directive not to buy, use or contract for goods', () => {
  it('restricts the goods and their maker, as a prohibition laid on the directed parties does', () => {
    expect(stated('The Norland Trade Council shall direct agencies not to procure harbour cranes made by Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council shall issue guidance directing port operators not to renew or enter into contracts for harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('but a directive refused or one to buy restricts nothing', () => {
    expect(stated('The Norland Trade Council said it would not direct agencies not to buy harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council did not direct agencies to procure harbour cranes.')).toEqual([]);
  });
});

describe('a definite activity noun opening a directive', () => {
  it('takes up the actor whose review, investigation or inquiry the sentence before speaks of', () => {
    expect(stated('The Norland Trade Council shall review the security of the port network. The review shall examine the harbour cranes supplied by Kestrel Cranes Ltd.')).toEqual([
      `${COUNCIL} INVESTIGATES ${KESTREL}`,
      `${COUNCIL} INVESTIGATES ${CRANES}`,
      'authority:~norland-trade-council INVESTIGATES technology:~port-network',
    ]);
    expect(stated('The Norland Maritime Administration shall open an investigation into port logistics. The investigation shall examine Kestrel Cranes Ltd.')).toEqual([`${NMA} INVESTIGATES ${KESTREL}`]);
  });

  it('takes up no actor whose sentence speaks of another act, nor reads a review that only weighs whether', () => {
    expect(stated('The Norland Trade Council banned imports of forklift trucks. The review shall examine the harbour cranes supplied by Kestrel Cranes Ltd.')).toEqual([
      'authority:~norland-trade-council RESTRICTS product:~forklift-truck',
    ]);
    expect(stated('The Norland Trade Council shall review the security of the port network. The review shall consider whether Kestrel Cranes Ltd. should be added to the Entity List.')).toEqual([
      'authority:~norland-trade-council INVESTIGATES technology:~port-network',
    ]);
  });
});
