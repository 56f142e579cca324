// Recognition over a whole report: names become entities, the text's own definitions bind terms, bare
// heads resolve only to their one candidate, technology phrases need support.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { recognise, settleTentative } from '../../../ingest/recognize/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { textSource } from '../reports/helpers.ts';

const matcher = Matcher.fromCatalog(loadCatalog().entries);
const run = (md: string) => recognise(parseReport(textSource(md, 'markdown')), matcher);
const mentions = (md: string): string[] => run(md).sentences.flatMap((s) => s.mentions.map((m) => `${m.surface}=${m.id}`));

describe('recognise', () => {
  it('keeps a catalog body qualified by its own country, and takes another country\'s for a new body', () => {
    expect(mentions('# T\n\nThe U.S. Department of Commerce and the Valdmark Department of Commerce met.')).toEqual([
      'U.S. Department of Commerce=authority:us-commerce',
      'Valdmark Department of Commerce=authority:~valdmark-department-of-commerce',
    ]);
    expect(mentions('# T\n\nThe Chinese Ministry of State Security met.')).toEqual(['Chinese=jur:cn', 'Ministry of State Security=authority:ministry-of-state-security']);
  });
  it('binds the terms a document defines, and a title to the body it names in full', () => {
    const md = '# T\n\nThe Valdmark Bureau of Trade (the "Bureau") met. The Bureau and the Secretary of Trade agreed.';
    expect(mentions(md)).toEqual([
      'Valdmark Bureau of Trade=authority:~valdmark-bureau-of-trade',
      'Bureau=authority:~valdmark-bureau-of-trade', // the quoted term itself
      'Bureau=authority:~valdmark-bureau-of-trade',
      'Secretary of Trade=authority:~department-of-trade', // another body: a department, not the bureau
    ]);
    expect(run(md).learned).toEqual([{ acronym: 'Bureau', id: 'authority:~valdmark-bureau-of-trade', locator: 'sec_1.p_1.s_1' }]);
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
  it('lets a product phrase win over a technology modifying it, and gives the technology back if the phrase goes', () => {
    const rec = run('# T\n\nExports of semiconductor manufacturing equipment fell.');
    expect(rec.sentences[0].mentions.map((m) => m.surface)).toEqual(['semiconductor manufacturing equipment']);
    const settled = settleTentative(rec, new Set());
    expect(settled.sentences[0].mentions.map((m) => `${m.surface}=${m.id}`)).toEqual(['semiconductor=technology:semiconductors']);
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
  it('does not read a defined term inside a longer name', () => {
    const md = '# T\n\nThe term "Secretary" means the Secretary of Energy. The Under Secretary for Industry and Trade and the Secretary met.';
    expect(run(md).sentences[1].mentions.map((m) => `${m.surface}@${m.start}`)).toEqual(['Secretary@51']);
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
  it('reports a demonym shared by two countries instead of choosing', () => {
    expect(run('# T\n\nCongolese traders met.').ambiguities).toMatchObject([{ surface: 'Congolese', candidates: ['jur:cd', 'jur:cg'] }]);
  });
  it('resolves a bare head to the one body whose name has it, even when written as an acronym', () => {
    expect(mentions('# T\n\nThe FCC adopted an order. The Commission shall publish it.')).toEqual([
      'FCC=authority:fcc',
      'Commission=authority:fcc',
    ]);
  });
});
