// Two forms a veto should read (helper-405, own sentences, fictional bodies, acts and goods):
// - goods "placed on the market", "made available on the market" or "put into service" before the duty they are required
//   to meet (relation-rules.yaml requires-goods-to): the EU's wording of goods sold, as "sold in Norland" is;
// - a cue that opens the subject of a clause reported after "that" with no determiner before it ("estimates that replacing
//   X will cost ...", "said that restrictions on X would hurt ..."): the clause's subject, no act of the reporter's
//   (relation-rules.yaml topic), as "said that the duties on X stay" already is;
// - a short name defined in official wording between two conjuncts ("X (hereinafter referred to as "the Xs") and Y"): the
//   parenthesis is the first conjunct's, and the list goes on to Y (relations.ts DEFINED, read by the chain);
// - singular conjuncts each with its indefinite article ("a harbour crane or a forklift truck": chain DETERMINER).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES } from './ids.ts';

const FORKLIFTS = 'product:~forklift-truck';

describe('goods placed on the market, required to meet a duty (requires-goods-to)', () => {
  it('"requires X placed on the market to meet ...": the act regulates X', () => {
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes placed on the market to meet essential safety requirements.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes made available on the Norland market to carry a warning label.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes put into service after 2027 to be certified.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });

  it('not goods placed somewhere to stop or leave, nor removed', () => {
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes placed on the market to be removed.')).toEqual([]);
    expect(stated('The Valdmark Crane Safety Act requires harbour cranes placed on the market to stop operating.')).toEqual([]);
  });
});

describe('a cue opening the subject of a reported clause, with no determiner', () => {
  it('"estimates that replacing X will cost ...", "said that restrictions on X would ...": no act of the reporter', () => {
    expect(stated('The Norland Trade Council estimates that replacing harbour cranes will cost ports 9 million crowns.')).toEqual([]);
    expect(stated('The Norland Trade Council warned that restrictions on harbour cranes would raise prices.')).toEqual([]);
  });

  it('still reads the reporter\'s own act after "that" with its own subject, and the plain act', () => {
    expect(stated('The Norland Trade Council said that it would restrict harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council estimates that it restricted harbour cranes in 2025.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned the import of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a short name defined in official wording between two conjuncts (chain)', () => {
  it('"X (hereinafter referred to as "the Xs") and Y": both are objects', () => {
    expect(stated('The Norland Trade Council has blocked 47 harbour cranes (hereinafter referred to as "the cranes") and 11 forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned harbour cranes (hereinafter "the cranes") and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not past a parenthesis that names something else, nor one that is no definition', () => {
    expect(stated('The Norland Trade Council has blocked 47 harbour cranes (hereinafter referred to as "the ports") and later praised forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('singular conjuncts with their indefinite articles (chain DETERMINER)', () => {
  it('"a X or a Y": both are objects', () => {
    expect(stated('The Valdmark Crane Safety Act prohibits port authorities from buying a harbour crane or a forklift truck.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`, `${ACT} RESTRICTS ${CRANES}`]);
  });

  it('not an apposition after a comma, nor an article opening a clause of its own', () => {
    expect(stated('The Valdmark Crane Safety Act bans harbour cranes, a forklift truck maker said.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act bans a harbour crane and a week later forklift trucks were praised.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });
});
