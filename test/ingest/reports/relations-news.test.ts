// Relations in the constructions of news reports: attribution, reported speech, what investigators or officials said
// (own sentences, fictional bodies and products).
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';
import { ACT, CRANES, FORKLIFTS, KESTREL, NMA } from './ids.ts';

describe('relations in news reports', () => {
  it('reads no investigation in what investigators, inspectors or examiners are said to have found', () => {
    expect(stated('The Norland Maritime Administration acted in May, after investigators said its harbour cranes had been found abroad.')).toEqual([]);
    expect(stated('The Norland Maritime Administration acted after inspectors found harbour cranes in the port.')).toEqual([]);
    expect(stated('The Norland Maritime Administration acted after examiners saw harbour cranes in the port.')).toEqual([]);
    // The verb and the act's noun still are investigations.
    expect(stated('The Norland Maritime Administration opened an investigation into harbour cranes in May.')).toEqual([`${NMA} INVESTIGATES product:~harbour-crane`]);
    expect(stated('The Norland Maritime Administration opened an inspection of harbour cranes in May.')).toEqual([`${NMA} INVESTIGATES product:~harbour-crane`]);
  });
  it('reads an opening "Under that act," as the act\'s measure not where the sentence names an actor', () => {
    const act = 'The Valdmark Crane Safety Act took effect in May.';
    expect(stated(`${act} Under that act, shipyards may not buy or operate harbour cranes made abroad.`)).toEqual(['law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane']);
    // An actor the sentence names acts; the act is only the authority it acts under.
    expect(stated(`${act} Under that act, the Norland Maritime Administration restricted harbour cranes made abroad.`)).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
    // A permission restricts nothing.
    expect(stated(`${act} Under that act, shipyards may buy harbour cranes made abroad.`)).toEqual([]);
  });
  it('reads an investigation "into whether" as investigating what the question names', () => {
    expect(stated('The Norland Maritime Administration opened an investigation last year under the Valdmark Crane Safety Act into whether imports of harbour cranes threaten port security.')).toEqual([`${NMA} INVESTIGATES product:~harbour-crane`]);
    // Whether the act is done stays open elsewhere: "could decide whether to" restricts nothing.
    expect(stated('The Norland Maritime Administration could decide next year whether to restrict harbour cranes.')).toEqual([]);
  });
  it('reads the subjects of a passive past their appositions and relative clauses, and not what those name', () => {
    const both = 'Marrowby Cable Co., Ltd., a Norland-based maker of harbour cranes, and Veldry Trawl Ltd., which sells harbour cranes, were added to the Entity List by the Norland Maritime Administration.';
    expect(stated(both)).toEqual([`${NMA} ADDS_TO_LIST company:~marrowby-cable-co-ltd`, `${NMA} ADDS_TO_LIST company:~veldry-trawl-ltd`]);
    // A noun phrase of its own before the participle still takes it.
    expect(stated('Harbour cranes made by a firm that was added to the Entity List by the Norland Maritime Administration were seized.')).toEqual([]);
  });
  it('reads a detention or seizure of shipments of goods as restricting the goods and the company they come from', () => {
    expect(stated('The Norland Maritime Administration has detained four shipments of harbour cranes from Kestrel Cranes Ltd. since May.')).toEqual([`${NMA} RESTRICTS ${CRANES}`, `${NMA} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Maritime Administration seized two shipments of harbour cranes in May.')).toEqual([`${NMA} RESTRICTS ${CRANES}`]);
    // Shipments released, or no detention, restrict nothing.
    expect(stated('The Norland Maritime Administration released shipments of harbour cranes from Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Maritime Administration has not detained shipments of harbour cranes.')).toEqual([]);
  });
  it('reads the goods a colon lists after detained shipments, and the company they were shipped to, as restricted', () => {
    // The consignments described, then what they held after a colon (a tribunal's or customs notice's way of writing it).
    expect(stated('The Norland Maritime Administration detained three consignments in May: 40 harbour cranes made by Kestrel Cranes Ltd.')).toEqual([`${NMA} RESTRICTS ${CRANES}`, `${NMA} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Maritime Administration seized two shipments from Valdmark: forklift trucks.')).toEqual([`${NMA} RESTRICTS ${FORKLIFTS}`]);
    // The consignee of the shipments held.
    expect(stated('The Norland Maritime Administration detained four consignments shipped to Kestrel Cranes Ltd. in May.')).toEqual([`${NMA} RESTRICTS ${KESTREL}`]);
    expect(stated('The Norland Maritime Administration has detained two shipments bound for Kestrel Cranes Ltd.')).toEqual([`${NMA} RESTRICTS ${KESTREL}`]);
    // Not shipments released, nor a colon after other words of the sentence.
    expect(stated('The Norland Maritime Administration released three consignments in May: 40 harbour cranes made by Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Maritime Administration has not detained consignments shipped to Kestrel Cranes Ltd.')).toEqual([]);
    expect(stated('The Norland Maritime Administration detained three consignments in May. Its report notes: harbour cranes made by Kestrel Cranes Ltd. are safe.')).toEqual([]);
  });
  it('reads the act a detention of shipments is done pursuant to as restricting the goods and the company they come from', () => {
    const act = (s: string): string[] => stated(s).filter((r) => r.startsWith(ACT));
    expect(act('The Norland Maritime Administration has detained four shipments of harbour cranes from Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${KESTREL}`]);
    expect(act('The Norland Maritime Administration seized two shipments of harbour cranes since May pursuant to the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
    // "Under" the act: the detaining body's act alone (the METHOD, evaluate.ts: an act with an agent done "under" an
    // instrument is the agent's).
    expect(stated('The Norland Maritime Administration has detained four shipments of harbour cranes from Kestrel Cranes Ltd. under the Valdmark Crane Safety Act.')).toEqual([`${NMA} RESTRICTS ${CRANES}`, `${NMA} RESTRICTS ${KESTREL}`]);
    // No detention, or an act of a relative clause between: none.
    expect(act('The Norland Maritime Administration has not detained shipments of harbour cranes pursuant to the Valdmark Crane Safety Act.')).toEqual([]);
    expect(act('The Norland Maritime Administration detained shipments of harbour cranes that Kestrel Cranes Ltd. sold pursuant to the Valdmark Crane Safety Act.')).toEqual([]);
    // The goods' purpose after them: the goods and their maker, not the goods of the purpose.
    expect(act('The Norland Maritime Administration has detained shipments of harbour cranes for river ports from Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${KESTREL}`]);
    expect(act('The Norland Maritime Administration has detained shipments of forklift trucks for harbour cranes from Kestrel Cranes Ltd. pursuant to the Valdmark Crane Safety Act.').sort()).toEqual([`${ACT} RESTRICTS ${FORKLIFTS}`, `${ACT} RESTRICTS ${KESTREL}`].sort());
  });
  it('reads the country that goods come "from" after a measure imposed pursuant to an instrument as restricted by the instrument', () => {
    const with_ = (goods: string): string[] => stated(`The Norland Maritime Administration imposes duties pursuant to the Valdmark Crane Safety Act on ${goods}.`).filter((r) => r.startsWith(ACT));
    // "Under" it, the act has its agent and is the administration's alone (the METHOD); with no agent, the act's.
    expect(stated('The Norland Maritime Administration imposes duties under the Valdmark Crane Safety Act on harbour cranes from China.').filter((r) => r.startsWith(ACT))).toEqual([]);
    expect(stated('Duties imposed under the Valdmark Crane Safety Act on harbour cranes from China raise our costs.')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS jur:cn`]);
    expect(with_('harbour cranes from China')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS jur:cn`]);
    expect(with_('harbour cranes and forklift trucks from China')).toEqual([`${ACT} RESTRICTS ${CRANES}`, `${ACT} RESTRICTS ${FORKLIFTS}`, `${ACT} RESTRICTS jur:cn`]);
    // A destination is no origin.
    expect(with_('harbour cranes shipped to China')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });
  it('reads the state whose jurisdiction marks the suppliers as restricted after a long list of verbs of making', () => {
    const rule = "In this rule, the Norland Maritime Administration prohibits certain transactions involving harbour cranes, forklift trucks and their remote-operation software when those items are designed, developed, manufactured or supplied by persons owned by, controlled by, or subject to the jurisdiction or direction of the People's Republic of China.";
    expect(stated(rule)).toContain(`${NMA} RESTRICTS jur:cn`);
  });
  it('reads goods that face a tariff under an instrument, and their country, as restricted by it', () => {
    expect(stated('Many Chinese harbour cranes already face tariffs of 30 percent under the Valdmark Crane Safety Act.').sort()).toEqual([
      'law:~valdmark-crane-safety-act RESTRICTS jur:cn',
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    ]);
    expect(stated('Harbour cranes face duties imposed by the Norland Maritime Administration.')).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
    // A tariff they may face is no act; nor one they do not face.
    expect(stated('Harbour cranes may face tariffs under the Valdmark Crane Safety Act next year.')).toEqual([]);
    expect(stated('Harbour cranes do not face tariffs under the Valdmark Crane Safety Act.')).toEqual([]);
  });
  it('reads a licence those who ship to a company must obtain as restricting the company', () => {
    const law = 'law:~valdmark-crane-safety-act';
    expect(stated('Under the Valdmark Crane Safety Act, any supplier shipping parts to Marrowby Cable Co., Ltd. or Veldry Trawl Ltd. must first obtain a license.')).toEqual([
      `${law} RESTRICTS company:~marrowby-cable-co-ltd`,
      `${law} RESTRICTS company:~veldry-trawl-ltd`,
    ]);
    // No licence, or another duty, restricts nobody.
    expect(stated('Under the Valdmark Crane Safety Act, suppliers shipping parts to Marrowby Cable Co., Ltd. do not need a license.')).toEqual([]);
    expect(stated('Under the Valdmark Crane Safety Act, any supplier shipping parts to Marrowby Cable Co., Ltd. must file a report.')).toEqual([]);
  });
  it('reads a prohibition on goods of suppliers under a country\'s jurisdiction or ownership as restricting the country', () => {
    const act = 'The Valdmark Crane Safety Act took effect in May. Under that act, shipyards';
    expect(stated(`${act} may not buy or operate harbour cranes that contain software supplied by persons owned by, controlled by, or subject to the jurisdiction of China or Russia.`).sort()).toEqual([
      'law:~valdmark-crane-safety-act RESTRICTS jur:cn',
      'law:~valdmark-crane-safety-act RESTRICTS jur:ru',
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    ]);
    // A permission restricts no country, nor does a place named without an owner or jurisdiction.
    expect(stated(`${act} may buy harbour cranes supplied by persons subject to the jurisdiction of China.`)).toEqual([]);
    expect(stated(`${act} may not buy harbour cranes stored in China.`)).toEqual(['law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane']);
  });
  it('reads an addition to an annex of an instrument as an addition to a list', () => {
    expect(stated('The Norland Maritime Administration added Marrowby Cable Co., Ltd. to Annex II of the Valdmark Crane Safety Act.')).toEqual([`${NMA} ADDS_TO_LIST company:~marrowby-cable-co-ltd`]);
    expect(stated('The Norland Maritime Administration added Marrowby Cable Co., Ltd. to its port programme.')).toEqual([]);
  });
  it('reads "the company" as the one company named just before, in the sentence or the paragraph\'s previous one', () => {
    const add = 'The Norland Maritime Administration added the company to the Entity List in May.';
    expect(stated(`Marrowby Cable Co., Ltd. already faces restrictions. ${add}`)).toEqual([`${NMA} ADDS_TO_LIST company:~marrowby-cable-co-ltd`]);
    // Two companies could be meant, or the company was named in another paragraph: nobody is added.
    expect(stated(`Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. met. ${add}`)).toEqual([]);
    expect(stated(`Marrowby Cable Co., Ltd. already faces restrictions.\n\n${add}`)).toEqual([]);
  });
});
