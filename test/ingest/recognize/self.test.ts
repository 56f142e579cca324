// A document's references to itself ("this order", "this Directive", "this chapter", 本法) name its own Law,
// when it is an instrument: its title opens with one, or it states an enacting formula. Own sentences.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { loadRules, type RuleSet } from '../../../ingest/reports/relations.ts';
import { documentSelf } from '../../../ingest/recognize/self.ts';
import { readFixture } from '../../corpus.ts';

const catalog = loadCatalog();

function read(markdown: string, entry: Partial<ManifestEntry> = {}, rules?: RuleSet) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'intl', kind: 'report', language: 'en', format: 'markdown', file: 'inline.md', ...entry };
  const file: SourceFile = { path: 'inline.md', entry: e, text: markdown, sha256: crypto.createHash('sha256').update(markdown).digest('hex') };
  return analyseReport(parseReport(file), catalog, e, rules);
}
const selfMentions = (r: ReturnType<typeof read>): string[] =>
  r.rec.sentences.flatMap((s) => s.mentions.filter((m) => m.via === 'self-reference').map((m) => `${m.surface}=${m.id}`));
const relations = (r: ReturnType<typeof read>): string[] => r.relations.map((x) => `${x.start} ${x.type} ${x.end}`);

describe('self-reference', () => {
  const order = [
    '# Executive Order on Securing Lidar Supply Chains',
    '',
    'By the authority vested in me as President, it is hereby ordered as follows:',
    '',
    'Section 1. Prohibition. This order prohibits the import of lidar sensors manufactured by Orrin Robotics Inc.',
    '',
    'Sec. 2. General Provisions. Nothing in this order shall be construed to impair the functions of any agency.',
  ].join('\n');

  it('reads an order that says it is one (an enacting formula) as its own Law, named by its title', () => {
    const r = read(order);
    const id = 'law:~executive-order-on-securing-lidar-supply-chains';
    expect(selfMentions(r)).toEqual([`This order=${id}`, `this order=${id}`]);
    expect(r.rec.entities.find((e) => e.id === id)).toMatchObject({ label: 'Law', name: 'Executive Order on Securing Lidar Supply Chains', kind: 'order' });
    expect(relations(r)).toEqual([`${id} RESTRICTS product:~lidar-sensor`, `${id} RESTRICTS company:~orrin-robotics-inc`, 'company:~orrin-robotics-inc MAKES product:~lidar-sensor']);
  });

  it('takes the order for no agent where it only dates, frames or cites a provision, but for one where its provision acts', () => {
    const id = 'law:~executive-order-on-securing-lidar-supply-chains';
    const inOrder = (sentence: string): string[] =>
      read(`${order}\n\nSec. 3. Removal. ${sentence}`).relations.filter((r) => r.quote === sentence).map((x) => `${x.start} ${x.type} ${x.end}`);
    expect(inOrder('Within 60 days of the date of this order, agencies shall remove lidar sensors from their networks.')).toEqual([]);
    expect(inOrder('For purposes of this order, agencies shall remove lidar sensors from their networks.')).toEqual([]);
    expect(inOrder('Consistent with section 1 of this order, agencies shall remove lidar sensors from their networks.')).toEqual([]);
    expect(inOrder('Section 1 of this order prohibits the import of lidar sensors.')).toEqual([`${id} RESTRICTS product:~lidar-sensor`]);
    expect(inOrder('Lidar sensors are prohibited under section 1 of this order.')).toEqual([`${id} RESTRICTS product:~lidar-sensor`]);
  });

  it('reads a rule as the Federal Register prints it ("ACTION: Final rule.") as its own Law, with its part, and a savings clause as no act of it', () => {
    const rule = [
      '# Securing Harbour Crane Software',
      '',
      'AGENCY: Norland Maritime Administration.',
      '',
      'ACTION: Final rule.',
      '',
      'SUMMARY: This final rule restricts cargo tracking software made by Lantern Logistics Systems Inc.',
      '',
      'Nothing in this rule limits the authority of the Norland Customs Service to inspect ship-to-shore cranes.',
      '',
      '§ 901.1 Scope. This part applies to ship-to-shore cranes.',
    ].join('\n');
    const r = read(rule);
    const id = 'law:~securing-harbour-crane-software';
    expect(selfMentions(r)).toEqual([`This final rule=${id}`, `this rule=${id}`, `This part=${id}`]);
    expect(relations(r)).toEqual([
      `${id} RESTRICTS technology:~cargo-tracking-software`,
      `${id} RESTRICTS company:~lantern-logistics-systems-inc`,
      'authority:~norland-customs-service INVESTIGATES product:port-cranes', // not the rule's
      `${id} REGULATES product:port-cranes`,
    ]);
    // Without the action line it is a document about a rule, not one.
    expect(selfMentions(read(rule.replace('ACTION: Final rule.', 'A note.')))).toEqual([]);
  });

  it('reads a header line that is a CFR part alone, above "ACTION: Final rule.", as the rule itself, not a part cited in a sentence', () => {
    const rule = [
      '# Securing Harbour Crane Software',
      '',
      'Norland Maritime Administration',
      '',
      '46 CFR Part 901',
      '',
      'ACTION: Final rule.',
      '',
      'SUMMARY: This final rule adds 46 CFR part 901, which restricts cargo tracking software, beside 46 CFR part 900.',
    ].join('\n');
    const id = 'law:~46-cfr-part-901';
    expect(selfMentions(read(rule))).toEqual([`This final rule=${id}`]);
    // The part the line names and the part the summary cites are one record with the rule; the other part stays apart.
    const laws = read(rule).rec.entities.filter((e) => e.id.startsWith('law:')).map((e) => e.id).sort();
    expect(laws).toEqual(['law:~46-cfr-part-900', id]);
    // A part cited inside a header sentence is another instrument: the title names the rule.
    expect(selfMentions(read(rule.replace('46 CFR Part 901', 'Amending 46 CFR Part 901 of the rules.')))).toEqual(['This final rule=law:~securing-harbour-crane-software']);
  });

  it('reads a rule\'s provision that binds everyone ("No person ... may import X") as the rule\'s act', () => {
    const rule = [
      '# Securing Harbour Crane Software',
      '',
      'ACTION: Final rule.',
      '',
      'SUMMARY: This final rule takes effect in May.',
      '',
      '§ 901.3 Prohibited transactions.',
      '',
      '(a) No person subject to the jurisdiction of the United States may knowingly import into the United States ship-to-shore cranes that run cargo tracking software.',
    ].join('\n');
    const id = 'law:~securing-harbour-crane-software';
    // The goods and the software they run, as the rule's own prohibition names them.
    expect(relations(read(rule))).toEqual([`${id} RESTRICTS product:port-cranes`, `${id} RESTRICTS technology:~cargo-tracking-software`]);
    // A report about a rule has no self to act: none.
    expect(relations(read(rule.replace('ACTION: Final rule.', 'A note.')))).toEqual([]);
    // A law after the provision's verb is a reference, no actor: the rule still acts.
    const b = '(b) No person may install cargo tracking software supplied by Lantern Logistics Systems Inc. at a port regulated under the Norland Port Security Act.';
    expect(relations(read(`${rule}\n\n${b}`)).filter((r) => r.includes('lantern'))).toEqual([`${id} RESTRICTS company:~lantern-logistics-systems-inc`]);
  });

  it('reads an order\'s own agentless prohibition ("Any transaction that involves X is prohibited") as the order\'s act, not a past or another\'s one', () => {
    const order = [
      '# Executive Order on Securing Ferry Ticketing Systems',
      '',
      'By the authority vested in me as President, it is hereby ordered as follows:',
      '',
      'Section 1. Prohibitions.',
    ].join('\n');
    const id = 'law:~executive-order-on-securing-ferry-ticketing-systems';
    // The order names itself ("this order") in a later section, as orders do.
    const end = 'Sec. 2. General Provisions. Nothing in this order shall be construed to impair the functions of any agency.';
    const inOrder = (sentence: string): string[] =>
      read(`${order}\n\n${sentence}\n\n${end}`).relations.filter((r) => r.quote === sentence && r.type === 'RESTRICTS' && r.start === id).map((x) => `${x.start} ${x.type} ${x.end}`);
    // The goods and their maker, before the verb or in the list after the colon.
    expect(inOrder('(b) Any transaction that involves lidar sensors made by Orrin Robotics Inc. is prohibited.')).toEqual([`${id} RESTRICTS product:~lidar-sensor`, `${id} RESTRICTS company:~orrin-robotics-inc`]);
    expect(inOrder('(a) The following actions are prohibited beginning 30 days after the date of this order: any purchase by a United States person of lidar sensors supplied by Orrin Robotics Inc.')).toEqual([
      `${id} RESTRICTS product:~lidar-sensor`,
      `${id} RESTRICTS company:~orrin-robotics-inc`,
    ]);
    // A list item under such a lead-in names what it prohibits.
    const listed = read(`${order}\n\n(a) The following transactions are prohibited:\n\n- (i) any import of lidar sensors made by Orrin Robotics Inc.; and\n\n${end}`).relations;
    expect(listed.filter((r) => r.type === 'RESTRICTS').map((x) => `${x.start} ${x.type} ${x.end}`)).toEqual([`${id} RESTRICTS product:~lidar-sensor`, `${id} RESTRICTS company:~orrin-robotics-inc`]);
    // A place the goods are brought into is no origin of theirs.
    expect(inOrder('(c) The importation into the United States of lidar sensors made by Orrin Robotics Inc. shall be prohibited.')).toEqual([
      `${id} RESTRICTS product:~lidar-sensor`,
      `${id} RESTRICTS company:~orrin-robotics-inc`,
    ]);
    // Near-misses, none the order's act: an earlier measure told in the past, another instrument's or body's prohibition, a
    // negation, a condition.
    expect(inOrder('(d) Purchases of lidar sensors made by Orrin Robotics Inc. were prohibited in 2029.')).toEqual([]);
    expect(inOrder('(d) Any transaction that involves lidar sensors made by Orrin Robotics Inc. is prohibited under the Export Control Reform Act of 2018.')).toEqual([]);
    expect(inOrder('(d) The Department of Commerce has found that lidar sensors are prohibited in several States.')).toEqual([]);
    expect(inOrder('(d) Any transaction that involves lidar sensors made by Orrin Robotics Inc. is not prohibited.')).toEqual([]);
    expect(inOrder('(d) A transaction that involves lidar sensors is prohibited if it is made without a license.')).toEqual([]);
    // A report about an order has no self to act.
    const sentence = '(b) Any transaction that involves lidar sensors made by Orrin Robotics Inc. is prohibited.';
    expect(read(`# A note on ferry ticketing\n\nSection 1. Prohibitions.\n\n${sentence}\n\n${end}`).relations.filter((r) => r.type === 'RESTRICTS')).toEqual([]);
  });

  it('reads any rule whose actor is the self (actor: self) as the order\'s act, in the sentence or an item\'s lead-in, where no other body acts', () => {
    // The rule file with one more self rule of another act, a naming an order states in the agentless passive (own-designation, the file's, reads "designated").
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'self-rule-'));
    let rules: RuleSet;
    try {
      const file = path.join(dir, 'relation-rules.yaml');
      const own = "  - id: own-naming\n    type: DESIGNATES\n    actor: self\n    subject: [Law]\n    object: [Company]\n    cue: '\\b(?:is|are)\\s+hereby\\s+named\\b'\n    confidence: 0.5\n";
      fs.writeFileSync(file, `${fs.readFileSync(path.join(import.meta.dirname, '../../../ingest/reports/relation-rules.yaml'), 'utf8').trimEnd()}\n${own}`);
      rules = loadRules(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const order = '# Executive Order on Securing Ferry Ticketing Systems\n\nBy the authority vested in me as President, it is hereby ordered as follows:\n\nSection 1. Designations.';
    const id = 'law:~executive-order-on-securing-ferry-ticketing-systems';
    const end = 'Sec. 2. General Provisions. Nothing in this order shall be construed to impair the functions of any agency.';
    const designated = (body: string, with_ = rules): string[] =>
      read(`${order}\n\n${body}\n\n${end}`, {}, with_).relations.filter((r) => r.type === 'DESIGNATES').map((x) => `${x.start} ${x.rule} ${x.end}`);
    expect(designated('(a) Orrin Robotics Inc. is hereby named.')).toEqual([`${id} own-naming company:~orrin-robotics-inc`]);
    expect(designated('(a) The following persons are hereby named:\n\n- (i) Orrin Robotics Inc.; and')).toEqual([`${id} own-naming company:~orrin-robotics-inc`]);
    // The file's rules alone read no naming there; another body's, or a report's with no self, is none of the order's.
    expect(designated('(a) Orrin Robotics Inc. is hereby named.', loadRules())).toEqual([]);
    expect(designated('(a) Orrin Robotics Inc. is hereby designated by the Department of Commerce.').filter((r) => r.startsWith(id))).toEqual([]);
    expect(read(`# A note on ferry ticketing\n\n(a) Orrin Robotics Inc. is hereby designated.\n\n${end}`, {}, rules).relations.filter((r) => r.type === 'DESIGNATES')).toEqual([]);
  });

  it('reads a Federal Register rule\'s "the rule" as itself, not "the rule of" something or a rule named otherwise', () => {
    const rule = [
      '# Securing Harbour Crane Software',
      '',
      'ACTION: Final rule.',
      '',
      'The rule requires importers of ship-to-shore cranes to file a declaration. The proposed rule and the rule of law are others.',
    ].join('\n');
    const r = read(rule);
    const id = 'law:~securing-harbour-crane-software';
    expect(selfMentions(r)).toEqual([`The rule=${id}`]);
    expect(relations(r)).toEqual([`${id} REGULATES product:port-cranes`]);
    // A report's "the rule" is no self.
    expect(selfMentions(read(rule.replace('ACTION: Final rule.', 'A note.')))).toEqual([]);
  });

  it('reads a proclamation\'s "the Proclamation" as itself, as a fact sheet quoting it does, and its bullets as its acts', () => {
    const sheet = [
      '# Fact Sheet: Harbour Cranes',
      '',
      'The Proclamation:',
      '',
      '- Imposes a 25 percent tariff on ship-to-shore cranes.',
      '',
      'NOW, THEREFORE, I, the President, do hereby proclaim as follows: this proclamation takes effect today.',
    ].join('\n');
    const r = read(sheet);
    const id = 'law:~fact-sheet-harbour-cranes';
    expect(selfMentions(r)).toEqual([`The Proclamation=${id}`, `this proclamation=${id}`]);
    expect(relations(r)).toEqual([`${id} RESTRICTS product:port-cranes`]);
    // Without the enacting formula the document is no proclamation, and "the Proclamation" none of its own.
    expect(selfMentions(read(sheet.replace('do hereby proclaim', 'said')))).toEqual([]);
  });

  it('reads the instrument a fact sheet announces ("Today, President X signed a Proclamation") as the one its "the Proclamation" names', () => {
    const sheet = (verb: string) =>
      ['# Fact Sheet: Harbour Cranes', '', `Today, President Adler ${verb} a Proclamation on cranes.`, '', 'The Proclamation:', '', '- Imposes a 25 percent tariff on ship-to-shore cranes.'].join('\n');
    const id = 'law:~fact-sheet-harbour-cranes';
    expect(relations(read(sheet('signed')))).toEqual([`${id} RESTRICTS product:port-cranes`]);
    const order = read('# Fact Sheet: Harbour Cranes\n\nToday, President Adler signed an Executive Order on cranes. The Order prohibits the import of ship-to-shore cranes.');
    expect(relations(order)).toEqual([`${id} RESTRICTS product:port-cranes`]);
    // The announcement's own word is the instrument, the actor before the statute it cites.
    const announced = read('# Fact Sheet: Harbour Cranes\n\nToday, President Adler signed a Proclamation under section 232 of the Trade Expansion Act of 1962 that adjusts imports of ship-to-shore cranes.');
    expect(selfMentions(announced)).toEqual([`Proclamation=${id}`]);
    expect(relations(announced)).toEqual([`${id} RESTRICTS product:port-cranes`]);
    // The President's name may hold an initial's stop or a suffix's, which end no sentence.
    const initial = read('# Fact Sheet: Harbour Cranes\n\nToday, President Miriam K. Adler signed an Executive Order on cranes. The Order prohibits the import of ship-to-shore cranes.');
    expect(relations(initial)).toEqual([`law:~fact-sheet-harbour-cranes RESTRICTS product:port-cranes`]);
    const suffix = read('# Fact Sheet: Harbour Cranes\n\nToday, President Tobias Adler Jr. signed a Proclamation on cranes. The Proclamation imposes a 25 percent tariff on ship-to-shore cranes.');
    expect(relations(suffix)).toEqual([`law:~fact-sheet-harbour-cranes RESTRICTS product:port-cranes`]);
    // A sentence's own stop still ends the reach: a President named in one sentence signs nothing in the next.
    expect(selfMentions(read('# Fact Sheet: Harbour Cranes\n\nToday, President Adler spoke in Ohio. The governor signed an Executive Order on cranes.'))).toEqual([]);
    // A report telling of a proclamation signed before announces none.
    expect(selfMentions(read(sheet('praised')))).toEqual([]);
    expect(selfMentions(read('# Trade brief\n\nIn 2018, President Adler signed a proclamation. The proclamation imposed duties.'))).toEqual([]);
  });

  it('reads the advice an instrument reports ("X recommended that I ...") as no act of the adviser, its own "shall" as one', () => {
    const proclamation = (recital: string) =>
      ['# Adjusting Imports of Lidar Sensors', '', `1. ${recital}`, '', 'NOW, THEREFORE, I, by the authority vested in me, do hereby proclaim as follows:', '', '(1) Imports of lidar sensors are restricted.'].join('\n');
    const commerce = (r: ReturnType<typeof read>): string[] => relations(r).filter((x) => x.startsWith('authority:us-commerce'));
    expect(commerce(read(proclamation('The Secretary of Commerce recommended that I impose restrictions on imports of lidar sensors from Japan.')))).toEqual([]);
    expect(commerce(read(proclamation('The Secretary of Commerce shall impose restrictions on imports of lidar sensors from Japan.')))).not.toEqual([]);
  });

  it('leaves a report\'s "this order" to the order it named before', () => {
    const r = read('# Trade brief\n\nThe President signed Executive Order 14999 in 2030. This order prohibits the import of lidar sensors.');
    expect(selfMentions(r)).toEqual([]);
    expect(relations(r)).toEqual(['law:~executive-order-14999 RESTRICTS product:~lidar-sensor']);
  });

  it('is the instrument the title opens with, the same entity as where the text cites it', () => {
    const r = read('Executive Order 14999 is signed. Under this order, no person may import drone batteries.', { title: 'Executive Order 14999 of March 3, 2030: Securing Drone Batteries' });
    expect(selfMentions(r)).toEqual(['this order=law:~executive-order-14999']);
    expect(r.rec.sentences[0].mentions.map((m) => m.id)).toContain('law:~executive-order-14999');
  });

  it('makes the scope of "this Directive" what the directive regulates', () => {
    const r = read('(7) Managed security services which fall within the scope of this Directive should be notified.', { title: 'Directive (EU) 2099/17 (Space Networks Directive) — OJ L 1' });
    expect(selfMentions(r)).toEqual(['this Directive=law:~directive-eu-2099-17']);
    expect(relations(r)).toEqual(['law:~directive-eu-2099-17 REGULATES technology:~managed-security-service']);
  });

  it('takes an order\'s header line for the order its enacting formula speaks of, one entity with the header\'s citation', () => {
    const r = read(readFixture('statutes/eo-fixture.whitehouse.en.md'), { title: 'Fixture Widgets' });
    expect(selfMentions(r)).toEqual(['this order=law:~executive-order-99001', 'This order=law:~executive-order-99001']);
    expect(r.rec.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['Executive Order 99001=law:~executive-order-99001']);
  });

  it('reads what an instrument applies to as what it regulates, not what it does not apply to', () => {
    const title = { title: 'Regulation (EU) 2099/5 (Example Sensors Regulation) — OJ L 2' };
    expect(relations(read('(1) This Regulation applies to lidar sensors.', title))).toEqual(['law:~regulation-eu-2099-5 REGULATES product:~lidar-sensor']);
    expect(relations(read('(2) This Regulation shall not apply to lidar sensors.', title))).toEqual([]);
  });

  it('is the catalog\'s law when the catalog lists the document among its texts', () => {
    const r = read('(3) This Directive applies to cloud computing services.', { id: 'eu-nis2', title: 'Directive (EU) 2022/2555 (NIS2)' });
    expect(selfMentions(r)).toEqual(['This Directive=law:eu:nis2']);
  });

  it('reads a US Code section\'s "this chapter" as the act its title names, not "this title" or "this section"', () => {
    const r = read('(a) In general. A violation of this chapter or of section 5 of this title is a violation under this section.', {
      title: '47 U.S.C. 9901: Enforcement (Example Networks Act of 2030, Pub. L. 121-1)',
    });
    expect(selfMentions(r)).toEqual(['this chapter=law:~example-networks-act']);
  });

  it('reads 本法 in a Chinese law named by its title', () => {
    const self = documentSelf({ title: '中华人民共和国示例法', sentences: [] });
    expect([...'为了规范示例活动，制定本法。'.matchAll(self!.pattern)].map((m) => m[0])).toEqual(['本法']);
  });

  it('finds no self in a document whose title does not open with an instrument and states no enacting formula', () => {
    expect(documentSelf({ title: 'Evaluating the Cyber Resilience Act', heading: 'A review', sentences: ['This Act is a first step.'] })).toBeUndefined();
    expect(selfMentions(read('# A review\n\nThis Act is a first step.', { title: 'Evaluating the Cyber Resilience Act' }))).toEqual([]);
  });
});
