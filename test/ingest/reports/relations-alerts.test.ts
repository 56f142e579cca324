// Relations in the constructions of law-firm client alerts and institutions' press releases: an instrument or agency that
// adds companies to a list, designates them, or bans products (own sentences, fictional companies, products and acts;
// real bodies and lists by their public names only).
//
// Constructions of client alerts and press releases: a licence review policy of denial restricts (a review policy is no
// review, nor a licence a regulation); a duty an opening "Under ...," instrument lays on makers regulates their goods;
// proceedings against a company investigate it. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, OFAC, COUNCIL, ACT, KESTREL, MARROWBY, VELDRY, CRANES } from './ids.ts';

const both = (actor: string, type: string): string[] => [`${actor} ${type} ${MARROWBY}`, `${actor} ${type} ${VELDRY}`];

describe('relations in client alerts and press releases', () => {
  it('reads additions to a list by an agency, its rule, or the instrument it was done under', () => {
    expect(stated("The Bureau of Industry and Security's final rule adds Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. to the Entity List.")).toEqual(both(BIS, 'ADDS_TO_LIST'));
    expect(stated('The Valdmark Crane Safety Act took effect in May. Under the act, Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. were added to the Entity List.')).toEqual(both(ACT, 'ADDS_TO_LIST'));
    expect(stated('The Bureau of Industry and Security added 12 entities to the Entity List, including Marrowby Cable Co., Ltd. and Veldry Trawl Ltd.')).toEqual(both(BIS, 'ADDS_TO_LIST'));
    expect(stated('Late on Monday the Bureau of Industry and Security had put nine shippers on the Entity List, including Marrowby Cable Co., Ltd. and Veldry Trawl Ltd.')).toEqual(both(BIS, 'ADDS_TO_LIST'));
    expect(stated('The Bureau of Industry and Security announced the addition of Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. to the Entity List.')).toEqual(both(BIS, 'ADDS_TO_LIST'));
    // A proposed addition is none yet.
    expect(stated('The Bureau of Industry and Security proposed the addition of Marrowby Cable Co., Ltd. to the Entity List.')).toEqual([]);
    // Someone's saying that another was added makes neither an object of the act.
    expect(stated('The Valdmark Crane Safety Act took effect in May. Under the act, Marrowby Cable Co., Ltd. said that Veldry Trawl Ltd. was added to the Entity List.')).toEqual([]);
  });
  it("reads a list entry named as a noun, with its object as the possessor", () => {
    expect(stated("Marrowby Cable Co., Ltd.'s addition to the Entity List by the Bureau of Industry and Security took effect on Friday.")).toEqual([`${BIS} ADDS_TO_LIST ${MARROWBY}`]);
  });
  it('reads designations by an agency: the verb, its passive with an agent, and the noun', () => {
    // Done pursuant to an order, the designation is the order's too (the convention of dev13, dev15 and dev20).
    expect(stated('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. pursuant to E.O. 14024.')).toEqual([...both('law:~executive-order-14024', 'DESIGNATES'), ...both(OFAC, 'DESIGNATES')].sort());
    expect(stated('Marrowby Cable Co., Ltd. was designated on Tuesday by the Office of Foreign Assets Control.')).toEqual([`${OFAC} DESIGNATES ${MARROWBY}`]);
    expect(stated('The designations of Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. by the Office of Foreign Assets Control follow earlier actions against their suppliers.')).toEqual(both(OFAC, 'DESIGNATES'));
    expect(stated("Marrowby Cable Co., Ltd.'s designation on Tuesday by the Office of Foreign Assets Control surprised its customers.")).toEqual([`${OFAC} DESIGNATES ${MARROWBY}`]);
    expect(stated('The Office of Foreign Assets Control today designated 20 entities, among them Veldry Trawl Ltd.')).toEqual([`${OFAC} DESIGNATES ${VELDRY}`]);
    // An apposition after a conjunct leaves the list whole, and what it names is no object.
    expect(stated('The Office of Foreign Assets Control has designated Marrowby Cable Co., Ltd., a Norland-based maker of harbour cranes, and Veldry Trawl Ltd.')).toEqual(both(OFAC, 'DESIGNATES'));
    expect(stated('The Office of Foreign Assets Control announced the designation of Marrowby Cable Co., Ltd.')).toEqual([`${OFAC} DESIGNATES ${MARROWBY}`]);
    expect(stated('Pursuant to E.O. 14024, Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. were designated on Tuesday.')).toEqual(both('law:~executive-order-14024', 'DESIGNATES'));
    // A designation not made, or only possibly reviewed, is none.
    expect(stated('The Office of Foreign Assets Control did not designate Veldry Trawl Ltd.')).toEqual([]);
    expect(stated('The designations of Marrowby Cable Co., Ltd. could be reviewed by the Office of Foreign Assets Control.')).toEqual([]);
    expect(stated('The Office of Foreign Assets Control did not announce the designation of Marrowby Cable Co., Ltd.')).toEqual([]);
  });
  it('reads bans and prohibitions of an instrument, by its verb or its noun', () => {
    expect(stated('The Valdmark Crane Safety Act bans the placing on the market of harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act prohibits the import of harbour cranes from China.')).toEqual([`${ACT} RESTRICTS jur:cn`, `${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Valdmark Crane Safety Act prohibits transactions involving Marrowby Cable Co., Ltd.')).toEqual([`${ACT} RESTRICTS ${MARROWBY}`]);
    expect(stated("The Valdmark Crane Safety Act's ban on harbour cranes takes effect in June.")).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Office of Foreign Assets Control also sanctioned Veldry Trawl Ltd. for supplying harbour cranes.')).toEqual([`${OFAC} RESTRICTS ${VELDRY}`]);
  });
});

describe('alert and press release constructions', () => {
  it('a licence review policy of denial restricts, and reviews nothing', () => {
    expect(stated('The Norland Trade Council also revised the license review policy for Kestrel Cranes Ltd. to a presumption of denial.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a duty on the makers of goods under an instrument regulates the goods', () => {
    expect(stated('Under the Valdmark Crane Safety Act, manufacturers of harbour cranes will have to report vulnerabilities.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('Under the Valdmark Crane Safety Act, manufacturers of harbour cranes praised the new port.')).toEqual([]);
  });

  it('proceedings against a company investigate it', () => {
    expect(stated('The Norland Trade Council has launched proceedings against Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} INVESTIGATES ${KESTREL}`]);
  });
});

// A right given to those who own, buy or use a thing regulates the thing, as a duty laid on its makers does. Own
// sentences on the fictional Valdmark Crane Safety Act.
describe('a right given to the owners, buyers or users of a thing', () => {
  it('regulates the thing', () => {
    expect(stated('The Valdmark Crane Safety Act gives buyers of smart meters the right to a refund.')).toEqual([`${ACT} REGULATES product:smart-meters`]);
    expect(stated('The Valdmark Crane Safety Act grants owners of connected products the right to access their data.').filter((r) => r.startsWith(`${ACT} REGULATES`))).toHaveLength(1);
  });
  it('not a deadline or anything but a right', () => {
    expect(stated('The Valdmark Crane Safety Act gives buyers of smart meters until May to register them.')).toEqual([]);
  });
});
