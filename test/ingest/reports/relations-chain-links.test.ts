// Conjuncts a measure's object list reaches (relation-rules.yaml `chain`) and a provision as a clause's subject
// (clauses.ts `provisions`): a conjunct that repeats the trade of the one before reaches past that one's prepositional
// phrase, a thing's "with" or "whose" names what it carries, and "section 12 of the Act" opens a clause of the Act's.
// Own sentences, fictional bodies and instruments.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';

describe('the object list of a measure', () => {
  it('reaches a conjunct that repeats the trade, past the prepositional phrase of the one before', () => {
    const made = relations('The Norland Trade Council prohibits the import of harbour cranes with a sufficient nexus to China and the sale of connected vehicles.');
    expect(made).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS product:~harbour-crane`, `${COUNCIL} RESTRICTS product:connected-vehicles`]));
  });
  it('reaches what a thing carries, after "with" or "whose"', () => {
    expect(relations('The Norland Trade Council banned connected vehicles with automated driving system software.')).toContain(`${COUNCIL} RESTRICTS technology:~automated-driving-system-software`);
    expect(relations('The Norland Trade Council banned connected vehicles whose lidar sensors were supplied by companies in China.')).toContain(`${COUNCIL} RESTRICTS product:~lidar-sensor`);
  });
  it('reaches what a thing carries, after "containing" (helper-279)', () => {
    expect(relations('The Norland Trade Council banned the sale of connected vehicles containing automated driving system software.')).toContain(`${COUNCIL} RESTRICTS technology:~automated-driving-system-software`);
    expect(relations('The Norland Trade Council prohibits the import of harbour cranes containing cellular modules.')).toContain(`${COUNCIL} RESTRICTS product:iot-modules`);
  });
  it('reaches no company past a comma and a clause opened by "but" (its verb in -s is no plural; helper-237)', () => {
    const made = relations('The Norland Trade Council requires a license for exports to Kestrel Cranes Ltd., but nothing stops Bluefin Marine Systems LLC from flying drones.');
    expect(made).toContain(`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`);
    expect(made).not.toContain(`${COUNCIL} RESTRICTS company:~bluefin-marine-systems-llc`);
  });
  it('reaches past a conjunct\'s size before the comma (helper-241)', () => {
    expect(relations('The Norland Trade Council requires a licence for imports of harbour cranes above 40 tonnes, forklift trucks and reach stackers.').sort()).toEqual(
      [`${COUNCIL} RESTRICTS product:~forklift-truck`, `${COUNCIL} RESTRICTS product:~harbour-crane`, `${COUNCIL} RESTRICTS product:~reach-stacker`],
    );
    expect(relations('The Norland Trade Council banned harbour cranes over 3.5 metres, forklift trucks and reach stackers.')).toContain(`${COUNCIL} RESTRICTS product:~reach-stacker`);
  });
  it('reaches a conjunct after a quantifier and two coordinated modifiers (helper-358)', () => {
    const licensed = relations('The Norland Trade Council has brought harbour cranes under licence: forklift trucks from June 2031, and several light and heavy telematics units in July 2031.');
    expect(licensed).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS product:~forklift-truck`, `${COUNCIL} RESTRICTS product:~telematics-unit`]));
    expect(relations('The Norland Trade Council banned harbour cranes and a number of telematics units.')).toContain(`${COUNCIL} RESTRICTS product:~telematics-unit`);
    // A plural before "and" is a conjunct of its own, no modifier of the name after it: no reach across a clause.
    expect(relations('The Norland Trade Council banned harbour cranes and critics said telematics units were next.')).not.toContain(`${COUNCIL} RESTRICTS product:~telematics-unit`);
  });
  it("reaches a company after its trade as a title (helper-358)", () => {
    const listed = relations('The Norland Trade Council blacklisted crane maker Kestrel Cranes Ltd. and drone supplier Bluefin Marine Systems LLC.');
    expect(listed).toEqual(expect.arrayContaining([`${COUNCIL} ADDS_TO_LIST company:~kestrel-cranes-ltd`, `${COUNCIL} ADDS_TO_LIST company:~bluefin-marine-systems-llc`]));
  });
  it('reaches no object past a prepositional phrase without a repeated trade', () => {
    expect(relations('The Norland Trade Council prohibits the import of harbour cranes with a sufficient nexus to China and connected vehicles.')).not.toContain(`${COUNCIL} RESTRICTS product:connected-vehicles`);
  });
});

describe('a provision of an instrument as the subject of a coordinated clause', () => {
  it("is the instrument's clause: the act is the instrument's, not the subject's of the clause before", () => {
    const made = relations('The Norland Ports Act restricts harbour cranes, and section 12 of the Valdmark Energy Act requires an investigation of Kestrel Cranes Ltd.');
    expect(made).toContain('law:~valdmark-energy-act INVESTIGATES company:~kestrel-cranes-ltd');
    expect(made).not.toContain('law:~norland-ports-act INVESTIGATES company:~kestrel-cranes-ltd');
  });
});

