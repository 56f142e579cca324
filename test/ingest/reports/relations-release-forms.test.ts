// Forms a government's press release states its listings in (relation-rules.yaml countedActs, countedMembers and
// passives.source; relations.ts countedMemberActs, passives.ts sourcedActor): the members of a counted addition named in a
// later numbered point ("(2) The companies added include X; Y, which ...; and Z"), the actor's acronym in brackets before
// the counted act, and an agentless passive whose actor an opening phrase names ("According to a notice published by the
// Bureau ..., X and Y were placed on the Entity List"). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const MINISTRY = 'authority:~valdorian-trade-ministry';
const BUREAU = 'authority:~norland-trade-bureau';
const KESTREL = 'company:~kestrel-cranes-ltd';
const ORRIN = 'company:~orrin-metals-ltd';
const TAVISH = 'company:~tavish-cables-ltd';
const BORVIK = 'company:~borvik-optics-ltd';

const TABLE = ['| Country | Number |', '|---|---|', '| Norland | 9 |', '| Ostia | 3 |'].join('\n');

describe('the members of a counted addition', () => {
  it('are read after the actor acronym in brackets, items a semicolon separates, each with its aside', () => {
    const got = stated('The Valdorian Trade Ministry (VTM) has added 12 companies to its Watch List. The companies added include Kestrel Cranes Ltd., which VTM has found sells lathes to the navy; Orrin Metals Ltd.; and Tavish Cables Ltd.');
    expect(got).toEqual([`${MINISTRY} ADDS_TO_LIST ${KESTREL}`, `${MINISTRY} ADDS_TO_LIST ${ORRIN}`, `${MINISTRY} ADDS_TO_LIST ${TAVISH}`]);
  });

  it('are taken up past a table by an opening that names the act, in a later numbered point, and "also added" goes on', () => {
    const text = `(1) The Valdorian Trade Ministry has added 12 companies located in five countries to its Watch List. As a result, the list now holds 300 names.\n\n${TABLE}\n\n(2) The companies added include Kestrel Cranes Ltd. and Orrin Metals Ltd. (Norland). The Ministry also added Borvik Optics Ltd., suspected of shipping lathes to Norland.`;
    expect(stated(text)).toEqual([`${MINISTRY} ADDS_TO_LIST ${BORVIK}`, `${MINISTRY} ADDS_TO_LIST ${KESTREL}`, `${MINISTRY} ADDS_TO_LIST ${ORRIN}`]);
  });

  it('are not taken up from further back by an opening that does not name the act', () => {
    const got = stated('The Valdorian Trade Ministry has added 12 companies to its Watch List. Its staff met on Monday. The companies include Kestrel Cranes Ltd. and Orrin Metals Ltd.');
    expect(got).toEqual([]);
  });

  it('are not taken up from another section', () => {
    const got = stated('The Valdorian Trade Ministry has added 12 companies to its Watch List.\n\n## Other news\n\nThe companies added include Kestrel Cranes Ltd. and Orrin Metals Ltd.');
    expect(got).toEqual([]);
  });
});

describe('an agentless passive attributed to a publication in the opening phrase', () => {
  it('is the act of the body that published it', () => {
    const got = stated('According to a notice published by the Norland Trade Bureau (NTB) of the Norland Ministry of Industry on 3 May (local time), the two Valdorian firms, namely Kestrel Cranes Ltd. and Orrin Metals Ltd., were placed on the Entity List.');
    expect(got).toEqual([`${BUREAU} ADDS_TO_LIST ${KESTREL}`, `${BUREAU} ADDS_TO_LIST ${ORRIN}`]);
    expect(stated('As announced by the Norland Trade Bureau on Monday, Kestrel Cranes Ltd. was designated.')).toEqual([`${BUREAU} DESIGNATES ${KESTREL}`]);
  });

  it('is none after a report on others, a negation, or a passive inside a reported clause', () => {
    expect(stated('According to a report by the Norland Trade Bureau, Kestrel Cranes Ltd. was added to the Entity List in 2030.')).toEqual([]);
    expect(stated('According to a notice published by the Norland Trade Bureau, Kestrel Cranes Ltd. was not added to the Entity List.')).toEqual([]);
    expect(stated('According to a statement issued by the Norland Trade Bureau, officials said that Kestrel Cranes Ltd. was added to the Entity List.')).toEqual([]);
  });

  it('gives way to an agent the passive names', () => {
    expect(stated('According to a notice published by the Norland Trade Bureau, Kestrel Cranes Ltd. was added to the Entity List by the Norland Commerce Council.')).toEqual(['authority:~norland-commerce-council ADDS_TO_LIST company:~kestrel-cranes-ltd']);
  });
});

