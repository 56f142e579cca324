// The parse reader (ingest/reports/parse-relations.ts over chunks.ts): a verb's subject and objects from a shallow
// parse, its relation from the verb classes of verb-classes.yaml. Own sentences; fictional companies and bodies
// (the catalog does not know them: the recognizer's grammar finds them), real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { lemmaOf, parseSentence } from '../../../ingest/reports/chunks.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { deriveSynonyms, loadVerbClasses, VERB_SYNONYMS_FILE } from '../../../ingest/reports/parse-relations.ts';
import { Emitter, type RelationshipRecord } from '../../../ingest/emit.ts';
import { analyseReport, emitReport, readRelations } from '../../../ingest/reports/records.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import { statedRelations, textSource } from './helpers.ts';
import fs from 'node:fs';

const catalog = loadCatalog();
/** The stated relations the parse reader alone reads in a markdown text, as `start TYPE end`, sorted. */
const parsed = (text: string): string[] => statedRelations(text, { reader: 'parse' });

const BIS = 'authority:bis';
const FCC = 'authority:fcc';
const OFAC = 'authority:~office-of-foreign-assets-control';
const HUAWEI = 'company:huawei';
const ZTE = 'company:zte';
const DRONES = 'product:drones';
const DJI = 'company:dji';

