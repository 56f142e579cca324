// Measures (bans, tariffs, duties, sanctions, a stopped trade) and what they restrict.
//
// Goods that face, or are subject to, a measure under an instrument or imposed by a body are restricted by it; a company
// placed under sanctions is restricted. Own sentences, fictional bodies, acts and companies.
//
// A measure named as a noun, the instrument it stands under, then what it is laid on ("tariffs imposed under section 12
// of the Act on X"): the instrument restricts X; "maintains duties ... on X" and "raised the rate on X" are the acts of
// the clause's actor. Own sentences, fictional bodies and acts.
//
// Measures as trade news reports them: a measure noun with its agent, then what it covers; sanctions announced by a body;
// goods hit with restrictions by it; a date ending one conjunct of an object list. Own sentences, fictional bodies and
// companies.
//
// Stopping a trade in goods restricts them: "adopted rules that stop new equipment authorizations for X", "told to stop
// installing X" under an instrument an opening "Under ...," names; a maker "its" names before the goods is restricted with
// them; a comma before "including" goes on with a clause's objects. Own sentences, fictional bodies, acts and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, ACT, KESTREL, CRANES, FORKLIFTS } from './ids.ts';

const TARIFF_ACT = 'law:~valdmark-tariff-act';
const BATTERIES = 'product:~lithium-ion-battery';