describe('kinds of goods a lead-in adds, each item a thing with more said of it', () => {
  const order = (items: string): string =>
    `The Valdorian Cabinet approved the Export Control (Amendment) Order 2031, which amends the Valdorian Export Control Order.\n\nThe amendment adds the following 12 items to Schedule 2 of the Valdorian Export Control Order, and the related software to the Valdorian Technology Order (Order No. 5 of 2020):\n\n${items}`;

  it('are added by the amending order the lead-in takes up, each item read as its thing alone', () => {
    const got = stated(order('- Ion implantation equipment, including beamline modules\n- Wafer bonding equipment for stacking dies'));
    expect(got).toEqual(['law:~export-control-amendment-order-2031 ADDS_TO_LIST product:~ion-implantation-equipment', 'law:~export-control-amendment-order-2031 ADDS_TO_LIST product:~wafer-bonding-equipment']);
  });

  it('are not added by the order amended, where no amending instrument is named', () => {
    const got = stated('The Valdorian Cabinet enforces the Valdorian Export Control Order.\n\nThe amendment adds the following 12 items to Schedule 2 of the Valdorian Export Control Order:\n\n- Wafer bonding equipment for stacking dies');
    expect(got.filter((r) => r.startsWith('law:~valdorian-export-control-order'))).toEqual([]);
  });
});

describe('a review or an inspection that is no investigation of its object', () => {
  it('a question whether coordinated goods should be designated weighs a measure', () => {
    expect(stated('The Valdorian Science Ministry is reviewing whether lidar sensors and drone mapping technologies should be designated as critical technologies.')).toEqual([]);
    expect(stated('The Valdorian Trade Ministry is investigating whether Kestrel Cranes Ltd. and Orrin Metals Ltd. evaded the controls.')).toEqual([`${MINISTRY} INVESTIGATES ${KESTREL}`, `${MINISTRY} INVESTIGATES ${ORRIN}`]);
  });

  it('inspections made stricter are a control, not an investigation; an inspection done is one', () => {
    const got = stated('The Valdorian Customs Service will strengthen customs inspections on the export of lidar sensors through its ports.');
    expect(got.filter((r) => r.includes(' INVESTIGATES '))).toEqual([]);
    expect(stated('The Valdorian Customs Service inspected lidar sensors at the port.')).toEqual(['authority:~valdorian-customs-service INVESTIGATES product:~lidar-sensor']);
  });
});

describe('an investigation the opening phrase cites', () => {
  it('is of the company the main clause opens with, by each body named', () => {
    const got = stated('According to a joint investigation by the Valdorian Trade Ministry and the Valdorian Customs Service (VCS), Kestrel Cranes Ltd. bought 900 lathes from a local dealer in 2030.');
    expect(got).toEqual([`authority:~valdorian-customs-service INVESTIGATES ${KESTREL}`, `${MINISTRY} INVESTIGATES ${KESTREL}`]);
  });

  it('is none for a report the opening cites', () => {
    expect(stated('According to a report by the Valdorian Trade Ministry, Kestrel Cranes Ltd. bought 900 lathes.')).toEqual([]);
  });
});

describe('a permission or licence required for exports to a country', () => {
  it('restricts the country, each one coordinated', () => {
    const got = stated('The Valdorian Trade Ministry announced on Monday that it will revise its notice to add 30 items, including lidar sensors and gyroscopes, to the list of items subject to export permission for Iran and Belarus, effective June 1.');
    expect(got.filter((r) => r.includes(' RESTRICTS jur:'))).toEqual([`${MINISTRY} RESTRICTS jur:by`, `${MINISTRY} RESTRICTS jur:ir`]);
    expect(stated('The Valdorian Trade Ministry made lidar sensors subject to export licensing for Belarus.')).toContain(`${MINISTRY} RESTRICTS jur:by`);
  });

  it('is none where the requirement is lifted', () => {
    expect(stated('The Valdorian Trade Ministry announced that gyroscopes will no longer be subject to export permission for Iran.').filter((r) => r.includes('jur:'))).toEqual([]);
  });
});

describe('sanctions a party evades', () => {
  it('are no measure of the actor on the country they target', () => {
    const evaded = 'In light of the conflict, the Government of Canada has also decided to prohibit exports to 11 additional entities in third countries, including four entities in Iran, that are deemed to be involved in evading sanctions against Belarus.';
    expect(stated(evaded).filter((r) => r.includes('jur:'))).toEqual([]);
    expect(stated('The Government of Canada imposed sanctions against Belarus in May.')).toEqual(['authority:~government-of-canada RESTRICTS jur:by']);
  });
});