describe('the parse reader', () => {
  it('reads an active verb\'s subject and its object with the destination the class needs', () => {
    expect(parsed('The Bureau of Industry and Security added Huawei to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    // No destination: "add" states no listing.
    expect(parsed('The Bureau of Industry and Security added Huawei as a topic of its annual conference.')).toEqual([]);
  });

  it('skips a relative clause and an apposition between the subject and its verb', () => {
    expect(parsed('The Bureau of Industry and Security, which administers the export rules, added Huawei and ZTE to the Entity List.')).toEqual([
      `${BIS} ADDS_TO_LIST ${HUAWEI}`,
      `${BIS} ADDS_TO_LIST ${ZTE}`,
    ]);
    expect(parsed('The Federal Communications Commission, a federal regulator, banned imports of drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`]);
  });

  it('reads a relative clause\'s subject as the noun before it', () => {
    expect(parsed('The report praised the Federal Communications Commission, which banned imports of drones in May.')).toEqual([`${FCC} RESTRICTS ${DRONES}`]);
  });

  it('reads a passive\'s agent as the actor, and with no agent the instrument it was done under', () => {
    expect(parsed('Huawei was designated by the Office of Foreign Assets Control.')).toEqual([`${OFAC} DESIGNATES ${HUAWEI}`]);
    expect(parsed('Huawei and ZTE were added to the Entity List under the Secure and Trusted Communications Networks Act of 2019.')).toEqual([
      `law:~secure-and-trusted-communications-networks-act ADDS_TO_LIST ${HUAWEI}`,
      `law:~secure-and-trusted-communications-networks-act ADDS_TO_LIST ${ZTE}`,
    ]);
    // Agentless, under nothing: no actor.
    expect(parsed('Huawei and ZTE were added to the Entity List in 2019.')).toEqual([]);
  });

  it('states nothing under a negation, a modal, a condition, an intention or a report\'s recommendation', () => {
    expect(parsed('The Federal Communications Commission did not restrict imports of drones.')).toEqual([]);
    expect(parsed('The Federal Communications Commission could restrict imports of drones.')).toEqual([]);
    expect(parsed('If the Bureau of Industry and Security adds Huawei to the Entity List, exporters will need a license.')).toEqual([]);
    expect(parsed('The Bureau of Industry and Security plans to add Huawei to the Entity List.')).toEqual([]);
    expect(parsed('The Federal Communications Commission should restrict imports of drones.')).toEqual([]);
    expect(parsed('The Federal Communications Commission will propose a ban on drones.')).toEqual([]);
    expect(parsed('Does the Cyber Resilience Act apply to drones?')).toEqual([]);
  });

  it('reads the objects coordinated with the first, through a trade noun and a maker', () => {
    expect(parsed('The Federal Communications Commission banned imports of drones made by DJI.')).toEqual([`${FCC} RESTRICTS ${DJI}`, `${FCC} RESTRICTS ${DRONES}`]);
    expect(parsed('The Office of Foreign Assets Control designated Marrowby Cable Co., Ltd., a maker of harbour cranes, together with Veldry Trawl Ltd.')).toEqual([
      `${OFAC} DESIGNATES company:~marrowby-cable-co-ltd`,
      `${OFAC} DESIGNATES company:~veldry-trawl-ltd`,
    ]);
  });

  it('gives a coordinated predicate the subject of the verb before', () => {
    expect(parsed('The Federal Communications Commission met the Bureau of Industry and Security and restricted imports of drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`]);
  });

  it('reads nominalisations: a class noun after a light verb, or with its actor as possessor', () => {
    expect(parsed('The European Commission opened an in-depth investigation into Huawei.')).toEqual([`authority:european-commission INVESTIGATES ${HUAWEI}`]);
    expect(parsed('The Bureau of Industry and Security imposed new restrictions on Huawei.')).toEqual([`${BIS} RESTRICTS ${HUAWEI}`]);
    expect(parsed("The Bureau of Industry and Security's addition of Huawei to the Entity List surprised analysts.")).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed('The Bureau of Industry and Security announced the addition of 12 entities, including Huawei, to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed('Since 2019, the Bureau of Industry and Security has added more than 100 entities, including Huawei, to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed("The Commerce Department's move to blacklist Huawei rattled suppliers.")).toEqual([`authority:us-commerce ADDS_TO_LIST ${HUAWEI}`]);
    // Hedged or asked for: no act.
    expect(parsed("The Federal Communications Commission's proposed ban on drones drew comments.")).toEqual([]);
    expect(parsed('The Federal Communications Commission called for a ban on drones.')).toEqual([]);
  });

  it('reads the objects of a gerund after the party a prohibition binds, and those of goods\' origin', () => {
    expect(parsed('The Secure Equipment Act bars federal agencies from buying drones made by DJI.')).toEqual([`law:us:secure-equipment-act RESTRICTS ${DJI}`, `law:us:secure-equipment-act RESTRICTS ${DRONES}`]);
    expect(parsed('The Bureau of Industry and Security imposed tariffs on drones imported from China.')).toEqual([`${BIS} RESTRICTS jur:cn`, `${BIS} RESTRICTS ${DRONES}`]);
    // A demonym is goods' origin for a restriction only, not what a designation names.
    expect(parsed('The Department of Defense named Huawei a Chinese military company.')).toEqual([`authority:dod DESIGNATES ${HUAWEI}`]);
  });

  it('reads an opening phrase without its comma, and an opening "It" as the paragraph\'s previous actor', () => {
    expect(parsed('In 2022 the FCC banned imports of drones.')).toEqual([`${FCC} RESTRICTS ${DRONES}`]);
    const mofcom = 'authority:~ministry-of-commerce-of-the-people-s-republic-of-china';
    expect(parsed("The Ministry of Commerce of the People's Republic of China added Huawei to its Unreliable Entity List. It also restricted exports of drones.")).toEqual([
      `${mofcom} ADDS_TO_LIST ${HUAWEI}`,
      `${mofcom} RESTRICTS ${DRONES}`,
    ]);
  });

  it('gives an infinitive the actor of its means verb or of the noun it hangs on; an inverted condition states nothing', () => {
    expect(parsed('The Department of Commerce issues this rule to prohibit imports of drones.')).toEqual([`authority:us-commerce RESTRICTS ${DRONES}`]);
    expect(parsed('The Department of Commerce shall issue regulations governing the security of drones.')).toEqual([`authority:us-commerce REGULATES ${DRONES}`]);
    expect(parsed("The FCC's decision to add Huawei to the Covered List surprised nobody.")).toEqual([`${FCC} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed("The FCC's plan to add Huawei to the Covered List surprised nobody.")).toEqual([]);
    expect(parsed('Were the Bureau of Industry and Security to add Huawei to the Entity List, exporters would need a license.')).toEqual([]);
  });

  it('reads a measure a subject undergoes as the act of the instrument it is under', () => {
    expect(parsed('Chinese drones already face tariffs under the Trade Act of 1974.')).toEqual(['law:~trade-act RESTRICTS jur:cn', `law:~trade-act RESTRICTS ${DRONES}`]);
  });

  it('reads quantifiers inside a verb group, staff acting for their body, and an investigation\'s "whether"', () => {
    expect(parsed('Huawei and ZTE have all been placed on the Entity List by the Bureau of Industry and Security.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`, `${BIS} ADDS_TO_LIST ${ZTE}`]);
    expect(parsed('Officials at the Bureau of Industry and Security added Huawei to the Entity List.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed('The European Commission is investigating whether ZTE received subsidies.')).toEqual([`authority:european-commission INVESTIGATES ${ZTE}`]);
    // After another verb, "whether" leaves its clause undecided.
    expect(parsed('The European Commission is reviewing whether drones should be restricted.')).toEqual([]);
  });

  it('reads duties on those who make or provide a thing, scopes through providers, and acts named by their actor', () => {
    expect(parsed('The Cyber Resilience Act requires manufacturers of connected products to report vulnerabilities.')).toEqual(['law:eu:cyber-resilience-act REGULATES product:~connected-product']);
    expect(parsed('Under the Cyber Resilience Act, manufacturers of smart speakers must handle vulnerabilities for five years.')).toEqual(['law:eu:cyber-resilience-act REGULATES product:~smart-speaker']);
    // The act of a verb whose subject a means verb gives takes that verb's intention ("expected to finalize").
    expect(parsed('The Department of Commerce is expected to issue regulations governing the security of drones.')).toEqual([]);
    // A duty on a named company regulates no product.
    expect(parsed('The Cyber Resilience Act requires Huawei to report vulnerabilities.')).toEqual([]);
    expect(parsed('NIS2 applies to providers of cloud computing services.')).toEqual(['law:eu:nis2 REGULATES technology:~cloud-computing-service']);
    expect(parsed("Today's action by the Bureau of Industry and Security adds Huawei and ZTE to the Entity List.")).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`, `${BIS} ADDS_TO_LIST ${ZTE}`]);
    expect(parsed('In its final rule, the Bureau of Industry and Security imposed export controls on drones.')).toEqual([`${BIS} RESTRICTS ${DRONES}`]);
    expect(parsed('The sanctions that the Office of Foreign Assets Control imposed on ZTE remain in force.')).toEqual([`${OFAC} RESTRICTS ${ZTE}`]);
    expect(parsed('Drones made by DJI were banned by the Federal Communications Commission in 2025.')).toEqual([`${FCC} RESTRICTS ${DJI}`, `${FCC} RESTRICTS ${DRONES}`]);
  });

  it('reads a relative clause\'s antecedent as its verb\'s object, a prohibition binding a party as its instrument\'s, and an adverb as no adjective', () => {
    expect(parsed('Huawei, which the Bureau of Industry and Security added to the Entity List in 2019, has since developed its own chips.')).toEqual([`${BIS} ADDS_TO_LIST ${HUAWEI}`]);
    expect(parsed('Under Section 889, federal agencies may not buy equipment from Huawei.')).toEqual([`law:us:ndaa-fy2019-sec-889 RESTRICTS ${HUAWEI}`]);
    expect(parsed('The Federal Communications Commission later barred Huawei equipment from U.S. networks.')).toEqual([`${FCC} RESTRICTS ${HUAWEI}`]);
  });

  it('reads the scope idiom, frameworks an instrument establishes, and relative clauses saying what a thing holds', () => {
    expect(parsed('Drones fall within the scope of the Cyber Resilience Act.')).toEqual([`law:eu:cyber-resilience-act REGULATES ${DRONES}`]);
    expect(parsed('The Cyber Resilience Act establishes a certification framework for drones.')).toEqual([`law:eu:cyber-resilience-act REGULATES ${DRONES}`]);
    expect(parsed('The Federal Communications Commission bars the sale of cameras that run software from Hikvision.')).toEqual([`${FCC} RESTRICTS company:hikvision`, `${FCC} RESTRICTS product:~camera`]);
  });

  it('skips partner adjuncts and appositions ending in a relative clause, and reads a named instrument as a relative clause\'s actor', () => {
    expect(parsed('The Secretary of the Treasury, in consultation with the Secretary of State and the Attorney General, shall designate Huawei as an entity of concern.')).toEqual([`authority:~department-of-the-treasury DESIGNATES ${HUAWEI}`]);
    expect(parsed('The Federal Communications Commission is probing Huawei, a Texas reseller that kept listing modules, according to a letter.')).toEqual([`${FCC} INVESTIGATES ${HUAWEI}`]);
    expect(parsed('The Federal Communications Commission issued a final rule (the Secure Equipment Act) that prohibits imports of drones.')).toEqual([`law:us:secure-equipment-act RESTRICTS ${DRONES}`]);
    // An "it" after an apposition's relative clause takes up the main verb's object, not the clause's.
    expect(parsed('The Office of Foreign Assets Control designated Huawei, a company that shipped drones to Russia, and added it to the Entity List.')).toEqual([
      `${OFAC} ADDS_TO_LIST ${HUAWEI}`,
      `${OFAC} DESIGNATES ${HUAWEI}`,
    ]);
  });

  it('reads "..., and it has restricted X" as the first verb\'s subject\'s, and a plural class verb before a determiner', () => {
    const mofcom = 'authority:~ministry-of-commerce-of-the-people-s-republic-of-china';
    expect(parsed("The Ministry of Commerce of the People's Republic of China put Huawei on its Unreliable Entity List in September, and it has restricted exports of drones.")).toEqual([
      `${mofcom} ADDS_TO_LIST ${HUAWEI}`,
      `${mofcom} RESTRICTS ${DRONES}`,
    ]);
    expect(parsed('The Secure Equipment Act, signed in 2021, bans the import of drones.')).toEqual([`law:us:secure-equipment-act RESTRICTS ${DRONES}`]);
  });

  it('states nothing declined, failed, lifted, denied, without basis or only called for', () => {
    for (const sentence of [
      'The Federal Communications Commission declined to add DJI to the Covered List.',
      'Critics argue that the Federal Communications Commission failed to restrict drones.',
      'The Bureau of Industry and Security lifted restrictions on ZTE in 2018.',
      'The Federal Communications Commission has not yet decided whether to restrict drones.',
      'The Federal Communications Commission removed Huawei from the Covered List.',
      'Huawei said the Bureau of Industry and Security had no basis to restrict its chips.',
      'The European Commission rejected calls to ban Huawei.',
      'The Bureau of Industry and Security denied that it had added Huawei to the Entity List.',
    ]) {
      expect(parsed(sentence), sentence).toEqual([]);
    }
  });

  it('reads measures a subject is under or subject to, by their agent, and a trade noun\'s destination in a nominalisation', () => {
    expect(parsed('ZTE has been under investigation by the European Commission since 2023.')).toEqual([`authority:european-commission INVESTIGATES ${ZTE}`]);
    expect(parsed('Huawei has been subject to export restrictions imposed by the Bureau of Industry and Security since 2019.')).toEqual([`${BIS} RESTRICTS ${HUAWEI}`]);
    expect(parsed("The Bureau of Industry and Security's restrictions on exports of drones to China took effect in 2022.")).toEqual([`${BIS} RESTRICTS jur:cn`, `${BIS} RESTRICTS ${DRONES}`]);
    // A list named before the noun is no actor.
    expect(parsed('The Entity List designation of Huawei by the Bureau of Industry and Security took effect in May.')).toEqual([`${BIS} DESIGNATES ${HUAWEI}`]);
  });

  it('marks its records as its own, and the union keeps each relation once', () => {
    const report = parseReport(textSource('# T\n\nThe Federal Communications Commission banned imports of drones.', 'markdown'));
    const { rec } = analyseReport(report, catalog);
    const parse = readRelations(report, rec.sentences, 'parse');
    expect(parse.map((r) => r.rule)).toEqual(['parse:restrict']);
    const both = readRelations(report, rec.sentences, 'both');
    expect(both.filter((r) => r.type === 'RESTRICTS')).toHaveLength(1);
  });

  it('emits its relations as graph records whose method names the reader and class', () => {
    const file = textSource('# T\n\nThe Federal Communications Commission banned imports of drones.', 'markdown');
    const emit = new Emitter(file.entry.id);
    emit.node(`doc:${file.entry.id}`, ['Document'], { title: file.entry.title });
    emitReport(emit, parseReport(file), catalog, file.entry, { reader: 'parse' });
    const restricts = emit.records().filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === 'RESTRICTS');
    expect(restricts.map((r) => [r.start.id, r.end.id, r.properties.evidence.method])).toEqual([[FCC, DRONES, 'pattern:parse:restrict']]);
  });
});

describe('the shallow parse', () => {
  it('reads a verb group\'s lemma, voice and negation, and the tagger\'s nouns after a preposition as nouns', () => {
    const p = parseSentence('The agency has not imposed tariffs on imports of cranes, and the drones were banned.', []);
    expect(p.groups.map((g) => [g.lemma, g.negative, g.passive])).toEqual([
      ['impose', true, false],
      ['ban', false, true],
    ]);
    expect(p.tokens.find((t) => t.text === 'imports')?.kind).toBe('N');
  });

  it('lemmatises a verb form among the verbs a reader knows, by undoing its suffix', () => {
    const known = new Set(['ban', 'impose', 'apply', 'list', 'add', 'seek']);
    expect(['banned', 'imposed', 'applies', 'listing', 'adds', 'sought', 'imposing'].map((w) => lemmaOf(w, ['PastTense'], known))).toEqual(['ban', 'impose', 'apply', 'list', 'add', 'seek', 'impose']);
    // A form of no known verb stays as written.
    expect(lemmaOf('walked', ['PastTense'], known)).toBe('walked');
  });

  it('finds asides between commas: relative clauses and indefinite appositions', () => {
    const p = parseSentence('Tianlan, which makes drones, and Corvexa, a maker of modules, were listed.', []);
    expect(p.asides.map(([a, b]) => p.tokens.slice(a + 1, b).map((t) => t.text).join(' '))).toEqual(['which makes drones', 'a maker of modules']);
  });
});

describe('the verb classes', () => {
  it('load with their WordNet synonyms, and the committed synonyms are what the package gives', () => {
    const vc = loadVerbClasses();
    expect(vc.classes.find((c) => c.id === 'restrict')?.verbs).toContain('forbid');
    const senses = [...new Set(vc.classes.flatMap((c) => c.wordnet ?? []))];
    const committed = JSON.parse(fs.readFileSync(VERB_SYNONYMS_FILE, 'utf8')) as { senses: Record<string, string[]> };
    expect(committed.senses).toEqual(deriveSynonyms(wordnetPackage().dict, senses));
  });
});
