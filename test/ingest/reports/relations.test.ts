// Relations stated in one sentence: who acts (no preposition's object, the actor nearest its verb), on what
// (the first object after the verb and those chained to it), with the rules of relation-rules.yaml.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('stated relations', () => {
  it('takes no preposition\'s object for the actor', () => {
    expect(relations('Under section 4 of the Valdmark Supply Act of 2021, the Secretary of Commerce may restrict imports of lidar sensors.')).toEqual([
      'authority:us-commerce RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('lets the first preposition\'s object act when no other actor comes before the verb', () => {
    expect(relations('Nothing shall limit the authority of the Norland Customs Service under the Customs Code of 2016 to inspect cargo handling equipment.')).toEqual([
      'authority:~norland-customs-service INVESTIGATES product:~cargo-handling-equipment',
    ]);
  });
  it('gives a complement clause with a pronoun subject to the sentence\'s subject, not to the one told', () => {
    expect(relations('The Valdmark Energy Agency has told the Norland Customs Service that it will review harbour cranes.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:~harbour-crane',
    ]);
  });
  it('reads no object in the reason given for an act on a name, recognised as a party or not', () => {
    // The name is no company the recognizer reads (a coined word and two common nouns, before no gerund of trading): the
    // drones are still no object.
    expect(relations('The Department of Commerce is investigating Harwell Data Systems for routing drones to Russia.')).toEqual([]);
    // Before a gerund of trading the name is the trader, a company (grammar/names.yaml trade-gerunds): the act reaches it,
    // not the drones.
    expect(relations('The Department of Commerce is investigating Harwell Data Systems for reexporting drones to Russia.')).toEqual([
      'authority:us-commerce INVESTIGATES company:~harwell-data-systems',
    ]);
    expect(relations('The Office of Foreign Assets Control sanctioned Kestrel Cranes Ltd. for supplying lidar sensors to Russia.')).toEqual([
      'authority:~office-of-foreign-assets-control RESTRICTS company:~kestrel-cranes-ltd',
    ]);
  });
  it('reads no act the text leaves undecided', () => {
    expect(relations('The Valdmark Energy Agency shall consider whether to add Brightwell Energy Storage Ltd. to the Restricted Entities List.')).toEqual([]);
  });
  it('reads publishing a list of things as designating them, and replacing a maker\'s equipment as restricting it', () => {
    expect(relations('The Norland Maritime Administration shall publish a list of covered port equipment.')).toEqual([
      'authority:~norland-maritime-administration DESIGNATES product:~covered-port-equipment',
    ]);
    expect(relations('The Valdmark Energy Agency shall replace chargers manufactured by Kestrel Batteries Co., Ltd. within a year.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS company:~kestrel-batteries-co-ltd',
    ]);
  });
  it('gives each verb to the actor nearest it, unless actors are coordinated', () => {
    expect(relations('Proclamation 9705 imposed a tariff on imports of steel articles, and Proclamation 9704 imposed a tariff on imports of aluminum articles.')).toEqual([
      'law:~proclamation-9705 RESTRICTS product:~steel-article',
      'law:~proclamation-9704 RESTRICTS product:~aluminum-article',
    ]);
    expect(relations('The Norland Trade Commission and the Valdmark Energy Agency restricted imports of solar inverters.')).toEqual([
      'authority:~norland-trade-commission RESTRICTS product:~solar-inverter',
      'authority:~valdmark-energy-agency RESTRICTS product:~solar-inverter',
    ]);
  });
  it('takes the first object after the verb and those chained to it, not a place it stands in', () => {
    expect(relations('The Valdmark Energy Agency shall investigate cellular modules installed in smart meters.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:iot-modules',
    ]);
    expect(relations('The Valdmark Energy Agency shall prohibit the sale of solar inverters manufactured by Halvard Vision Co., Ltd. and its affiliates.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~solar-inverter',
      'authority:~valdmark-energy-agency RESTRICTS company:~halvard-vision-co-ltd',
      'company:~halvard-vision-co-ltd MAKES product:~solar-inverter',
    ]);
  });
  it('takes no object for a word modifying a noun after it', () => {
    expect(relations('The Ministry of Security will add two drone makers, Skyward Aeronautics and Tianlu UAV Technology, to the Restricted Parties List.')).toEqual([
      'authority:~security-ministry ADDS_TO_LIST company:~skyward-aeronautics',
      'authority:~security-ministry ADDS_TO_LIST company:~tianlu-uav-technology',
    ]);
  });
  it('reads tariffs on a product and investigations into a country', () => {
    expect(relations('The Norland Trade Commission announced that the tariff on electric bicycles would rise.')).toEqual([
      'authority:~norland-trade-commission RESTRICTS product:~electric-bicycle',
    ]);
    expect(relations('The Norland Trade Commission opened an investigation into Vietnam\'s export subsidies.')).toEqual(['authority:~norland-trade-commission INVESTIGATES jur:vn']);
  });
  it('reads "from" a country as an origin only after a trade word', () => {
    expect(relations('The Norland Trade Commission imposed tariffs on solar inverters from Vietnam.')).toContain('authority:~norland-trade-commission RESTRICTS jur:vn');
    expect(relations('The Valdmark Network Security Act would ban new drones from Dutch networks.')).toEqual(['law:~valdmark-network-security-act RESTRICTS product:drones']);
  });
  it('reads an investigation of a country\'s practices past the statute it is opened under', () => {
    expect(relations('The Norland Trade Commission opened an investigation under section 301 of the Trade Act of 1974 of Vietnam\'s acts, policies and practices.')).toEqual([
      'authority:~norland-trade-commission INVESTIGATES jur:vn',
    ]);
  });
  it('reads no object of a restrictive relative clause after the verb as the verb\'s, unless the clause says what the object holds', () => {
    expect(relations('The Norland Trade Commission opened an investigation of practices that subsidize the production of solar inverters.')).toEqual([]);
    expect(relations('The Norland Trade Commission shall review transactions that involve solar inverters.')).toEqual([
      'authority:~norland-trade-commission INVESTIGATES product:~solar-inverter',
    ]);
  });
  it('reads the things "of" or "to" a company as the objects, not the company', () => {
    expect(relations('The Valdmark Energy Agency added the harbour cranes and lidar sensors of Marrowby Cable Co., Ltd. to the Restricted Entities List.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST product:~harbour-crane',
      'authority:~valdmark-energy-agency ADDS_TO_LIST product:~lidar-sensor',
    ]);
    expect(relations('The Valdmark Energy Agency restricted exports of lidar sensors to Marrowby Cable Co., Ltd. plants.').filter((r) => r.includes('marrowby'))).toEqual([]);
  });
  it('reads the country imports go into as their destination, not a target', () => {
    expect(relations('The Norland Trade Commission adjusted imports of solar inverters into Vietnam.')).toEqual(['authority:~norland-trade-commission RESTRICTS product:~solar-inverter']);
  });
  it('reads a list past abbreviations inside the sentence', () => {
    expect(relations('The Valdmark Energy Agency added Hexian Lidar Systems Ltd. and 68 of its non-U.S. affiliates to the Entity List.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST company:~hexian-lidar-systems-ltd',
    ]);
  });

  it('reads a list item with the lead-in it completes, the item\'s objects only', () => {
    const text = 'A grant that is awarded by the Valdmark Energy Agency may not be used to—\n\n(1) purchase, rent, or otherwise obtain any grid storage systems; or\n\n(2) maintain smart meters bought before the grant.';
    expect(relations(text)).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS technology:~grid-storage-system',
      'authority:~valdmark-energy-agency RESTRICTS product:smart-meters',
    ]);
  });
  it('closes a lead-in at a sibling item and at a plain paragraph', () => {
    const text = 'The Valdmark Energy Agency shall—\n\n(A) investigate solar inverters;\n\n(B) regulate smart meters.\n\nHouseholds buy battery chargers.\n\n(C) Chargers are sold widely.';
    expect(relations(text)).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:~solar-inverter',
      'authority:~valdmark-energy-agency REGULATES product:smart-meters',
    ]);
  });
  it('gives a prohibition to the agent or instrument that imposes it, never to the party it binds', () => {
    expect(relations('Under the Valdmark Supply Act of 2021, a port operator may not purchase ship-to-shore cranes.')).toEqual([
      'law:~valdmark-supply-act RESTRICTS product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency may not purchase ship-to-shore cranes.')).toEqual([]);
    expect(relations('The Valdmark Energy Agency is prohibited from buying ship-to-shore cranes.')).toEqual([]);
    expect(relations('Nothing in this section shall be construed to prohibit the Valdmark Energy Agency from funding the removal of ship-to-shore cranes.')).toEqual([]);
  });
  it('gives a verb to the subject of its own clause, not to an earlier actor', () => {
    expect(relations('Once the Valdmark Energy Agency approves a plan, the operator shall remove the ship-to-shore cranes.')).toEqual([]);
    expect(relations('The Valdmark Energy Agency shall publish a report on the work by operators to replace ship-to-shore cranes.')).toEqual([]);
    expect(relations('The Valdmark Energy Agency shall audit the records of ship-to-shore cranes replaced, and the new cranes bought.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
    ]);
  });
  it('reads a prohibition on funds or on anyone, the instrument that grants or states it as its actor', () => {
    expect(relations('No funds appropriated under the Valdmark Supply Act of 2021 may be used to procure ship-to-shore cranes.')).toEqual([
      'law:~valdmark-supply-act RESTRICTS product:port-cranes',
    ]);
    expect(relations('Funds appropriated under the Valdmark Supply Act of 2021 may be used to procure ship-to-shore cranes.')).toEqual([]);
    expect(relations('Under the Valdmark Supply Act of 2021, no port operator may purchase or install ship-to-shore cranes.')).toEqual([
      'law:~valdmark-supply-act RESTRICTS product:port-cranes',
    ]);
  });
  it('reads a restriction named as a noun with its agent or instrument after the object', () => {
    expect(relations('The prohibition on ship-to-shore cranes imposed by the Valdmark Energy Agency took effect.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    expect(relations('Restrictions on the import of ship-to-shore cranes under the Valdmark Supply Act of 2021 apply.')).toEqual([
      'law:~valdmark-supply-act RESTRICTS product:port-cranes',
    ]);
    expect(relations('The report on ship-to-shore cranes issued by the Valdmark Energy Agency was late.')).toEqual([]);
  });
  it('reads an object in a following clause that is to be removed', () => {
    expect(relations('The Valdmark Energy Agency may require that ship-to-shore cranes be removed from ports.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency may require that ship-to-shore cranes be inspected.')).toEqual([]);
    expect(relations('The Valdmark Energy Agency shall ensure that ship-to-shore cranes are removed from ports.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency shall ensure that ship-to-shore cranes are safe.')).toEqual([]);
  });
  it('reads coordinated objects that repeat their preposition', () => {
    expect(relations('The Valdmark Energy Agency shall restrict the sale of ship-to-shore cranes and of lidar sensors.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('reads a list entry stated passively, with or without its verb', () => {
    expect(relations('Ship-to-shore cranes were placed on the Restricted Entities List by the Valdmark Energy Agency.')).toContain(
      'authority:~valdmark-energy-agency ADDS_TO_LIST product:port-cranes',
    );
    expect(relations('The term "covered crane" means any ship-to-shore crane that is on the list published by the Valdmark Energy Agency.')).toContain(
      'authority:~valdmark-energy-agency ADDS_TO_LIST product:port-cranes',
    );
  });
  it('takes up a thing named before with "such", as an object only', () => {
    expect(relations('The Valdmark Energy Agency reviewed ship-to-shore cranes. The Agency shall place such cranes on the list.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
      'authority:~valdmark-energy-agency ADDS_TO_LIST product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency reviewed ship-to-shore cranes. The Agency shall place such vessels on the list.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
    ]);
  });
  it('reads what falls within the scope of an instrument as regulated by it', () => {
    expect(relations('Ship-to-shore cranes that fall within the scope of the Valdmark Supply Act of 2021 shall be certified.')).toEqual([
      'law:~valdmark-supply-act REGULATES product:port-cranes',
    ]);
    expect(relations('Ship-to-shore cranes do not fall within the scope of the Valdmark Supply Act of 2021.')).toEqual([]);
  });
  it('reads an investigation whose finding is open, and one named as a noun with its agent after', () => {
    expect(relations('The Valdmark Energy Agency shall investigate whether ship-to-shore cranes pose a risk.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency shall not investigate ship-to-shore cranes.')).toEqual([]);
    expect(relations('The investigation into ship-to-shore cranes opened by the Valdmark Energy Agency continues.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
    ]);
  });
  it('reads a list entry named as a noun, with its agent after', () => {
    expect(relations('The addition of Kestrel Batteries Co., Ltd. to the Untrusted Vendors List by the Valdmark Energy Agency was reported.')).toEqual([
      'authority:~valdmark-energy-agency ADDS_TO_LIST company:~kestrel-batteries-co-ltd',
    ]);
  });
  it('reads a product subject to an instrument as regulated by it, a company as subject to it', () => {
    expect(relations('Ship-to-shore cranes subject to the requirements of the Valdmark Supply Act of 2021 must be labelled.')).toEqual([
      'law:~valdmark-supply-act REGULATES product:port-cranes',
    ]);
    expect(relations('Ship-to-shore cranes are not subject to the Valdmark Supply Act of 2021.')).toEqual([]);
  });
  it('takes no reference for an actor, and reads coverage under an order as designation', () => {
    expect(relations('Terminals, as defined in section 4 of the Valdmark Supply Act of 2021, must remove ship-to-shore cranes.')).toEqual([]);
    expect(relations('Ship-to-shore cranes that became covered pursuant to the Crane Designation Order must be replaced.')).toEqual([
      'law:~crane-designation-order DESIGNATES product:port-cranes',
    ]);
  });
  it('gives a passive participle to the noun phrase right before it, not to an object further back', () => {
    expect(relations('Ship-to-shore cranes certified under a national scheme that has been designated by the Valdmark Energy Agency may be sold.')).toEqual([]);
    expect(relations('Ship-to-shore cranes, designated by the Valdmark Energy Agency in 2023, must be replaced.')).toEqual([
      'authority:~valdmark-energy-agency DESIGNATES product:port-cranes',
    ]);
  });
  it('reads no act of a preposition\'s object after a finite verb of the noun it hangs on', () => {
    expect(relations('The procedures of the Valdmark Supply Act of 2021 have been chosen for inspecting ship-to-shore cranes.')).toEqual([]);
    expect(relations('Nothing shall limit the authority of the Valdmark Energy Agency to inspect ship-to-shore cranes.')).toEqual([
      'authority:~valdmark-energy-agency INVESTIGATES product:port-cranes',
    ]);
  });
  it('reads an instrument\'s scope statement as regulating the class it names', () => {
    expect(relations('The Valdmark Supply Act of 2021 applies to turbines.')).toEqual(['law:~valdmark-supply-act REGULATES product:~turbine']);
    expect(relations('The Valdmark Supply Act of 2021 lays down:\n\n(a)\n\nrules for the sale of ship-to-shore cranes;')).toEqual([
      'law:~valdmark-supply-act REGULATES product:port-cranes',
    ]);
    expect(relations('The Valdmark Supply Act of 2021 does not apply to turbines.')).toEqual([]);
  });
  it('reads an instrument that applies requirements to a class as regulating it', () => {
    expect(relations('The Valdmark Supply Act of 2021 has applied the safety requirements of Article 4(2)(b) and (c) to harbour tidal turbines since May.')).toEqual([
      'law:~valdmark-supply-act REGULATES product:~harbour-tidal-turbine',
    ]);
    expect(relations('The Valdmark Supply Act of 2021 does not apply its requirements to harbour tidal turbines.')).toEqual([]);
  });
  it('reads a rule\'s own section as an instrument with a scope ("Section 901.4 applies to X")', () => {
    expect(relations('Section 901.4 applies to turbines.')).toEqual(['law:~901-4 REGULATES product:~turbine']);
  });
  it('reads no cue inside a name', () => {
    expect(relations('The Valdmark Supply Act of 2021 cites the Norland Regulation on ship-to-shore cranes.')).toEqual([]);
  });
  it('reaches every conjunct of a listed object, past conjuncts no mention covers, and a service named by its providers', () => {
    // "their fees" is a conjunct no mention covers ("mooring lines" right after a head of things is one: the gerund is the
    // item's modifier, things.ts listedGerund).
    expect(relations('The Valdmark Energy Agency shall restrict lidar sensors, their fees, and ship-to-shore cranes.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    // A plural noun phrase coordinated with a thing is one (things.ts), and reached as a conjunct.
    expect(relations('The Valdmark Energy Agency shall restrict lidar sensors, rotor blades, and ship-to-shore cranes.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
      'authority:~valdmark-energy-agency RESTRICTS product:~rotor-blade',
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    expect(relations('The Valdmark Energy Agency shall adopt acts laying down the technical requirements for cloud computing service providers, registries, and content delivery network providers.')).toEqual([
      'authority:~valdmark-energy-agency REGULATES technology:~cloud-computing-service',
      'authority:~valdmark-energy-agency REGULATES technology:~content-delivery-network',
    ]);
  });
  it('reaches a conjunct after one whose mention modifies a plural noun ending it', () => {
    // "providers of" names the platforms they provide (grammar/things.yaml maker-nouns), whose conjunct is still reached.
    expect(relations('The Valdmark Energy Agency shall regulate providers of data centre services platforms, and cloud computing services.')).toEqual([
      'authority:~valdmark-energy-agency REGULATES product:~data-centre-services-platform',
      'authority:~valdmark-energy-agency REGULATES technology:~cloud-computing-service',
    ]);
  });
  it('bounds the distance to the first object, not to the conjuncts chained to it', () => {
    const conjuncts = ', rotor blades, gear boxes, cable trays, mooring lines, berth fees, winch drums, deck fittings, anchor chains, pump housings, valve seats, bearing shells, hatch covers';
    expect(relations(`The Valdmark Energy Agency shall restrict lidar sensors${conjuncts}${conjuncts}, and ship-to-shore cranes.`)).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
      // Things as conjuncts of "lidar sensors" (things.ts), up to "mooring lines", a gerund's object.
      'authority:~valdmark-energy-agency RESTRICTS product:~rotor-blade',
      'authority:~valdmark-energy-agency RESTRICTS product:~gear-box',
      'authority:~valdmark-energy-agency RESTRICTS product:~cable-tray',
      'authority:~valdmark-energy-agency RESTRICTS product:port-cranes',
    ]);
    // With no thing first: rotor blades, gear boxes and cable trays are things of their own (WordNet's compounds on a
    // word that is no head: things.ts), so the list starts after them.
    const noThings = conjuncts.slice(conjuncts.indexOf(' mooring'));
    expect(relations(`The Valdmark Energy Agency shall restrict${noThings}${noThings}${noThings}, and ship-to-shore cranes.`)).toEqual([]);
  });
  it('reads the members of a class an instrument or authority names as designated by it, whatever actor comes before', () => {
    expect(relations('The Norland Customs Service enforces these rules, and the states named in the Valdmark Supply Act of 2021 include Cuba and Iran.')).toEqual([
      'law:~valdmark-supply-act DESIGNATES jur:cu',
      'law:~valdmark-supply-act DESIGNATES jur:ir',
    ]);
    expect(relations('The vendors designated by the Valdmark Energy Agency are Brightwell Energy Storage Ltd. and Kestrel Batteries Co., Ltd.')).toEqual([
      'authority:~valdmark-energy-agency DESIGNATES company:~brightwell-energy-storage-ltd',
      'authority:~valdmark-energy-agency DESIGNATES company:~kestrel-batteries-co-ltd',
    ]);
    // The class's verb must come right after the agent, its members right after the verb.
    expect(relations('The vendors designated by the Valdmark Energy Agency are subject to review of Brightwell Energy Storage Ltd.')).toEqual([]);
    expect(relations('The Valdmark Supply Act of 2021 includes Cuba.')).toEqual([]);
  });
  it('gives an act done by means of an instrument to the one who issues it, through a partner and a short name', () => {
    expect(relations('The Valdmark Energy Agency issues the Crane Designation Order to prohibit lidar sensors.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
    ]);
    expect(relations('The Valdmark Energy Agency (the "Agency"), acting through the Norland Customs Service (NCS), issues the Crane Designation Order to prohibit lidar sensors.')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
    ]);
    expect(relations('The Crane Designation Order prohibits lidar sensors.')).toEqual(['law:~crane-designation-order RESTRICTS product:~lidar-sensor']);
  });
  it('reads no act in a superseded text a note quotes, and reads a new text an amendment quotes', () => {
    expect(relations('Prior to amendment, subsec. (a) read as follows: “The Valdmark Energy Agency shall restrict lidar sensors.”')).toEqual([]);
    expect(relations('Prior to amendment, subsecs. (a) and (b) read as follows:\n\n“(a) The Valdmark Energy Agency shall restrict lidar sensors.\n\n“(b) The Norland Customs Service shall inspect ship-to-shore cranes.”\n\nThe Norland Customs Service shall inspect lidar sensors.')).toEqual([
      'authority:~norland-customs-service INVESTIGATES product:~lidar-sensor',
    ]);
    expect(relations('Subsection (a) is amended to read as follows: “The Valdmark Energy Agency shall restrict lidar sensors.”')).toEqual([
      'authority:~valdmark-energy-agency RESTRICTS product:~lidar-sensor',
    ]);
  });
  it('reads a duty laid on those who make, sell or use a thing as regulating the thing', () => {
    expect(relations('The Valdmark Supply Act of 2021 requires importers of lidar sensors to file a declaration.')).toEqual([
      'law:~valdmark-supply-act REGULATES product:~lidar-sensor',
    ]);
    expect(relations('The Valdmark Supply Act of 2021 requires a declaration about lidar sensors.')).toEqual([]);
  });
});
