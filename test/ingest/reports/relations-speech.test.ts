// Relations in the constructions of speeches and statements: announcements of what is still to come (own sentences,
// fictional bodies and products).
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../../ingest/reports/relations.ts';
import { relations } from './helpers.ts';
import { NMA } from './ids.ts';

const rules = loadRules();

describe('relations in speeches', () => {
  it('reads no act in a proposal still to be made', () => {
    const proposal = 'The Norland Maritime Administration will propose a rule requiring a licence for exports of harbour cranes.';
    expect(relations(proposal)).toEqual([]);
    // The rule set's `proposal` is what keeps it out: without it the cue is read as an act.
    // A licence requirement on exports is an export control: it restricts the goods (the lead's convention,
    // relation-rules.yaml licence-for-trade-in).
    expect(relations(proposal, { ...rules, proposal: undefined })).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
    expect(relations('The Norland Maritime Administration plans to propose rules for harbour cranes next year.')).toEqual([]);
    // A rule issued is an act, and so is an act announced with "will".
    expect(relations('The Norland Maritime Administration issued a rule requiring a licence for exports of harbour cranes.')).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
    expect(relations('The Norland Maritime Administration will impose tariffs on harbour cranes.')).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
  });
  it('reads a licence required for a trade in goods as restricting them, a duty that is no licence as regulating them', () => {
    expect(relations('The Valdmark Crane Safety Act requires an import licence for shipments of harbour cranes.')).toEqual(['law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane']);
    expect(relations('The Norland Maritime Administration adopted rules which require a license on transfers of harbour cranes.')).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
    expect(relations('The Norland Maritime Administration adopted rules which require makers of harbour cranes to label every crane.')).toEqual([`${NMA} REGULATES product:~harbour-crane`]);
    expect(relations('The Valdmark Crane Safety Act requires sellers of harbour cranes to certify their load tests.')).toEqual(['law:~valdmark-crane-safety-act REGULATES product:~harbour-crane']);
  });
  it('reads a country whose jurisdiction or ownership marks the suppliers a prohibition names as restricted', () => {
    expect(relations('The Valdmark Crane Safety Act prohibits the import of harbour cranes designed or supplied by persons owned by, controlled by, or subject to the jurisdiction of China or Russia.').sort()).toEqual([
      'law:~valdmark-crane-safety-act RESTRICTS jur:cn',
      'law:~valdmark-crane-safety-act RESTRICTS jur:ru',
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    ]);
    // Without a restriction, an owner names no target.
    expect(relations('The Valdmark Crane Safety Act applies to harbour cranes owned by Russia.')).toEqual(['law:~valdmark-crane-safety-act REGULATES product:~harbour-crane']);
  });
  it('reads a licence requirement on what goes to a company as restricting it, "them" taking up the company', () => {
    const r = relations('Marrowby Cable Co., Ltd. shipped harbour cranes to a naval yard, and the Valdmark Crane Safety Act now requires a licence for every item that goes to them.');
    expect(r.filter((x) => x.includes('RESTRICTS'))).toEqual(['law:~valdmark-crane-safety-act RESTRICTS company:~marrowby-cable-co-ltd']);
    expect(relations('The Valdmark Crane Safety Act requires a licence for exports to Marrowby Cable Co., Ltd.')).toEqual(['law:~valdmark-crane-safety-act RESTRICTS company:~marrowby-cable-co-ltd']);
    // Goods that go to someone else restrict nobody named.
    expect(relations('Marrowby Cable Co., Ltd. shipped harbour cranes to a naval yard, and the Valdmark Crane Safety Act now requires a licence for every item that goes to the yard.').filter((x) => x.includes('RESTRICTS'))).toEqual([]);
  });
  it('reads an addition whose list is left out as the same actor\'s addition to the list named before in the paragraph', () => {
    const first = 'The Norland Maritime Administration added Marrowby Cable Co., Ltd. to the Restricted Entities List in March.';
    const second = 'In June the Norland Maritime Administration added Tianlu Crane Co., Ltd., a maker of harbour cranes, for the same reason.';
    const tianlu = `${NMA} ADDS_TO_LIST company:~tianlu-crane-co-ltd`;
    expect(relations(`${first} ${second}`)).toContain(tianlu);
    // Not in another paragraph, not after another actor's addition, not with a destination of its own.
    expect(relations(`${first}\n\n${second}`)).not.toContain(tianlu);
    expect(relations(`The Valdmark Energy Agency added Marrowby Cable Co., Ltd. to the Restricted Entities List in March. ${second}`)).not.toContain(tianlu);
    expect(relations(`${first} In June the Norland Maritime Administration added Tianlu Crane Co., Ltd. to its port inspection programme.`)).not.toContain(tianlu);
  });
  it('reads a coordinated clause\'s "it" as the sentence\'s first actor, whose the verb after it is', () => {
    // Not the list named between them, and the first verb reaches no object after the pronoun.
    expect(relations('The Norland Maritime Administration reviewed the Restricted Entities List in May, and it restricted exports of harbour cranes.')).toEqual([
      `${NMA} RESTRICTS product:~harbour-crane`,
    ]);
    // "they" takes up coordinated actors, each of them.
    expect(relations('The Norland Maritime Administration and the Valdmark Energy Agency reviewed the Restricted Entities List in May, and they restricted exports of harbour cranes.')).toEqual([
      `${NMA} RESTRICTS product:~harbour-crane`,
      'authority:~valdmark-energy-agency RESTRICTS product:~harbour-crane',
    ]);
    // In a passive, the first actor is the grammatical subject, not the agent after "by".
    expect(relations('The Valdmark Crane Safety Act was amended by the Norland Maritime Administration in May, and it now bars the import of harbour cranes.')).toEqual([
      'law:~valdmark-crane-safety-act RESTRICTS product:~harbour-crane',
    ]);
  });
});