describe('a measure goods face', () => {
  it('is a restriction by the instrument or body, whatever the measure', () => {
    expect(stated('Forklift trucks now face an import ban under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('Harbour cranes from China are now subject to a 50 percent tariff imposed by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not one they may face', () => {
    expect(stated('Forklift trucks may soon be subject to restrictions imposed by the Norland Trade Council.')).toEqual([]);
  });
});

describe('sanctions', () => {
  it('a company placed under sanctions is restricted', () => {
    expect(stated('The Norland Trade Council placed Kestrel Cranes Ltd. under sanctions in May.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
  });
});

// relation-rules.yaml writes the measure nouns once (`classes`): every pattern that names a measure knows them all.
describe('one class of measure nouns', () => {
  it('a measure one pattern lacked is read by every pattern that names measures', () => {
    expect(stated('The Norland Trade Council announced curbs on exports of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The quotas imposed by the Norland Trade Council cover forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('Forklift trucks face limits on exports under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`]);
  });

  it('and so is a measure only weighed or undone', () => {
    expect(stated('The Norland Trade Council is considering an embargo on exports of harbour cranes to China.')).toEqual([]);
    expect(stated('The Norland Trade Council lifted the embargo on exports of harbour cranes to China.')).toEqual([]);
  });

  it('limits are a measure only on a trade, and tariffs do not restrict the country goods go into', () => {
    expect(stated('Forklift trucks are subject to speed limits under the Valdmark Crane Safety Act.')).toEqual([]);
    expect(stated('The Norland Trade Council set speed limits for forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed tariffs on harbour cranes imported into China.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('one class of verbs that ban', () => {
  it('every form of each, in every pattern that names them', () => {
    expect(stated('The Norland Trade Council forbade imports of harbour cranes made in China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes are forbidden under the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council barred imports of forklift trucks manufactured in China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
  });

  it('not a company barred from selling to a country: the company is restricted, not the country', () => {
    expect(stated('The Norland Trade Council barred Kestrel Cranes Ltd. from selling to China.')).toEqual([`${COUNCIL} RESTRICTS company:~kestrel-cranes-ltd`]);
  });
});

describe('a measure under an instrument on goods', () => {
  it('is restricted by the instrument it is maintained pursuant to and by the body that maintains it, past a class and its members', () => {
    const got = stated('The Norland Trade Council maintains duties pursuant to the Valdmark Tariff Act of 2001 on goods of Chinese origin, including harbour cranes and lithium-ion batteries, and in 2025 raised the rate on forklift trucks to 40 percent.');
    expect(got).toEqual(
      expect.arrayContaining([
        `${TARIFF_ACT} RESTRICTS ${CRANES}`,
        `${TARIFF_ACT} RESTRICTS ${BATTERIES}`,
        `${TARIFF_ACT} RESTRICTS jur:cn`,
        `${COUNCIL} RESTRICTS ${CRANES}`,
        `${COUNCIL} RESTRICTS ${BATTERIES}`,
        `${COUNCIL} RESTRICTS ${FORKLIFTS}`,
      ]),
    );
    // The rate was raised by the council; the act names no rate.
    expect(got).not.toContain(`${TARIFF_ACT} RESTRICTS ${FORKLIFTS}`);
    // "Under" the act, the council's act alone (the METHOD, evaluate.ts: an act with an agent done "under" an instrument
    // is the agent's).
    const under = stated('The Norland Trade Council maintains duties under section 12 of the Valdmark Tariff Act of 2001 on goods of Chinese origin, including harbour cranes and lithium-ion batteries.');
    expect(under).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS ${BATTERIES}`]));
    expect(under.filter((r) => r.startsWith(TARIFF_ACT))).toEqual([]);
  });

  it('as the subject of a sentence', () => {
    expect(stated('Restrictions imposed under the Valdmark Tariff Act of 2001 on harbour cranes and forklift trucks took effect in May.')).toEqual([`${TARIFF_ACT} RESTRICTS ${FORKLIFTS}`, `${TARIFF_ACT} RESTRICTS ${CRANES}`]);
  });

  it('not a noun that is no measure', () => {
    expect(stated('Reports filed under the Valdmark Tariff Act of 2001 on harbour cranes are public.')).toEqual([]);
  });
});

describe('measures in trade news', () => {
  it('a measure with its agent restricts what it covers', () => {
    expect(stated('The ban, imposed by the Norland Trade Council in May, covers harbour cranes and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Reports published by the Norland Trade Council cover harbour cranes.')).toEqual([]);
  });

  it('sanctions announced by a body, and restrictions a company is hit with by it', () => {
    expect(stated('Sanctions against Kestrel Cranes Ltd. were announced by the Norland Trade Council on Monday.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('Kestrel Cranes Ltd. was also hit with export restrictions by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a date ends one conjunct, not the list', () => {
    expect(stated('The Norland Trade Council banned harbour cranes in May and forklift trucks in June.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council banned harbour cranes in May and added forklift trucks to its list.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

// A measure laid on goods or a company by a light verb, a freeze of its assets, a verb that outlaws, limits or caps a
// trade, goods made subject to a measure: general shapes of a restriction in news and executive texts.
describe('measures laid on goods or companies', () => {
  it('a light verb with any measure noun restricts what it is laid on', () => {
    expect(stated('The Norland Trade Council imposed new controls on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council placed an embargo on forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council imposed limits on exports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not a limit or control of another kind, nor one lifted or not imposed', () => {
    expect(stated('The Norland Trade Council set speed limits on forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council placed access controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council lifted the controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council did not impose controls on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed controls on the use of force.')).toEqual([]);
  });

  it('a trade limited, capped or outlawed restricts its goods and the country it goes to or comes from', () => {
    expect(stated('The Norland Trade Council limited sales of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council capped imports of forklift trucks from China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council outlawed the sale of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes were outlawed by the Norland Trade Council in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council capped the price of forklift trucks.')).toEqual([]);
  });

  it('a company whose assets are frozen is restricted, not when they are unfrozen or another froze them', () => {
    expect(stated('The Norland Trade Council froze the assets of Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated("The Norland Trade Council froze Kestrel Cranes Ltd.'s assets in Norland.")).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    // The assets' place between them and their owner (helper-140).
    expect(stated('The Norland Trade Council froze the assets in Canada of Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council froze the funds in Germany of Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council unfroze the assets of Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Trade Council said Kestrel Cranes Ltd. had frozen the assets of a partner.')).toEqual([]);
  });

  it('a freeze in the passive, and an asset freeze as a measure', () => {
    expect(stated('Kestrel Cranes Ltd. had its assets frozen by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The assets of Kestrel Cranes Ltd. were frozen by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The assets of Kestrel Cranes Ltd. were sold by the Norland Trade Council.')).toEqual([]);
    expect(stated('The Norland Trade Council imposed an asset freeze on Kestrel Cranes Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council put Kestrel Cranes Ltd. under an asset freeze.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
  });

  it('a trade stopped names its destination as a trade limited does; a tariff suspended is undone', () => {
    expect(stated('The Norland Trade Council suspended exports of harbour cranes to China.')).toEqual([`${COUNCIL} RESTRICTS jur:cn`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council halted shipments of harbour cranes to Japan.')).toEqual([`${COUNCIL} RESTRICTS jur:jp`, `${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council suspended tariffs on harbour cranes from China.')).toEqual([]);
  });

  it('a company targeted or hit with a measure is restricted, not one targeted with a review', () => {
    expect(stated('The Norland Trade Council targeted Kestrel Cranes Ltd. with sanctions.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council slapped Kestrel Cranes Ltd. with an export ban.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Trade Council targeted Kestrel Cranes Ltd. with a review.')).toEqual([]);
  });

  it('goods made subject to a measure, or subjected to one by a body, are restricted', () => {
    expect(stated('The Norland Trade Council made harbour cranes subject to export controls.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('Harbour cranes were subjected to export controls by the Norland Trade Council.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council made harbour cranes subject to safety rules.')).toEqual([]);
  });

  it('goods subjected to a measure or a licence requirement are restricted, not to testing or requirements', () => {
    expect(stated('The Norland Trade Council subjected harbour cranes to a licence requirement.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council subjected imports of forklift trucks to a 25 percent tariff.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
    expect(stated('The Norland Trade Council subjected harbour cranes to additional testing.')).toEqual([]);
    expect(stated('The Norland Trade Council subjected harbour cranes to security requirements.')).toEqual([]);
  });
});

describe('a stopped trade', () => {
  it('restricts the goods, past a subordinate clause whose objects a class and its members name', () => {
    const got = stated('The Norland Trade Council went further in May, when it adopted rules that stop new equipment authorizations for port gear, including harbour cranes.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('under an instrument an opening phrase names, though the clause has a subject of its own', () => {
    expect(stated('Under the Valdmark Crane Safety Act, port operators must stop installing harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('restricts the maker a possessive names', () => {
    const got = stated('Under the Valdmark Crane Safety Act, Kestrel Cranes Ltd., a maker of port gear, was fined, and port operators have been told to stop installing its harbour cranes.');
    expect(got).toContain(`${ACT} RESTRICTS ${CRANES}`);
    expect(got).toContain(`${ACT} RESTRICTS ${KESTREL}`);
  });

  it('restricts the goods and their maker when a party is stopped from trading in them, in a pseudo-cleft too', () => {
    expect(stated('The Valdmark Crane Safety Act stops port operators from buying harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    expect(stated('What the Valdmark Crane Safety Act does is stop port operators from buying new Kestrel Cranes Ltd. harbour cranes.')).toContain(`${ACT} RESTRICTS ${KESTREL}`);
    // Not a party stopped from something other than a trade.
    expect(stated('The Valdmark Crane Safety Act stops port operators from complaining about harbour cranes.')).toEqual([]);
  });

  it('not an authority a possessive names, nor a stop that is no trade', () => {
    expect(stated('The Norland Trade Council told port operators to stop installing its harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council stopped reviewing harbour cranes.')).not.toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
});