describe("a restriction of goods and their maker after them (the restricts rule's maker link)", () => {
  it('reaches the companies whose goods it restricts', () => {
    const made = relations('The Norland Trade Council stopped new authorizations for the video surveillance cameras of Kestrel Cranes Ltd. and Ostrava Lifts Ltd.');
    expect(made).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS product:ip-cameras`, `${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`, `${COUNCIL} RESTRICTS company:~ostrava-lifts-ltd`]));
  });
  it('adds the goods to a list, not their maker', () => {
    expect(relations('The Norland Trade Council added the video surveillance cameras of Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${COUNCIL} ADDS_TO_LIST product:ip-cameras`]);
  });
});

describe('the country of suppliers with a nexus to it', () => {
  it('is restricted by a ban on their goods, however long the list of goods before it', () => {
    const made = relations('The Norland Ports Act prohibits the import of harbour cranes and the sale of lidar sensors with control software designed, developed or supplied by persons with a sufficient nexus to China or Russia.');
    expect(made).toEqual(expect.arrayContaining(['law:~norland-ports-act RESTRICTS jur:cn', 'law:~norland-ports-act RESTRICTS jur:ru']));
  });
});

describe('a refusal to authorize, approve, certify or license', () => {
  it('restricts what it refuses to permit', () => {
    expect(relations('Since May the Norland Trade Council has refused to authorize new models of equipment produced by Kestrel Cranes Ltd. and Ostrava Lifts Ltd.')).toEqual([
      `${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`,
      `${COUNCIL} RESTRICTS company:~ostrava-lifts-ltd`,
    ]);
    expect(relations('The Norland Trade Council declined to approve harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
  });
  it('a refusal to restrict is still no restriction', () => {
    expect(relations('The Norland Trade Council refused to ban harbour cranes.')).toEqual([]);
  });
});

describe('a duty set for a company', () => {
  it('restricts the company, as a duty imposed on it does', () => {
    expect(relations('The Norland Trade Council set the lowest individual duty, 12.5%, for Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
  });
  it('"sets out the duties of" names no duty', () => {
    expect(relations('The Norland Ports Act sets out the duties of importers of harbour cranes.')).toEqual([]);
  });
});

describe('goods named with their purpose before their maker', () => {
  const KESTREL = 'company:~kestrel-cranes-ltd';
  it('reach the maker after the purpose, a thing or words ("battery packs for drones from X")', () => {
    expect(relations('The Norland Trade Council detained 41 shipments of battery packs for drones from Kestrel Cranes Ltd. since May.').sort()).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS product:~battery-pack`].sort());
    expect(relations('The Norland Trade Council detained shipments of harbour cranes for river ports from Kestrel Cranes Ltd.').sort()).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS product:~harbour-crane`].sort());
  });
  it('leave the goods of the purpose unrestricted', () => {
    expect(relations('The Norland Trade Council banned harbour cranes for drones.')).toEqual([`${COUNCIL} RESTRICTS product:~harbour-crane`]);
  });
});

describe('members of a counted class with an apposition between them', () => {
  const BIS = 'authority:bis';
  it('reaches the member after the apposition of the one before ("among them A, a maker of X, and B")', () => {
    const made = relations('The Bureau of Industry and Security added nine entities to the Entity List, among them Kestrel Cranes Ltd., a maker of harbour cranes, and Marrowby Cable Co. Ltd.');
    expect(made.sort()).toEqual([`${BIS} ADDS_TO_LIST company:~kestrel-cranes-ltd`, `${BIS} ADDS_TO_LIST company:~marrowby-cable-co-ltd`].sort());
  });
  it('not the goods inside the apposition', () => {
    const made = relations('The Bureau of Industry and Security added nine entities to the Entity List, among them Kestrel Cranes Ltd., a maker of harbour cranes and forklift trucks, and Marrowby Cable Co. Ltd.');
    expect(made.sort()).toEqual([`${BIS} ADDS_TO_LIST company:~kestrel-cranes-ltd`, `${BIS} ADDS_TO_LIST company:~marrowby-cable-co-ltd`].sort());
  });
});

describe('named members after a counted class of companies in the list ("and two of its suppliers in X, A and B")', () => {
  const OFAC = 'authority:~office-of-foreign-assets-control';
  it('are reached, with the class\'s seat or without', () => {
    const made = relations('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. and two of its suppliers in Kyrgyzstan, Marrowby Cable Co. Ltd. and Veldry Trawl Ltd.');
    expect(made.sort()).toEqual(['company:~kestrel-cranes-ltd', 'company:~marrowby-cable-co-ltd', 'company:~veldry-trawl-ltd'].map((c) => `${OFAC} DESIGNATES ${c}`).sort());
    expect(relations('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. and two of its suppliers, Marrowby Cable Co. Ltd. and Veldry Trawl Ltd.')).toHaveLength(3);
  });
  it('not goods in a clause after the class', () => {
    expect(relations('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. and two of its suppliers, which ship harbour cranes.')).toEqual([`${OFAC} DESIGNATES company:~kestrel-cranes-ltd`]);
  });
});
