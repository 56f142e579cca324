// Recognition over a whole report: names become entities, the text's own definitions bind terms, bare
// heads resolve only to their one candidate, technology phrases need support.
import { describe, expect, it } from 'vitest';
import { recognise, settleTentative } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';
import { matcher, recogniseMarkdown } from './helpers.ts';
import { mentionsOf, surfaceIdsOf, surfacesOf } from '../one-sentence.ts';

const run = (md: string) => recogniseMarkdown(md);
const mentions = (md: string): string[] => surfaceIdsOf(run(md));

describe('recognise', () => {
  it('keeps a catalog body qualified by its own country, and takes another country\'s for a new body', () => {
    expect(mentions('# T\n\nThe U.S. Department of Commerce and the Valdmark Department of Commerce met.')).toEqual([
      'U.S. Department of Commerce=authority:us-commerce',
      'Valdmark Department of Commerce=authority:~valdmark-commerce-department',
    ]);
    expect(mentions('# T\n\nThe Chinese Ministry of State Security met.')).toEqual(['Chinese=jur:cn', 'Ministry of State Security=authority:ministry-of-state-security']);
  });
  it('binds the terms a document defines, and a title to the body it names in full', () => {
    const md = '# T\n\nThe Valdmark Bureau of Trade (the "Bureau") met. The Bureau and the Secretary of Trade agreed.';
    expect(mentions(md)).toEqual([
      'Valdmark Bureau of Trade=authority:~valdmark-trade-bureau',
      'Bureau=authority:~valdmark-trade-bureau', // the quoted term itself
      'Bureau=authority:~valdmark-trade-bureau',
      'Secretary of Trade=authority:~trade-department', // another body: a department, not the bureau
    ]);
    // The department's inverted names come from its head's title (short-names.ts invertedNames), bound to it, not to the bureau.
    expect(run(md).learned).toEqual([
      { acronym: 'Bureau', id: 'authority:~valdmark-trade-bureau', locator: 'sec_1.p_1.s_1' },
      // The bureau's inverted names (a Bureau is an inverted head) and its name without its state's word (short-names.ts
      // invertedNames, unprefixedNames).
      { acronym: 'Trade Bureau', id: 'authority:~valdmark-trade-bureau', locator: 'sec_1.p_1.s_1' },
      { acronym: 'trade bureau', id: 'authority:~valdmark-trade-bureau', locator: 'sec_1.p_1.s_1' },
      { acronym: 'Valdmark Trade Bureau', id: 'authority:~valdmark-trade-bureau', locator: 'sec_1.p_1.s_1' },
      { acronym: 'Bureau of Trade', id: 'authority:~valdmark-trade-bureau', locator: 'sec_1.p_1.s_1' },
      { acronym: 'Trade Department', id: 'authority:~trade-department', locator: 'sec_1.p_1.s_2' },
      { acronym: 'trade department', id: 'authority:~trade-department', locator: 'sec_1.p_1.s_2' },
    ]);
  });
  it('resolves a bare head to its only candidate and reports one with two', () => {
    expect(mentions('# T\n\nThe Norland Trade Commission met. The Commission agreed.')).toContain('Commission=authority:~norland-trade-commission');
    const two = run('# T\n\nThe Norland Trade Commission and the Valdmark Energy Commission met. The Commission agreed.');
    expect(two.sentences[1].mentions).toEqual([]);
    expect(two.ambiguities).toMatchObject([{ surface: 'Commission', candidates: ['authority:~norland-trade-commission', 'authority:~valdmark-energy-commission'] }]);
  });
  it('keeps a technology phrase only with support', () => {
    const rec = run('# T\n\nThey sell lidar sensors. Officials discussed quantum sensors twice, quantum sensors.');
    const kept = settleTentative(rec, new Set());
    expect(kept.entities.map((e) => e.name)).toEqual(['quantum sensors']);
    expect(kept.sentences[0].mentions).toEqual([]);
    expect(settleTentative(rec, new Set(['product:~lidar-sensor'])).entities.map((e) => e.name).sort()).toEqual(['lidar sensors', 'quantum sensors']);
  });
  it('reads section headings for names, after the body, and keeps no technology a heading names', () => {
    const rec = run('# Remarks by the Minister of Trade\n\nThe ministry met.\n\n## Reports to Congress and Smart Meters\n\nThe agency sells lidar sensors.');
    expect(rec.sentences.map((s) => s.sentence.locator)).toEqual(['sec_1.p_1.s_1', 'sec_2.p_1.s_1', 'sec_1.heading', 'sec_2.heading']);
    expect(rec.sentences.slice(2).map((s) => s.mentions.map((m) => `${m.surface}=${m.id}`))).toEqual([['Minister of Trade=authority:~trade-ministry'], ['Congress=authority:us-congress']]);
  });
  it('keeps no instrument a title-case heading names by its head word alone, unless the body names it', () => {
    const rec = run('# Annual Report\n\n## Risks Related to Harbour Safety and Crane Regulation\n\nWe sell cranes.\n\n## The Quay Safety Regulation and Our Cranes\n\nThe Quay Safety Regulation binds us.');
    expect(rec.sentences.filter((s) => s.sentence.locator.endsWith('heading')).map((s) => s.mentions.map((m) => m.surface))).toEqual([[], [], ['Quay Safety Regulation']]);
    // Not in title case, capitals still name it.
    expect(mentions('# Annual Report\n\n## Risks of the upcoming Crane Regulation\n\nWe sell cranes.')).toContain('Crane Regulation=law:~crane-regulation');
  });
  // The part's letter is no initial of the body's name (names.ts headingLine): "Valdmark Crane Board", not "C. Valdmark ...".
  it('keeps no body a lettered part heading reads by its head word, unless the body writes its name', () => {
    const rec = run('# Notice\n\n## A. Legal Authority\n\nThe Harbour Agency may close quays.\n\n## B. Department of Harbours Authorities\n\nThe Department of Harbours acts.\n\n## C. Valdmark Crane Board\n\nThe Valdmark Crane Board met.');
    expect(rec.sentences.filter((s) => s.sentence.locator.endsWith('heading')).map((s) => s.mentions.map((m) => m.surface))).toEqual([[], [], [], ['Valdmark Crane Board']]);
  });
  it('keeps a technology phrase named as the class of the members listed after it', () => {
    const names = (md: string): string[] => settleTentative(run(md), new Set()).entities.filter((e) => e.label === 'Product' || e.label === 'Technology').map((e) => e.name).sort();
    expect(names('# T\n\nThe rules bind harbour equipment, including our crane dongles, from May.')).toEqual(['crane dongles', 'harbour equipment']);
    expect(names('# T\n\nThe rules bind harbour equipment near crane dongles, from May.')).toEqual([]);
  });
  it('keeps a technology phrase that defines an acronym for its modifiers inside it', () => {
    const names = (md: string): string[] => settleTentative(run(md), new Set()).entities.filter((e) => e.label === 'Product' || e.label === 'Technology').map((e) => e.name);
    expect(names('# T\n\nThe rules bind harbour control system ("HCS") software from May.')).toEqual(['HCS software']);
    expect(names('# T\n\nThe rules bind harbour control system software from May.')).toEqual([]);
  });
  it('keeps an instrument\'s name over a technology phrase that overlaps it and reaches past it', () => {
    expect(mentions('# T\n\nIts harbour cranes rule bars crane control system software.')).toEqual([
      'harbour cranes rule=law:~harbour-cranes-rule',
      'crane control system software=technology:~crane-control-system-software',
    ]);
  });
  it('reads acronyms coordinated before a head as one phrase naming kinds of it, kept as such, and not as the acronyms\' technologies', () => {
    const rec = settleTentative(run('# T\n\nTwo suppliers ship the LTE-M and 5G modules fitted to harbour cranes.'), new Set());
    expect(rec.sentences[0].mentions.map((m) => `${m.surface} [${m.via}]`)).toContain('LTE-M and 5G modules [thing:kinds]');
    expect(rec.sentences[0].mentions.map((m) => m.surface)).not.toContain('LTE-M');
  });
  it('keeps a maker\'s line named once: the sentence names it as products', () => {
    const kept = settleTentative(run('# T\n\nThe ministry listed Corvane Systems Inc., a maker of vehicle security gateways.'), new Set());
    expect(kept.entities.filter((e) => e.label === 'Product').map((e) => e.name)).toEqual(['vehicle security gateways']);
  });
  it('keeps technology phrases one sentence lists with at least two others, not two alone', () => {
    // (Registries and fees, not makers or vendors: a phrase before a maker noun is supported by it, things.yaml maker-compounds;
    // nor buyers or owners: a phrase before a noun of persons names people, wordnet-persons.ts.)
    const listed = settleTentative(run('# T\n\nThe rules bind lidar sensor registries, PQR name registries, quantum radar fees, tidal turbine operators.'), new Set());
    expect(listed.entities.map((e) => e.name).sort()).toEqual(['lidar sensor', 'quantum radar', 'tidal turbine']);
    const two = settleTentative(run('# T\n\nThe rules bind lidar sensor registries and quantum radar fees.'), new Set());
    expect(two.entities).toEqual([]);
    const clause = settleTentative(run('# T\n\nLidar sensor registries said quantum radar fees, which covered tidal turbine kits, rose.'), new Set());
    expect(clause.entities).toEqual([]);
  });
  it('keeps a technology phrase coordinated with one the document keeps, not one in apposition or inside a longer phrase', () => {
    const names = (md: string): string[] => settleTentative(run(md), new Set()).entities.filter((e) => e.label === 'Product' || e.label === 'Technology').map((e) => e.name).sort();
    expect(names('# T\n\nThey sell quantum radars and their tidal turbines. Tidal turbines sell well.')).toEqual(['quantum radars', 'tidal turbines']);
    // Along the list: the third phrase is coordinated with the second, kept by the first.
    expect(names('# T\n\nThey sell tidal turbines or quantum radars. The radars go with harbour cranes or quantum radars. Tidal turbines sell.')).toEqual(['harbour cranes', 'quantum radars', 'tidal turbines']);
    expect(names('# T\n\nThey sell tidal turbines, quantum radars that hum. Tidal turbines sell well.')).toEqual(['tidal turbines']);
    expect(names('# T\n\nThey know the tidal turbine industry and future quantum radars. Tidal turbines sell.')).not.toContain('quantum radars');
  });
  it('lets a product phrase win over a technology modifying it, and keeps it on that technology, a common noun', () => {
    const rec = run('# T\n\nDemand for semiconductor manufacturing equipment fell.');
    expect(rec.sentences[0].mentions.map((m) => m.surface)).toEqual(['semiconductor manufacturing equipment']);
    // Named once, the phrase stays: the catalog's "semiconductor" inside makes it a name of the field (helper-113).
    const settled = settleTentative(rec, new Set());
    expect(settled.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['semiconductor manufacturing equipment=product:~semiconductor-manufacturing-equipment']);
  });
  it('keeps a phrase named once as goods traded ("exports of X"), which the sentence names as goods', () => {
    const settled = settleTentative(run('# T\n\nExports of tidal turbine control software fell.'), new Set());
    expect(settled.entities.map((e) => e.name)).toEqual(['tidal turbine control software']);
    expect(settleTentative(run('# T\n\nDemand for tidal turbine control software fell.'), new Set()).entities).toEqual([]);
  });
  it('keeps a phrase named once as the object of a regulatory verb or of a scope statement, or made by someone', () => {
    const kept = (md: string): string[] => settleTentative(run(`# T\n\n${md}`), new Set()).entities.map((e) => e.name);
    expect(kept('The regulator may certify tidal turbine inverters.')).toEqual(['tidal turbine inverters']);
    expect(kept('The tariffs do not apply to thermal imaging cameras.')).toEqual(['thermal imaging cameras']);
    expect(kept('The harbour depends on tidal turbine controllers produced by firms abroad.')).toEqual(['tidal turbine controllers']);
    expect(kept('Demand for tidal turbine inverters fell.')).toEqual([]);
  });
  it('lets a product phrase win over the catalog technology it is a kind of, and gives it back if the phrase goes', () => {
    const rec = run('# T\n\nThe rule restricts advanced computing chips. Demand for advanced computing chips fell.');
    expect(rec.sentences[0].mentions.map((m) => `${m.surface}=${m.label}`)).toEqual(['advanced computing chips=Product']);
    // Given back where the document names the technology again (helper-297: named once, the head is as passing as the
    // phrase, below).
    const again = settleTentative(run('# T\n\nDemand for advanced computing chips fell. Chips are scarce.'), new Set());
    expect(again.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['chips=technology:semiconductors']);
  });
  it('gives back no catalog thing that is the head of a phrase named once in passing, unless named again or related', () => {
    const heads = (md: string, related: string[] = []): string[] => surfaceIdsOf(settleTentative(run(`# T\n\n${md}`), new Set(related)));
    // "chips" of "advanced computing chips", and "drones" of "survey drones", said once in passing: no node.
    expect(heads('Demand for advanced computing chips fell.')).toEqual([]);
    expect(heads('A farmer in the valley flew survey drones last spring.')).toEqual([]);
    // Named again, or joined by a relation: the technology stays on the dropped phrase's head.
    expect(heads('A farmer flew survey drones last spring. Drones are cheap.')).toEqual(['drones=product:drones', 'Drones=product:drones']);
    expect(heads('Demand for advanced computing chips fell.', ['technology:semiconductors'])).toEqual(['chips=technology:semiconductors']);
    // A catalog name modifying the dropped phrase's head, not its head, is given back as before ("5G" in "5G radio modules").
    expect(heads('Imports of boats that carry 5G radio modules fell.')).toEqual(['5G=technology:5g']);
  });
  it('lets a technology phrase win over the catalog technology modifying its head, and gives back a name, not a description, if the phrase goes', () => {
    const md = '# T\n\nThe Act bars boats that run automated driving system software. Imports of automated driving system software fell.';
    expect(run(md).sentences[0].mentions.map((m) => `${m.surface}=${m.label}`)).toEqual(['automated driving system software=Technology']);
    // A catalog phrase of lower-case words that modifies the head says what the software does, no mention of its own;
    // the phrase on it, named once, stays on it (helper-113).
    const once = settleTentative(run('# T\n\nImports of boats that run automated driving system software fell.'), new Set());
    expect(once.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['automated driving system software=technology:~automated-driving-system-software']);
    const named = settleTentative(run('# T\n\nImports of boats that carry 5G radio modules fell.'), new Set());
    expect(named.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['5G=technology:5g']);
  });
  it('keeps a narrowed class ("high-risk tidal turbines") the document supports, else gives back the plain phrase', () => {
    const md = '# T\n\nThe Board shall list high-risk tidal turbines. Operators of high-risk tidal turbines report.';
    const kept = settleTentative(run(md), new Set());
    expect(surfacesOf(kept, 'Product')).toEqual(['high-risk tidal turbines', 'high-risk tidal turbines']);
    const once = settleTentative(run('# T\n\nOperators of high-risk tidal turbines report. Others sell tidal turbines, many tidal turbines.'), new Set());
    expect(surfacesOf(once, 'Product')).toEqual(['tidal turbines', 'tidal turbines', 'tidal turbines']);
    const alone = settleTentative(run('# T\n\nOperators of high-risk tidal turbines report.'), new Set());
    expect(alone.sentences[0].mentions).toEqual([]);
    expect(alone.entities).toEqual([]);
  });
  it('lets a product phrase win over a product modifying it', () => {
    expect(mentions('# T\n\nThe Secretary shall replace electric vehicle chargers twice, electric vehicle chargers.')).toContain(
      'electric vehicle chargers=product:~electric-vehicle-charger',
    );
  });
  it('keeps a phrase the document defines a term for, and takes the term over an equal phrase', () => {
    const md = '# T\n\nThe term "covered battery system" means any grid-scale battery energy storage system. The Secretary shall regulate covered battery systems.';
    const settled = settleTentative(run(md), new Set());
    expect(settled.entities.map((e) => e.name)).toEqual(['grid-scale battery energy storage system']);
    expect(settled.sentences[1].mentions.map((m) => `${m.surface}=${m.id}`)).toContain('covered battery systems=technology:~grid-scale-battery-energy-storage-system');
  });
  it('takes up no ranked title with a bare head: "the Secretary" is no Assistant Secretary (names.yaml title-ranks)', () => {
    const md = '# T\n\nThe Assistant Secretary of Trade for Harbour Enforcement testified. The report goes to the Secretary in the fall.';
    expect(run(md).sentences[1].mentions.map((m) => m.surface)).toEqual([]);
    // The bare head still takes up an unranked title the document names.
    const plain = '# T\n\nThe Secretary of Trade testified. The report goes to the Secretary in the fall.';
    expect(run(plain).sentences[1].mentions.map((m) => m.surface)).toEqual(['Secretary']);
  });
  it('does not read a defined term inside a longer name', () => {
    const md = '# T\n\nThe term "Secretary" means the Secretary of Energy. The Under Secretary for Industry and Trade and the Secretary met.';
    expect(run(md).sentences[1].mentions.map((m) => `${m.surface}@${m.start}`)).toEqual(['Under Secretary for Industry and Trade@4', 'Secretary@51']);
  });
  it('resolves a state\'s government to the catalog\'s one government of it, else makes it a body', () => {
    expect(mentions('# T\n\nThe Government of the People\'s Republic of China and the Vietnamese government replied.')).toEqual([
      "Government of the People's Republic of China=authority:cn-government",
      'Vietnamese government=authority:~government-of-vietnam',
    ]);
  });
  it('resolves a self-named legislature to the catalog body of that name with its state', () => {
    expect(mentions('# T\n\nThe bill awaits a vote in the Senate.')).toEqual(['Senate=authority:us-senate']);
  });
  it('writes a body named inside an office-holder\'s title by its own name', () => {
    expect(mentions('# T\n\nThe Director of the Valdmark Energy Agency shall report.')).toEqual(['Valdmark Energy Agency=authority:~valdmark-energy-agency']);
  });
  it('resolves "the Trade Representative" to the office the document names', () => {
    const md = '# T\n\nThe Office of the Norland Trade Representative opened a review. Then the Trade Representative acted.';
    expect(mentions(md)).toEqual([
      'Office of the Norland Trade Representative=authority:~office-of-the-norland-trade-representative',
      'Trade Representative=authority:~office-of-the-norland-trade-representative',
    ]);
  });
  it('resolves "the Trade Representative" to the title the document names with its state\'s prefix', () => {
    const md = '# T\n\nThe United States Trade Representative opened a review. Then the Trade Representative acted.';
    expect(mentions(md)).toEqual([
      'United States Trade Representative=authority:~united-states-trade-representative',
      'Trade Representative=authority:~united-states-trade-representative',
    ]);
  });
  it('names an office of its own by a ranked title with "for"', () => {
    const md = '# T\n\nThe Secretary of Commerce, acting through the Under Secretary for Industry and Security, shall act.';
    expect(mentions(md)).toEqual([
      'Secretary of Commerce=authority:us-commerce',
      'Under Secretary for Industry and Security=authority:~under-secretary-for-industry-and-security',
    ]);
  });
  it('resolves a ranked title with "for" to the body the document names "<head> of" its domain', () => {
    const md = '# T\n\nThe Valdmark Bureau of Export Control published a list. The Under Secretary for Export Control shall act.';
    expect(mentions(md)).toEqual([
      'Valdmark Bureau of Export Control=authority:~valdmark-export-control-bureau',
      'Under Secretary for Export Control=authority:~valdmark-export-control-bureau',
    ]);
  });
  it('takes a citation in apposition to an act named by its defined acronym for that act', () => {
    const md = '# T\n\nThe Norland Export Powers Act (NEPA) applies. Penalties follow section 206 of NEPA (50 U.S.C. 1705).';
    const ids = new Set(run(md).sentences[1].mentions.map((m) => m.id));
    expect(ids).toEqual(new Set(['law:~norland-export-powers-act']));
  });
  it('binds an acronym that spells the body named at the end of a longer name to that body', () => {
    const md = '# T\n\nThe Office of Regulatory Affairs of the Norland Budget Office (NBO) approved it. The NBO agreed.';
    expect(mentions(md).at(-1)).toBe('NBO=authority:~norland-budget-office');
  });
  it('reports a demonym shared by two countries instead of choosing', () => {
    expect(run('# T\n\nCongolese traders met.').ambiguities).toMatchObject([{ surface: 'Congolese', candidates: ['jur:cd', 'jur:cg'] }]);
  });
  it('resolves a bare head the document names no body for to the one catalog body of that head of its jurisdiction', () => {
    const md = '# T\n\nThe Commission shall adopt guidelines to assist Member States.';
    const inEu = recogniseMarkdown(md, matcher, { jurisdiction: 'eu' });
    expect(inEu.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['Commission=authority:european-commission']);
    expect(mentions(md)).toEqual([]); // no jurisdiction: no candidate
    // A body the document names comes first.
    const named = recogniseMarkdown('# T\n\nThe Norland Trade Commission met. The Commission agreed.', matcher, { jurisdiction: 'eu' });
    expect(named.sentences[1].mentions.map((m) => m.id)).toEqual(['authority:~norland-trade-commission']);
  });
  it('reads a bare head that ends the name of the document\'s own union as that union, in its own documents only', () => {
    const md = '# T\n\nThe Member States shall inform the Union of the measures.';
    const inEu = recogniseMarkdown(md, matcher, { jurisdiction: 'eu' });
    expect(inEu.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['Union=jur:eu']);
    const inUs = recogniseMarkdown(md, matcher, { jurisdiction: 'us' });
    expect(inUs.sentences[0].mentions.map((m) => m.id)).not.toContain('jur:eu');
  });
  it('types a body an act establishes as a public body, whatever its head', () => {
    const label = (md: string, name: string) => run(md).sentences.flatMap((s) => s.mentions).find((m) => m.surface === name)?.label;
    expect(label('# T\n\nOperators shall inform the Harbour Safety Forum established pursuant to Article 9(2) of Regulation (EU) 2031/44.', 'Harbour Safety Forum')).toBe('Authority');
    expect(label('# T\n\nThe Harbour Safety Forum, set up under this Act, shall meet twice a year.', 'Harbour Safety Forum')).toBe('Authority');
    // A programme an act sets up is no body; without an act establishing it, a forum stays an organisation.
    expect(label('# T\n\nThe Harbour Safety Grant Program established under section 4 of this Act pays grants.', 'Harbour Safety Grant Program')).toBe('Organization');
    // Without an act establishing it, a forum stays an organisation.
    expect(label('# T\n\nOperators spoke at the Harbour Safety Forum established in 2019 by shipping firms.', 'Harbour Safety Forum')).toBe('Organization');
  });
  it('does not bind a bare body head to an instrument whose name holds its author', () => {
    // "Commission Implementing Regulation (EU) 2031/77" names a Commission as its author: "the Commission" is still the body.
    const md = '# T\n\nThe Commission should publish guidance. Such scanners are covered by Commission Implementing Regulation (EU) 2031/77.';
    const inEu = recogniseMarkdown(md, matcher, { jurisdiction: 'eu' });
    const commission = inEu.sentences[0].mentions.find((m) => m.surface === 'Commission');
    expect(commission?.id).toBe('authority:european-commission');
    expect(inEu.sentences[1].mentions.some((m) => m.label === 'Law' && m.surface.includes('2031/77'))).toBe(true);
  });
  it('takes a bare body head a document keeps writing, with no body of that head named or catalogued, as its own body', () => {
    const empty = new Matcher([]);
    const md = '# T\n\nThe Board shall adopt rules. Operators shall notify the Board. The Secretary shall act. The Secretary may object.';
    const rec = recogniseMarkdown(md, empty, { jurisdiction: 'nl' });
    expect(surfaceIdsOf(rec)).toEqual(['Board=authority:~board', 'Board=authority:~board']);
    expect(rec.entities.find((e) => e.id === 'authority:~board')?.jurisdiction).toBe('nl');
    // Once is no support; a title ("the Secretary") names no body by itself; without a jurisdiction, nothing qualifies it.
    const once = recogniseMarkdown('# T\n\nThe Board shall adopt rules.', empty, { jurisdiction: 'nl' });
    expect(once.sentences.flatMap((s) => s.mentions)).toEqual([]);
    expect(recogniseMarkdown(md, empty).sentences.flatMap((s) => s.mentions)).toEqual([]);
  });
  it('resolves a bare head to the one body whose name has it, even when written as an acronym', () => {
    expect(mentions('# T\n\nThe FCC adopted an order. The Commission shall publish it.')).toEqual([
      'FCC=authority:fcc',
      'Commission=authority:fcc',
    ]);
  });
  it('reads a body without its parent as the one body of that name the document attaches to a parent, and mentions the parent', () => {
    const md = '# T\n\nThe Board reported to the Committee on Ports and the Committee on Rail of the Norland Assembly. The Committee on Ports of the Norland Assembly agreed.';
    const rec = run(md);
    expect(rec.sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.id}${m.parts ? ` [${m.parts.map((p) => p.id).join()}]` : ''}`))).toEqual([
      'Committee on Ports=authority:~committee-on-ports-of-the-norland-assembly',
      'Committee on Rail of the Norland Assembly=authority:~committee-on-rail-of-the-norland-assembly [authority:~norland-assembly]',
      'Committee on Ports of the Norland Assembly=authority:~committee-on-ports-of-the-norland-assembly [authority:~norland-assembly]',
    ]);
    // Two parents for one stem: the bare name stays its own.
    const two = run('# T\n\nThe Committee on Ports of the Norland Assembly and the Committee on Ports of the Valdmark Senate met. The Committee on Ports agreed.');
    expect(two.sentences[1].mentions.map((m) => m.id)).toEqual(['authority:~committee-on-ports']);
  });
  it('makes a public title with no body and no "Office of the ..." an office of its own', () => {
    expect(mentions('# T\n\nThe Director of National Ports shall report.')).toEqual(['Director of National Ports=authority:~director-of-national-ports']);
    expect(mentions('# T\n\nThe Office of the Director of National Ports met. The Director of National Ports shall report.')).toEqual([
      'Office of the Director of National Ports=authority:~office-of-the-director-of-national-ports',
      'Director of National Ports=authority:~office-of-the-director-of-national-ports',
    ]);
  });
  it('binds a term a definition gives a ranked office to that office', () => {
    const md = '# T\n\nThe term “Deputy Secretary” means the Deputy Secretary of Transport for Maritime Safety. The Deputy Secretary shall publish a list.';
    expect(mentions(md)).toEqual([
      'Deputy Secretary=authority:~deputy-secretary-of-transport-for-maritime-safety',
      'Deputy Secretary of Transport for Maritime Safety=authority:~deputy-secretary-of-transport-for-maritime-safety',
      'Deputy Secretary=authority:~deputy-secretary-of-transport-for-maritime-safety',
    ]);
  });
  it('makes the groups and networks an instrument names with "the" public bodies, and leaves them organisations in a report', () => {
    const text = 'The Liaison Group and the PSAPs network shall report to the Harbour Policy Group. Jiaxun Communications Group sells modules.';
    const labels = (md: string): string[] => run(md).sentences.flatMap((s) => s.mentions.filter((m) => m.label !== 'Law').map((m) => `${m.surface}=${m.label}`));
    expect(labels(`# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules. ${text}`)).toEqual([
      'Liaison Group=Authority', 'PSAPs network=Authority', 'Harbour Policy Group=Authority', 'Jiaxun Communications Group=Company',
    ]);
    expect(labels(`# A report on harbours\n\n${text}`)).toEqual([
      'Liaison Group=Organization', 'PSAPs network=Organization', 'Harbour Policy Group=Organization', 'Jiaxun Communications Group=Company',
    ]);
  });
  it('reads "<body head> of|for ... <instrument word>" as the body, an instrument word before "of" as the instrument', () => {
    const labels = (md: string): string[] => mentionsOf(run(md)).map((m) => `${m.surface}=${m.label}`);
    expect(labels('# T\n\nThe Office for Harbour Regulation and the Bureau of Port Directives met. The Harbour Regulation of 2031 applies.')).toEqual([
      'Office for Harbour Regulation=Authority',
      'Bureau of Port Directives=Authority',
      'Harbour Regulation of 2031=Law',
    ]);
  });
  it('keeps "<domain> Secretary" as the department only where the document names it', () => {
    expect(mentions('# T\n\nHarbours Secretary Jane Doe opened an inquiry. The Department of Harbours agreed. Press Secretary Ann Roe spoke.')).toEqual([
      'Harbours Secretary=authority:~harbours-department',
      'Department of Harbours=authority:~harbours-department',
    ]);
  });
  it('reads "the Federal Government" as the government of the document\'s country', () => {
    const report = parseReport(textSource('# T\n\nThe Federal Government shall share information.', 'markdown'));
    const ids = (jurisdiction?: string): string[] => mentionsOf(recognise(report, matcher, { jurisdiction })).map((m) => m.id);
    expect(ids('us')).toEqual(['authority:us-government']);
    expect(ids('intl')).toEqual([]);
  });
  it('binds a term the document inherits to the one name it means, unless the document defines the term', () => {
    const text = 'The term “Board” means the Norland Ports Board.';
    const inherited = [{ term: 'Board', name: 'Norland Ports Board', text, scope: 'chapter' as const, locator: 's9.xml#/us/usc/t99/s9/2' }];
    const report = { ...parseReport(textSource('# T\n\nThe Board shall publish a list.', 'markdown')), inherited };
    const rec = recognise(report, matcher);
    expect(rec.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['Board=authority:~norland-ports-board']);
    expect(rec.learned).toEqual([{ acronym: 'Board', id: 'authority:~norland-ports-board', locator: 's9.xml#/us/usc/t99/s9/2' }]);
    const own = { ...parseReport(textSource('# T\n\nThe Valdmark Rail Board (the “Board”) met. The Board shall publish a list.', 'markdown')), inherited };
    expect(recognise(own, matcher).sentences[1].mentions.map((m) => m.id)).toEqual(['authority:~valdmark-rail-board']);
    const description = [{ ...inherited[0], name: 'Norland Ports Board of any port', text: 'The term “Board” means the Norland Ports Board of any port.' }];
    expect(recognise({ ...report, inherited: description }, matcher).learned).toEqual([]);
  });
  it('marks a code, register or Public Law citation no named instrument stands beside as procedural, and an apposed one as the instrument', () => {
    const rec = run(
      '# T\n\nThe Bureau acts under the Export Control Reform Act of 2018 (50 U.S.C. 4801 et seq.). Penalties are set out in 15 CFR 764.3, and ' +
        'the notice appeared at 88 FR 12345. Public Law 118-159 changed the budget. The fees follow 31 U.S.C. 9701 (the Independent Offices Appropriation Act, 1952).',
    );
    const laws = rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Law').map((m) => `${m.surface}=${m.id}${m.procedural ? ' (procedural)' : ''}`));
    expect(laws).toEqual([
      'Export Control Reform Act of 2018=law:us:export-control-reform-act', // the catalog's act, codified at 50 U.S.C. 4801:
      '50 U.S.C. 4801=law:us:export-control-reform-act (procedural)', // its own citation, as a catalog act's "(Public Law 117-55)"
      '15 CFR 764.3=law:~15-cfr-764-3 (procedural)',
      '88 FR 12345=law:~88-fr-12345 (procedural)',
      'Public Law 118-159=law:us:ndaa-fy2025 (procedural)', // a catalog law, cited here by its number only
      '31 U.S.C. 9701=law:~independent-offices-appropriation-act',
      // The title's year after its comma is the name's (helper-352: Indian and older US short titles), its key without it.
      'Independent Offices Appropriation Act, 1952=law:~independent-offices-appropriation-act',
    ]);
    const procedural = rec.entities.filter((e) => e.procedural).map((e) => e.id);
    expect(procedural).toEqual(['law:~15-cfr-764-3', 'law:~88-fr-12345']);
  });
  it('takes a code citation for the catalog act the Code places it in: apart from the act, alone, with § or "et seq.", a section in a stated range', () => {
    const laws = (md: string): string[] => run(md).sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Law').map((m) => `${m.surface}=${m.id}${m.procedural ? ' (procedural)' : ''}`));
    // The act named in one sentence, its chapter cited in an authority line: one act, not two.
    expect(laws('# T\n\nThe Lumora rule rests on the International Emergency Economic Powers Act.\n\nAuthority: 50 U.S.C. 1701 et seq.; 50 U.S.C. 1601 et seq.')).toEqual([
      'International Emergency Economic Powers Act=law:us:ieepa',
      '50 U.S.C. 1701=law:us:ieepa (procedural)',
      '50 U.S.C. 1601=law:us:national-emergencies-act (procedural)',
    ]);
    // Alone, with the section sign, a section inside the range the catalog states (IEEPA: 50 U.S.C. 1701-1707), and a
    // section written out as a statute writes it (section 232 of the Trade Expansion Act: 19 U.S.C. 1862).
    expect(laws('# T\n\nThe Harrow penalties follow 50 U.S.C. § 1705. The Harrow duties follow section 1862 of title 19, United States Code.')).toEqual([
      '50 U.S.C. § 1705=law:us:ieepa (procedural)',
      'section 1862 of title 19, United States Code=law:us:trade-expansion-act-1962 (procedural)',
    ]);
    // The Code's other spellings: its short name and bare capitals.
    expect(laws('# T\n\nThe Harrow penalties follow 50 U.S. Code § 1705. The Harrow fees follow 50 USC 1702.')).toEqual([
      '50 U.S. Code § 1705=law:us:ieepa (procedural)',
      '50 USC 1702=law:us:ieepa (procedural)',
    ]);
    // In brackets after the act's name: the same act (its own citation, as a catalog act's "(Public Law 117-55)").
    const bracketed = '# T\n\nThe Harrow order invokes the Export Control Reform Act of 2018 (50 U.S.C. 4801 et seq.).';
    expect(laws(bracketed)).toEqual(['Export Control Reform Act of 2018=law:us:export-control-reform-act', '50 U.S.C. 4801=law:us:export-control-reform-act (procedural)']);
    expect(run(bracketed).entities.map((e) => e.id)).not.toContain('law:~50-usc-4801'); // no record of its own
  });
  it('keeps a code citation its own instrument where the catalog places no act there: another title, past a stated range, past a lone first section', () => {
    const ids = (md: string): string[] => surfaceIdsOf(run(md), 'Law');
    expect(ids('# T\n\nThe Harrow fees follow 3 U.S.C. 301. Penalties follow 50 U.S.C. 1708. The Harrow program follows 47 U.S.C. 1603.')).toEqual([
      '3 U.S.C. 301=law:~3-usc-301',
      '50 U.S.C. 1708=law:~50-usc-1708',
      '47 U.S.C. 1603=law:~47-usc-1603',
    ]);
  });
});
