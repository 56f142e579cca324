// Relations in the constructions of policy briefs: passives with coordinated subjects, relative clauses,
// nominalisations (own sentences, fictional companies).
import { describe, expect, it } from 'vitest';
import { readRelations, relations } from './helpers.ts';

describe('relations in policy briefs', () => {
  it('reads a passive whose subject coordinates the object with another noun phrase', () => {
    expect(relations('Marrowby Cable Co., Ltd. and three of its subsidiaries were added to the Entity List by the Bureau of Industry and Security.')).toEqual([
      'authority:bis ADDS_TO_LIST company:~marrowby-cable-co-ltd',
    ]);
    // A relative clause between them is a clause of its own: its participle is not the object's.
    expect(relations('Marrowby Cable Co., Ltd. and a distributor that was added to the Entity List by the Bureau of Industry and Security met.')).toEqual([]);
  });
  it('takes up with "The act" the instrument the previous sentence names, not the citation of where it is codified', () => {
    expect(relations('The Valdmark Crane Safety Act was passed in 2029 and codified in 15 CFR part 801. The act prohibits the import of harbour cranes.')).toEqual([
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    ]);
  });
  it('gives no verb after a relative clause to a name inside it, nor a verb inside it an object after it', () => {
    expect(relations('The Norland Maritime Administration, which answers to the Valdmark Energy Agency, opened an investigation of Marrowby Cable Co., Ltd. in May.')).toEqual([
      'authority:~norland-maritime-administration INVESTIGATES company:~marrowby-cable-co-ltd',
    ]);
    expect(relations('The Norland Maritime Administration, which the Valdmark Energy Agency oversees, restricted imports of harbour cranes.')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~harbour-crane',
    ]);
    // An adverbial clause as well: what was reviewed is not what was restricted.
    expect(relations('The Norland Maritime Administration, after it had reviewed the shipping records, restricted imports of harbour cranes.')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~harbour-crane',
    ]);
  });
  it('reads naming the object a member of a class as designating it, not a name given in or by something', () => {
    expect(relations('The Valdmark Energy Agency, for its part, named Marrowby Cable Co., Ltd. a high-risk vendor in 2030.')).toEqual([
      'authority:~valdmark-energy-agency DESIGNATES company:~marrowby-cable-co-ltd',
    ]);
    expect(relations('The Valdmark Energy Agency has named Marrowby Cable Co., Ltd. in its annual report.')).toEqual([]);
  });
  it('reads a bullet with the lead-in above it, and no act a lead-in only recommends', () => {
    const list = (lead: string, bullet: string): string => `${lead}\n\n${bullet} Prohibits the import of harbour cranes.\n${bullet} Sets fees for berths.\n\nThe end.`;
    expect(relations(list('The Valdmark Crane Safety Act:', '-'))).toEqual(['law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane']);
    // A paragraph that is no list item continues no lead-in.
    expect(relations(list('The Valdmark Crane Safety Act:', ''))).toEqual([]);
    expect(relations(list('The Norland Maritime Administration should:', '-'))).toEqual([]);
    expect(relations('The Norland Maritime Administration should restrict imports of harbour cranes.')).toEqual([]);
    // In an instrument (it names itself), "should" is normative.
    const act = { relations: readRelations('Under this Regulation, the Norland Maritime Administration should restrict imports of harbour cranes.', { title: 'Regulation (EU) 2031/7 on harbour cranes' }) };
    expect(act.relations.map((r) => `${r.start} ${r.type} ${r.end}`)).toContain('authority:~norland-maritime-administration RESTRICTS product:~harbour-crane');
  });
  it('takes up with a coordinated verb\'s "it" the object of the actor\'s first verb', () => {
    const r = relations('The Norland Maritime Administration designated Marrowby Cable Co., Ltd., a company that sold harbour cranes abroad, and added it to the Restricted Entities List.');
    expect(r.filter((x) => x.includes('ADDS_TO_LIST'))).toEqual(['authority:~norland-maritime-administration ADDS_TO_LIST company:~marrowby-cable-co-ltd']);
  });
  // helper-286 (dev79's hearing summary): the gerund of listing after a comma, no "by" before it.
  it('takes up with "adding them" after a comma the objects of the actor\'s verb', () => {
    const r = relations('The Norland Maritime Administration designated Marrowby Cable Co., Ltd. for selling harbour cranes abroad, adding it to the Restricted Entities List.');
    expect(r.filter((x) => x.includes('ADDS_TO_LIST'))).toEqual(['authority:~norland-maritime-administration ADDS_TO_LIST company:~marrowby-cable-co-ltd']);
  });
  it('takes up with "That act" the instrument the previous sentence names, and never an authority', () => {
    expect(relations('The Norland Maritime Administration drafted the Valdmark Crane Safety Act. That act prohibits the import of harbour cranes.')).toContain(
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    );
    expect(relations('The Norland Maritime Administration met in May. That rule prohibits the import of harbour cranes.')).toEqual([]);
  });
  it('takes a name after "on its" for a preposition\'s object, no actor of a later verb', () => {
    expect(relations('The Norland Maritime Administration put Marrowby Cable Co., Ltd. on its Restricted Entities List in May, and it has restricted imports of harbour cranes.')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~harbour-crane',
      'authority:~norland-maritime-administration ADDS_TO_LIST company:~marrowby-cable-co-ltd',
    ]);
  });
  it('reads no act a condition or a possibility only supposes', () => {
    expect(relations('If the Norland Maritime Administration adds Marrowby Cable Co., Ltd. to the Restricted Entities List, exporters will need a licence.')).toEqual([]);
    expect(relations('Should the Norland Maritime Administration add Marrowby Cable Co., Ltd. to the Restricted Entities List, exporters will need a licence.')).toEqual([]);
    expect(relations('The Norland Maritime Administration could restrict imports of harbour cranes next year.')).toEqual([]);
    expect(relations('The Norland Maritime Administration restricted imports of harbour cranes, if only for a year.')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~harbour-crane',
    ]);
  });
  it('takes up with "It" the previous sentence\'s actor, not the instrument it last names', () => {
    const two = 'In May, the Norland Maritime Administration placed Marrowby Cable Co., Ltd. on its Restricted Entities List. ';
    expect(relations(`${two}It has also restricted imports of harbour cranes.`)).toContain('authority:~norland-maritime-administration RESTRICTS product:~harbour-crane');
    expect(relations(`${two}It has also restricted imports of harbour cranes.`).filter((r) => r.startsWith('law:'))).toEqual([]);
    // A demonstrative still takes up the instrument.
    expect(relations(`${two}The list restricts imports of harbour cranes.`).filter((r) => r.endsWith('product:~harbour-crane'))).toEqual([
      'law:~restricted-entities-list RESTRICTS product:~harbour-crane',
    ]);
  });
  it('reads an act named by a noun a verb of doing takes, its object after the noun\'s preposition, as the subject\'s act', () => {
    const nma = 'authority:~norland-maritime-administration';
    expect(relations('The Norland Maritime Administration issued an embargo against Marrowby Cable Co., Ltd. in May.')).toEqual([`${nma} RESTRICTS company:~marrowby-cable-co-ltd`]);
    expect(relations('The Norland Maritime Administration published a designation of Marrowby Cable Co., Ltd. in May.')).toEqual([`${nma} DESIGNATES company:~marrowby-cable-co-ltd`]);
    expect(relations('The Norland Maritime Administration took a formal designation of Marrowby Cable Co., Ltd. in May.')).toEqual([`${nma} DESIGNATES company:~marrowby-cable-co-ltd`]);
    // An enforcement order named by the noun of a restricting verb (detain, seize, exclude), in every nominal shape.
    expect(relations('The Norland Maritime Administration issued a detention order on harbour cranes in May.')).toEqual([`${nma} RESTRICTS product:~harbour-crane`]);
    expect(relations('The Norland Maritime Administration issued a general exclusion order against shipments of harbour cranes.')).toEqual([`${nma} RESTRICTS product:~harbour-crane`]);
    expect(relations("The Norland Maritime Administration's seizure order against harbour cranes took effect in May.")).toEqual([`${nma} RESTRICTS product:~harbour-crane`]);
    // An order to withhold the release of goods at entry is a detention by another name, in capitals or not.
    expect(relations('The Norland Maritime Administration issued a Withhold Release Order against harbour cranes in May.')).toEqual([`${nma} RESTRICTS product:~harbour-crane`]);
    expect(relations('The Norland Maritime Administration issued a withhold release order on harbour cranes made by Marrowby Cable Co., Ltd.')).toContain(`${nma} RESTRICTS product:~harbour-crane`);
    // No act a negation, a proposal or another body's clause states; no restriction by a penalty or a settlement.
    expect(relations('The Norland Maritime Administration did not issue an embargo against Marrowby Cable Co., Ltd. in May.')).toEqual([]);
    expect(relations('The Norland Maritime Administration plans to issue a detention order on harbour cranes.')).toEqual([]);
    expect(relations('The Norland Maritime Administration fined Marrowby Cable Co., Ltd. in May, and reached a settlement with it in June.')).toEqual([]);
  });
  it('takes up with a pronoun object goods and the maker named with them, and reads permission withheld from "them"', () => {
    const fcc = 'authority:fcc';
    const listed = 'The Federal Communications Commission added harbour cranes made by Marrowby Cable Co., Ltd. to the Covered List in October';
    expect(relations(`${listed}, so the commission will no longer authorize new models of them.`).filter((r) => r.includes('RESTRICTS'))).toEqual([
      `${fcc} RESTRICTS product:~harbour-crane`,
      `${fcc} RESTRICTS company:~marrowby-cable-co-ltd`,
    ]);
    expect(relations(`${listed}, and will no longer authorize them.`).filter((r) => r.includes('RESTRICTS'))).toEqual([
      `${fcc} RESTRICTS product:~harbour-crane`,
      `${fcc} RESTRICTS company:~marrowby-cable-co-ltd`,
    ]);
    // Permission not withheld restricts nothing.
    expect(relations(`${listed}, and will still authorize them.`).filter((r) => r.includes('RESTRICTS'))).toEqual([]);
    const nma = 'authority:~norland-maritime-administration';
    expect(relations('The Norland Maritime Administration studied harbour cranes made by Marrowby Cable Co., Ltd. in October, and it has banned them.')).toEqual([
      `${nma} RESTRICTS product:~harbour-crane`,
      `${nma} RESTRICTS company:~marrowby-cable-co-ltd`,
      'company:~marrowby-cable-co-ltd MAKES product:~harbour-crane',
    ]);
    // A company named after the goods but not as their maker is not taken up.
    expect(relations('The Norland Maritime Administration studied harbour cranes for Marrowby Cable Co., Ltd. in October, and it has banned them.').filter((r) => r.includes('RESTRICTS'))).toEqual([
      `${nma} RESTRICTS product:~harbour-crane`,
    ]);
  });
  it('reads a denial of a party\'s export privileges in the passive, after its holder and as a noun', () => {
    const bis = ['authority:bis RESTRICTS company:~marrowby-cable-co-ltd'];
    expect(relations('The export privileges of Marrowby Cable Co., Ltd. were denied by the Bureau of Industry and Security in May.')).toEqual(bis);
    expect(relations("Marrowby Cable Co., Ltd.'s export privileges were suspended by the Bureau of Industry and Security in May.")).toEqual(bis);
    expect(relations('The Bureau of Industry and Security denied Marrowby Cable Co., Ltd. its export privileges in May.')).toEqual(bis);
    expect(relations("The Bureau of Industry and Security's denial of export privileges to Marrowby Cable Co., Ltd. took effect in May.")).toEqual(bis);
    // Privileges restored, a negated denial, a denial of a claim: none.
    expect(relations('The Bureau of Industry and Security restored the export privileges of Marrowby Cable Co., Ltd. in May.')).toEqual([]);
    expect(relations('The export privileges of Marrowby Cable Co., Ltd. were not denied by the Bureau of Industry and Security.')).toEqual([]);
    expect(relations('The Bureau of Industry and Security denied that Marrowby Cable Co., Ltd. had lost its export privileges.')).toEqual([]);
  });
});

describe('a recommendation to others', () => {
  it('is no act of the one who recommends or advises, nor is a regulator named by its noun a cue', () => {
    expect(relations('The Norland Maritime Administration recommended that port operators restrict harbour cranes.')).toEqual([]);
    expect(relations('The Norland Maritime Administration advised port regulators to restrict harbour cranes.')).toEqual([]);
  });
  it('leaves the act the recommender does itself', () => {
    expect(relations('The Norland Maritime Administration restricted harbour cranes after it recommended that operators act.')).toEqual([
      'authority:~norland-maritime-administration RESTRICTS product:~harbour-crane',
    ]);
  });
});
