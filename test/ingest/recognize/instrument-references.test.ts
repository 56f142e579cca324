// Short forms of instruments named before: one instrument for its name, its short forms and its citation; ambiguous
// short forms stay unresolved; generic words name nothing.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { cjkShortNames, findShortForms, readingOrder, resolveShortForm } from '../../../ingest/recognize/instrument-references.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const empty = new Matcher([], []);
const run = (md: string, m = empty) => recogniseMarkdown(md, m);
const mentions = (md: string, m = empty): string[] => surfaceIdsOf(run(md, m), 'Law');

describe('short forms of instruments', () => {
  it('finds "the|that|such [year] [qualifier] head", not a head opening "of" or inside a longer phrase', () => {
    expect(findShortForms('The 2019 Act and the Executive Order apply; under that rule, such Act and the rule of law.').map((f) => [f.surface, f.words.join(' '), f.capitalised])).toEqual([
      ['2019 Act', '2019 act', true],
      ['Executive Order', 'executive order', true],
      ['rule', 'rule', false],
      ['Act', 'act', true],
    ]);
    expect(findShortForms('the order in which they came, the law, the rules, this Act')).toEqual([]);
  });
  it('resolves a short form to the one instrument named before it with its words', () => {
    const before = [
      { id: 'a', at: [0, 0] as [number, number], text: 'secure networks act of 2019' },
      { id: 'b', at: [1, 0] as [number, number], text: 'trade act of 1974' },
    ];
    const [act, year] = findShortForms('the Act and the 2019 Act');
    expect(resolveShortForm(act, before, [0, 50])).toEqual({ id: 'a' }); // only the first is named before it
    expect(resolveShortForm(act, before, [2, 0])).toEqual({ candidates: ['a', 'b'] });
    expect(resolveShortForm(year, before, [2, 0])).toEqual({ id: 'a' });
    expect(resolveShortForm(act, before, [0, 0])).toBeUndefined();
  });
  it('puts a heading before its section\'s sentences in reading order', () => {
    const s1 = {};
    const s2 = {};
    expect(readingOrder([{ heading: false, section: s1 }, { heading: false, section: s2 }, { heading: true, section: s1 }, { heading: true, section: s2 }])).toEqual([0, 1, -0.5, 0.5]);
  });
  it('takes a Chinese name with the state\'s name before it as that instrument, another word before it as another', () => {
    const laws = [
      { id: 'full', name: '中华人民共和国数据安全法' },
      { id: 'short', name: '数据安全法' },
      { id: 'unreliable', name: '不可靠实体清单' },
      { id: 'entity', name: '实体清单' },
    ];
    expect(cjkShortNames(laws)).toEqual(new Map([['short', 'full']]));
  });
  // helper-155 (dev28 at first sight: 美国实体清单 apart from 实体清单).
  it("takes a list named with a foreign state's name before it as the list the text names alone, and no statute so", () => {
    const laws = [
      { id: 'us-list', name: '日本管控清单' },
      { id: 'list', name: '管控清单' },
      { id: 'us-law', name: '日本出口管制法' },
      { id: 'law', name: '出口管制法' },
    ];
    expect(cjkShortNames(laws)).toEqual(new Map([['us-list', 'list']]));
    // Alone, it is a list of its own.
    expect(cjkShortNames([{ id: 'us-list', name: '日本管控清单' }])).toEqual(new Map());
  });
});

