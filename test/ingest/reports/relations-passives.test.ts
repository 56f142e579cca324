// Who acts where a sentence does not say it in its subject: a passive done under an instrument (passives.ts), a relative
// clause of an apposition's noun, a report's "the bureau" for the bureau it named last (body-nouns.ts), a body named by
// its clipped short name ("Ofcom"), and who does not: the owner of "its failure to ..."; a country a prohibition names by
// the ties of the goods ("linked to China"). Own sentences,
// fictional companies, products and acts; real bodies and lists by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, FCC, OFAC, ACT, MARROWBY, VELDRY, CRANES } from './ids.ts';

describe('a passive done under an instrument', () => {
  it('is the act of the instrument named after its verb', () => {
    expect(stated('Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. were added to the Entity List under the Valdmark Crane Safety Act in 2024.')).toEqual([`${ACT} ADDS_TO_LIST ${MARROWBY}`, `${ACT} ADDS_TO_LIST ${VELDRY}`]);
    // "it": the list the text named before.
    expect(stated('Few suppliers are on the Entity List. Veldry Trawl Ltd. was added to it under the Valdmark Crane Safety Act in May.')).toEqual([`${ACT} ADDS_TO_LIST ${VELDRY}`]);
    expect(stated('Veldry Trawl Ltd. has been designated under the Valdmark Crane Safety Act.')).toEqual([`${ACT} DESIGNATES ${VELDRY}`]);
  });
  it('is the act of the instrument an opening "Under" names, past an apposition', () => {
    expect(stated('Under the Valdmark Crane Safety Act, Veldry Trawl Ltd., a maker of harbour cranes, has been made subject to a designation notice.')).toEqual([`${ACT} DESIGNATES ${VELDRY}`]);
    expect(stated('Under the Valdmark Crane Safety Act, harbour cranes may not be imported or sold.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    // A country is restricted as the goods' origin.
    expect(stated('Under the Valdmark Crane Safety Act, harbour cranes from China may not be imported.')).toEqual([`${ACT} RESTRICTS jur:cn`, `${ACT} RESTRICTS ${CRANES}`]);
  });
  it('states nothing negated, supposed or done by an agent the sentence names', () => {
    expect(stated('Marrowby Cable Co., Ltd. was not added to the Entity List under the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('Marrowby Cable Co., Ltd. may be added to the Entity List under the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('If Marrowby Cable Co., Ltd. is added to the Entity List under the Valdmark Crane Safety Act, its buyers will need a license.')).toEqual([]);
    expect(stated('Under the Valdmark Crane Safety Act, harbour cranes may be imported.')).toEqual([]);
    // The agent acts, not the instrument.
    expect(stated('Marrowby Cable Co., Ltd. was added to the Entity List under the Valdmark Crane Safety Act by the Bureau of Industry and Security.')).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
  });
});

describe('a relative clause of an apposition', () => {
  it('takes the name the apposition stands beside as its object', () => {
    expect(stated('The Office of Foreign Assets Control designated Veldry Trawl Ltd., a Norland company that the Bureau of Industry and Security had added to the Entity List in May.')).toEqual([
      `${BIS} ADDS_TO_LIST ${VELDRY}`,
      `${OFAC} DESIGNATES ${VELDRY}`,
    ]);
  });
});

describe('"the bureau" in a report that names more than one', () => {
  it('takes up the last body named with that head, as an actor', () => {
    const text = [
      'The Bureau of Industry and Security blacklisted no one in May.',
      'In June the bureau put Marrowby Cable Co., Ltd. on the Entity List.',
      "The Federal Communications Commission's Enforcement Bureau fined a reseller.",
    ].join(' ');
    expect(stated(text)).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
    // "the agency" takes up a commission, not a department named after it; a possessive "the bureau's" names the parent of
    // a body, no actor.
    expect(stated('The Federal Communications Commission met in May. The Department of Commerce met too. In June the agency added Veldry Trawl Ltd. to the Covered List.')).toEqual([`${FCC} ADDS_TO_LIST ${VELDRY}`]);
    expect(stated("The Bureau of Industry and Security met in May. The Enforcement Bureau met too. The bureau's staff added Veldry Trawl Ltd. to the Entity List.")).toEqual([]);
  });
});

describe('a body named by its clipped short name, and an infinitive a possessive owns', () => {
  it("reads the body's short name as the actor, and no act of the owner of 'its failure to' as the actor's", () => {
    const text = [
      'The Office of Communications (Ofcom) monitors providers.',
      'Ofcom has opened an investigation into Marrowby Cable Co., Ltd., a regional operator, over its failure to remove Veldry Trawl Ltd. equipment.',
    ].join(' ');
    expect(stated(text)).toEqual(['authority:~office-of-communications INVESTIGATES company:~marrowby-cable-co-ltd']);
    // The actor's own "its decision to ban X" stays its act.
    expect(stated('The Federal Communications Commission announced its decision to ban Veldry Trawl Ltd.')).toEqual([`${FCC} RESTRICTS ${VELDRY}`]);
  });
});

describe('a country whose goods a prohibition names by their ties', () => {
  it('restricts the country the goods are linked or tied to', () => {
    expect(stated('The Valdmark Crane Safety Act bars harbour cranes linked to China or Russia.')).toEqual([`${ACT} RESTRICTS jur:cn`, `${ACT} RESTRICTS jur:ru`, `${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act prohibits the import and sale of harbour cranes that contain control software designed, developed, manufactured or supplied by entities tied to China.')).toEqual([`${ACT} RESTRICTS jur:cn`, `${ACT} RESTRICTS ${CRANES}`]);
    // A tie named without a prohibition restricts nothing: the act's "covers" regulates the goods (a4309f5), no country.
    expect(stated('The Valdmark Crane Safety Act covers harbour cranes linked to China.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });
});
