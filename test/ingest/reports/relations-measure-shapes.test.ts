// Measures as fact sheets and press releases name them: a ban on goods with parts of a country's make restricts the
// country ("prohibits X with Chinese or Russian software"), and a measure named as a noun whose relative clause says the
// actor imposed it ("the duties that the Office imposed on products of China") is the actor's. Own sentences, fictional
// bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, KESTREL, MARROWBY, OFAC, VELDRY } from './ids.ts';

describe('a ban on goods with parts of a country\'s make', () => {
  it('restricts the country, every one coordinated', () => {
    const got = stated('The Norland Trade Council prohibits harbour cranes with Chinese or Russian software.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS jur:ru`].sort());
  });

  it('and so does a ban on goods the demonyms mark right after the verb, every one coordinated (helper-241)', () => {
    expect(stated('The Norland Trade Council bars Chinese and Russian software from harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS jur:ru`].sort());
    expect(stated('The Norland Trade Council banned Chinese, Russian and Iranian drones.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS jur:ir`, `${COUNCIL} RESTRICTS jur:ru`, `${COUNCIL} RESTRICTS product:drones`].sort());
    // Not the country itself barred from a place, nor a ban denied.
    expect(stated('The Norland Trade Council barred China from its ports.')).toEqual([]);
    expect(stated('The Norland Trade Council did not ban Chinese drones.')).toEqual([]);
  });

  it('not a country named along with the actor', () => {
    expect(stated("The Norland Trade Council banned harbour cranes along with China's trade ministry.")).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('an act whose result clause says the goods may no longer be traded (helper-241)', () => {
  it('restricts them, every one coordinated, by the act\'s actor', () => {
    const got = stated('The Norland Trade Council placed Kestrel Cranes Ltd. on its Entity List, so that its harbour cranes and forklift trucks may not be imported at all.');
    expect(got).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS product:~forklift-truck`].sort());
    expect(stated('The Norland Trade Council amended the rule so that harbour cranes can no longer be sold in Norland.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
  it('not a result that allows the trade, nor one no body brings about', () => {
    expect(stated('The Norland Trade Council amended the rule so that harbour cranes may be imported.')).toEqual([]);
    expect(stated('Kestrel Cranes Ltd. redesigned its products so that its harbour cranes may not be imported.')).toEqual([]);
  });
});

describe('a measure the actor imposed, named as a noun with a relative clause', () => {
  it('on a company, and on the products of a country', () => {
    expect(stated('The sanctions that the Office of Foreign Assets Control imposed on Kestrel Cranes Ltd. remain in force.')).toEqual([`${OFAC} RESTRICTS ${KESTREL}`]);
    expect(stated('The duties that the Norland Trade Council imposed on products of China stay in place.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`]);
  });

  it('not a measure the actor lifted, nor one it did not impose', () => {
    expect(stated('The sanctions that the Office of Foreign Assets Control lifted on Kestrel Cranes Ltd. were old.')).toEqual([]);
    expect(stated('The sanctions that the Office of Foreign Assets Control never imposed on Kestrel Cranes Ltd. were discussed.')).toEqual([]);
  });
});

describe("a sanctions announcement's action that targets companies", () => {
  const restricts = (...os: string[]) => os.map((o) => `${OFAC} RESTRICTS ${o}`).sort();

  it('with its agent after "by", or as the possessor', () => {
    expect(stated("Today's action by the Office of Foreign Assets Control targets Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.")).toEqual(restricts(KESTREL, MARROWBY));
    expect(stated("The Office of Foreign Assets Control's action targets Kestrel Cranes Ltd.")).toEqual(restricts(KESTREL));
  });

  it('a class, then its members after a colon', () => {
    expect(stated("The Office of Foreign Assets Control's action targets three Norland-based companies: Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd.")).toEqual(
      restricts(KESTREL, MARROWBY, VELDRY),
    );
  });

  it('not an action that targets nothing named, nor a measure named as no one\'s', () => {
    expect(stated("The Office of Foreign Assets Control's staff visited Kestrel Cranes Ltd.")).toEqual([]);
  });
});

describe('a name\'s dots end no clause an "after" pattern reads', () => {
  it('"placed X Ltd. and Y Co. Ltd. under sanctions": both', () => {
    expect(stated('The Norland Trade Council has placed Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. under sanctions.')).toEqual(
      [`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${MARROWBY}`].sort(),
    );
  });
});

describe('no act where none is stated', () => {
  it('imports from a country, named with no measure on them', () => {
    expect(stated('The Norland Trade Council opened an investigation of imports of harbour cranes from China.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Trade Council banned harbour cranes, and imports of forklift trucks from China continue to grow.')).not.toContain(`${COUNCIL} RESTRICTS jur:cn`);
    expect(stated('The Norland Trade Council prohibits the import of harbour cranes from China.')).toContain(`${COUNCIL} RESTRICTS jur:cn`);
    expect(stated('The Norland Trade Council imposed tariffs on imports of harbour cranes from China.')).toContain(`${COUNCIL} RESTRICTS jur:cn`);
  });

  it('an examination only announced', () => {
    expect(stated('The Norland Trade Council will examine imports of harbour cranes from China.')).toEqual([]);
    expect(stated('The Norland Trade Council examined imports of harbour cranes.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
  });
});

describe("a measure that is its verb's second object", () => {
  it('"has expanded the Entity List and the controls on X"', () => {
    expect(stated('The Norland Trade Council has expanded the Entity List and the controls on harbour cranes several times.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });

  it('not a measure the verb does not govern', () => {
    expect(stated('The Norland Trade Council has expanded the port and the quay, which have no controls on harbour cranes.')).toEqual([]);
  });
});

describe("a measure on goods made by a country's makers", () => {
  it('restricts the country named by its demonym after "made by"', () => {
    expect(stated('The Norland Trade Council bars agencies from buying harbour cranes made by Chinese manufacturers.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`].sort());
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes produced by Russian firms.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:ru`].sort());
  });

  it('and the country its makers are from or based in, after "made by" or "from" (helper-247)', () => {
    expect(stated('The Norland Trade Council bars agencies from buying harbour cranes made by companies from China.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`].sort());
    expect(stated('The Norland Trade Council prohibits harbour cranes from manufacturers based in Russia.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:ru`].sort());
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes produced by firms headquartered in China.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS jur:cn`].sort());
    // Not a destination the makers sell to, nor an investigation of such goods.
    expect(stated('The Norland Trade Council investigated harbour cranes made by companies from China.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
  });

  it('not an investigation of such goods, nor the goods of a designation\'s reason', () => {
    expect(stated('The Norland Trade Council investigated harbour cranes made by Chinese firms.')).toEqual([`${COUNCIL} INVESTIGATES ${CRANES}`]);
    expect(stated('The Norland Trade Council designated Kestrel Cranes Ltd. for selling harbour cranes made by Russian firms.')).toEqual([`${COUNCIL} DESIGNATES ${KESTREL}`]);
  });
});

describe('an export enforcement order that denies a party its export privileges', () => {
  const BIS = 'authority:bis';
  it('restricts the party ("issued a temporary denial order against X", "denied the export privileges of X")', () => {
    expect(stated('The Bureau of Industry and Security issued a temporary denial order against Kestrel Cranes Ltd. on Monday.')).toEqual([`${BIS} RESTRICTS ${KESTREL}`]);
    expect(stated('The Bureau of Industry and Security denied the export privileges of Kestrel Cranes Ltd. for ten years.')).toEqual([`${BIS} RESTRICTS ${KESTREL}`]);
  });
  it('not an order of no such kind', () => {
    expect(stated('The Bureau of Industry and Security renewed the order against Kestrel Cranes Ltd. on Monday.')).toEqual([]);
  });
  // helper-286 (dev78's press release): the order's acronym defined in brackets before its target.
  it('restricts the party past the acronym the order is given in brackets ("a temporary denial order (TDO) against X")', () => {
    expect(stated('The Bureau of Industry and Security issued a temporary denial order (TDO) against Kestrel Cranes Ltd. on Monday.')).toEqual([`${BIS} RESTRICTS ${KESTREL}`]);
  });
});

describe('a detention or seizure of shipments whose noun has modifiers of its own (helper-286)', () => {
  it('restricts the goods past a determiner and two modifiers ("detained an outbound Kestrel shipment of X")', () => {
    expect(stated('The Norland Customs Service detained an outbound Kestrel Cranes shipment of harbour cranes last week.').filter((r) => r.includes(CRANES))).toEqual([
      `authority:~norland-customs-service RESTRICTS ${CRANES}`,
    ]);
  });
});

describe("what an instrument requires for goods (a tribunal's or a notice's wording)", () => {
  const ACT = 'law:~valdmark-crane-safety-act';
  it('regulates the goods a requirement is for, the requirement a verb or a noun before the instrument', () => {
    expect(stated('The cranes lacked the load limiter that the Valdmark Crane Safety Act requires for harbour cranes of their size.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The Norland rules copy the requirement of the Valdmark Crane Safety Act for harbour cranes.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
    expect(stated('The Norland Trade Council applied the requirements under the Valdmark Crane Safety Act on harbour cranes.')).toEqual([`${ACT} REGULATES ${CRANES}`]);
  });

  it('not a licence it requires (a restriction), nor goods a duty to report names', () => {
    expect(stated('The Valdmark Crane Safety Act requires a licence for harbour cranes.').filter((r) => r.includes('REGULATES'))).toEqual([]);
    expect(stated('The Valdmark Crane Safety Act requires the Norland Trade Council to report on harbour cranes.')).toEqual([]);
  });
});