describe('one instrument for its names in a document', () => {
  it('reads "the 2019 Act", "the Act" and a lower-case "that rule" as the instrument named before', () => {
    const md = '# T\n\nThe Harbour Networks Act of 2019 bans gear. The 2019 Act also funds removal. The Act applies.\n\nThe Port Authority issued the Harbour Cranes Rule. Under that rule, no crane may be bought.';
    expect(mentions(md)).toEqual([
      'Harbour Networks Act of 2019=law:~harbour-networks-act',
      '2019 Act=law:~harbour-networks-act',
      'Act=law:~harbour-networks-act',
      'Harbour Cranes Rule=law:~harbour-cranes-rule',
      'rule=law:~harbour-cranes-rule',
    ]);
  });
  it('reads a year short form with nothing before it as an instrument of its own, and "the toolbox" as the toolbox', () => {
    expect(mentions('# T\n\nParties to the 1958 Agreement met.')).toEqual(['1958 Agreement=law:~1958-agreement']);
    const md = '# T\n\nThe Harbour Toolbox for Port Security, which the states agreed, applies. The ministry acted for the purposes of the toolbox.';
    expect(mentions(md)).toEqual(['Harbour Toolbox for Port Security=law:~harbour-toolbox-for-port-security', 'toolbox=law:~harbour-toolbox-for-port-security']);
  });
  it('leaves a short form of two instruments named before it unresolved, and reports it', () => {
    const rec = run('# T\n\nExecutive Order 99001 and Executive Order 99002 apply. The Order covers ports.');
    expect(rec.sentences[1].mentions).toEqual([]);
    expect(rec.ambiguities).toMatchObject([{ surface: 'Order', candidates: ['law:~executive-order-99001', 'law:~executive-order-99002'] }]);
  });
  it('names nothing with a generic word, a short form with no antecedent or a procedural citation alone', () => {
    expect(mentions('# T\n\nCompanies must follow the rules and regulations. The law requires it. The Act is old.')).toEqual([]);
    // A CFR part says where a rule stands; "the rule" does not take it up.
    expect(mentions('# T\n\nSee 15 CFR part 999. The rule covers cranes.')).toEqual(['15 CFR part 999=law:~15-cfr-part-999']);
  });
  it('keeps a defined term, a dated order\'s publication citation and its short form as one instrument', () => {
    const md = '# T\n\nExecutive Order 99001 of May 15, 2031 (Securing the Harbour Supply Chain) (96 FR 22689) applies. The Order covers cranes.\n\nThe ministry published the Harbour Cranes Rule (the "Crane Rule"). The Crane Rule applies.';
    expect(mentions(md)).toEqual([
      'Executive Order 99001=law:~executive-order-99001',
      'Securing the Harbour Supply Chain=law:~executive-order-99001', // its bracketed title (instrument-cited-titles.test.ts)
      '96 FR 22689=law:~executive-order-99001',
      'Order=law:~executive-order-99001',
      'Harbour Cranes Rule=law:~harbour-cranes-rule',
      'Crane Rule=law:~harbour-cranes-rule',
      'Crane Rule=law:~harbour-cranes-rule',
    ]);
  });
  it('reads a procedural citation between commas beside a named instrument of a kind it can cite as that instrument', () => {
    expect(mentions('# T\n\nThe Harbour Equipment Act of 2031, Pub. L. 137-55, bans gear.')).toEqual([
      'Harbour Equipment Act of 2031=law:~harbour-equipment-act',
      'Pub. L. 137-55=law:~harbour-equipment-act',
    ]);
    expect(mentions('# T\n\nPub. L. 137-124, the Harbour Networks Act of 2031, funds removal. Executive Order (E.O.) 99001, 96 FR 22689, applies.')).toEqual([
      'Pub. L. 137-124=law:~harbour-networks-act',
      'Harbour Networks Act of 2031=law:~harbour-networks-act',
      'Executive Order (E.O.) 99001=law:~executive-order-99001',
      '96 FR 22689=law:~executive-order-99001',
    ]);
    // A CFR part beside an act cites no act: two instruments, the citation procedural.
    expect(run('# T\n\nUnder the Harbour Act, 15 CFR part 7, and Pub. L. 137-9, the ministry acts.').sentences[0].mentions.map((m) => `${m.surface}${m.procedural ? ' (procedural)' : ''}`)).toEqual([
      'Harbour Act',
      '15 CFR part 7 (procedural)',
      'Pub. L. 137-9 (procedural)',
    ]);
  });
  it('takes a name the text once gives by an instrument\'s title as that instrument everywhere', () => {
    const md = '# T\n\n## The crane rule\n\nThe crane rule matters. It is the ministry\'s crane rule, published in 2031 as "Securing the Harbour Supply Chain: Cranes". The rule applies.';
    const id = 'law:~securing-the-harbour-supply-chain-cranes';
    expect(mentions(md)).toEqual([`crane rule=${id}`, `crane rule=${id}`, `Securing the Harbour Supply Chain: Cranes=${id}`, `rule=${id}`, `crane rule=${id}`]);
  });
  it('takes "a final rule titled ..." as the titled rule, which "the rule" then takes up', () => {
    const md = '# T\n\nThe ministry published a final rule titled "Securing the Harbour Supply Chain: Cranes". The rule bans cranes.';
    const id = 'law:~securing-the-harbour-supply-chain-cranes';
    expect(mentions(md)).toEqual([`final rule=${id}`, `Securing the Harbour Supply Chain: Cranes=${id}`, `rule=${id}`]);
    // A report's title names no instrument, and "the rule" then has no antecedent.
    expect(mentions('# T\n\nThey published a report titled "Harbour Cranes in Norland Today". The rule bans cranes.')).toEqual([]);
  });
  it('takes a short form of a catalog instrument as that instrument', () => {
    const catalog = Matcher.fromCatalog(loadCatalog().entries);
    const found = mentions('# T\n\nExecutive Order 13873 covers ICTS. That order authorizes the Secretary to act.', catalog);
    expect(found).toHaveLength(2);
    expect(new Set(found.map((f) => f.split('=')[1])).size).toBe(1);
  });
});
