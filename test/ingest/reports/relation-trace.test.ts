// The "why not" trace of the English relation reader: per candidate pair that made no relation, the first check that
// stopped it (ingest/reports/relation-trace.ts), and the evaluator's classes of a missed relation by it. Own sentences,
// fictional bodies; the fixtures are the repository's own development documents.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { errorClasses, extract, type GoldDocument, scoreDocument, vetoTable, whyNot } from '../../../ingest/reports/evaluate.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { stage, type TracedEnd, type TracedSentence, VETOES } from '../../../ingest/reports/relation-trace.ts';
import { analyseText, fixtureSource, textSource } from './helpers.ts';

const catalog = loadCatalog();
const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';

/** The relations and the trace of a markdown text. */
function traced(text: string): { relations: string[]; trace: TracedSentence[] } {
  const trace: TracedSentence[] = [];
  const { relations } = analyseText(text, { trace });
  return { relations: relations.map((r) => `${r.start} ${r.type} ${r.end}`), trace };
}

/** The checks that stopped a relation of `type` from `start` to `end`, by rule. */
function vetoes(trace: TracedSentence[], start: string, type: string, end: string): string[] {
  return trace.flatMap((s) => s.vetoed.filter((v) => v.start.id === start && v.type === type && v.end.id === end).map((v) => `${v.rule}: ${v.veto}`));
}

describe('the trace names the check that stopped a candidate', () => {
  it.each([
    ['The Norland Trade Council did not ban harbour cranes.', 'negation'],
    ['The Norland Trade Council plans to ban harbour cranes.', 'proposal'],
    ['The Norland Trade Council lifted the ban on harbour cranes.', 'reversal'],
    ['The Norland Trade Council should ban harbour cranes.', 'recommendation'],
    ['If the Norland Trade Council bans harbour cranes, prices will rise.', 'undecided'],
    ['The Norland Trade Council banned harbour cranes, which it later rescinded.', 'undone'],
  ])('%s: %s', (sentence, check) => {
    const { relations, trace } = traced(sentence);
    expect(relations).toEqual([]);
    expect(vetoes(trace, COUNCIL, 'RESTRICTS', CRANES)).toContain(`restricts: ${check}`);
  });

  it("a preposition's object after which another actor comes first: oblique", () => {
    const { relations, trace } = traced('The powers of the Norland Trade Council under the Norland Ports Act to ban harbour cranes were extended.');
    expect(relations).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    // bans-demonym-goods tried too (its cue before the goods), stopped by their label: a ban on a country's goods.
    expect(vetoes(trace, 'law:~norland-ports-act', 'RESTRICTS', CRANES)).toEqual(['bans-demonym-goods: labels', 'restricts: oblique']);
  });

  it('the actor after its object, the cue between them: order', () => {
    const { relations, trace } = traced('Kestrel Cranes Ltd. banned the Norland Trade Council from its ports.');
    expect(relations).toEqual([]);
    expect(vetoes(trace, COUNCIL, 'RESTRICTS', 'company:~kestrel-cranes-ltd')).toEqual(['restricts: order']);
  });

  it('traces nothing for a relation made, nor for a rule whose cue stands nowhere between the two', () => {
    const { relations, trace } = traced('The Norland Trade Council banned harbour cranes. The Norland Trade Council met in May, and harbour cranes were discussed.');
    expect(relations).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(trace.flatMap((s) => s.vetoed)).toEqual([]);
  });

  it('names only the checks it lists, each at its stage', () => {
    const { trace } = traced('The Norland Trade Council did not ban harbour cranes. The Norland Trade Council lifted the ban on harbour cranes.');
    for (const v of trace.flatMap((s) => s.vetoed)) expect(stage(v.veto)).toBeGreaterThanOrEqual(0);
    expect(stage('negation')).toBeGreaterThan(stage('cue'));
    expect(new Set(VETOES).size).toBe(VETOES.length);
  });
});

describe('the trace leaves extraction as it is', () => {
  const own = [
    'The Norland Trade Council banned harbour cranes and did not restrict Kestrel Cranes Ltd. It has also restricted exports of harbour cranes.',
    'The Norland Trade Council may not:',
    '- purchase harbour cranes; or',
    '- investigate Kestrel Cranes Ltd.',
    'In June the Valdmark Energy Agency added Kestrel Cranes Ltd. to its Entity List. In July the Valdmark Energy Agency added Ostrava Lifts Ltd., for the same reason.',
  ].join('\n\n');
  const sources = [
    textSource(`# T\n\n${own}`, 'markdown'),
    ...['street-cameras-investigation.md', 'drone-telematics-trade-roundup.md', 'norland-speech.md', 'us-trade-tools.md'].map((f) => fixtureSource(`../ingest/reports/fixtures/${f}`, { id: f, format: 'markdown' })),
  ];
  it.each(sources.map((s) => [s.entry.id, s]))('%s: the same recognition and relations with a collector as without', (_, source) => {
    const report = parseReport(source);
    const plain = analyseReport(report, catalog, source.entry);
    const trace: TracedSentence[] = [];
    const withTrace = analyseReport(report, catalog, source.entry, undefined, trace);
    expect(JSON.stringify(withTrace)).toBe(JSON.stringify(plain));
    expect(trace.length).toBeGreaterThan(0);
  });

  it.each(sources.map((s) => [s.entry.id, s]))('%s: a lazy trace reads, pair by pair, the checks the whole trace holds', (_, source) => {
    const report = parseReport(source);
    const whole: TracedSentence[] = [];
    const lazy: TracedSentence[] = [];
    const plain = analyseReport(report, catalog, source.entry, undefined, whole);
    expect(JSON.stringify(analyseReport(report, catalog, source.entry, undefined, lazy, true))).toBe(JSON.stringify(plain));
    expect(lazy.map((t) => [t.locator, t.text, t.mentions])).toEqual(whole.map((t) => [t.locator, t.text, t.mentions]));
    let asked = 0;
    whole.forEach((t, i) => {
      expect(lazy[i]?.vetoed).toEqual([]);
      for (const key of new Set(t.vetoed.map((v) => `${v.start.id}\u0000${v.end.id}\u0000${v.type}`))) {
        const [start, end, type] = key.split('\u0000') as [string, string, string];
        const held = t.vetoed.filter((v) => v.start.id === start && v.end.id === end && v.type === type).map((v) => v.veto);
        expect(lazy[i]?.vetoesFor?.(start, end, type)).toEqual(held);
        asked++;
      }
    });
    expect(asked).toBeGreaterThan(0);
  });
});

describe("the evaluator's classes of a missed relation with a cue", () => {
  const gold = (anchor: string): GoldDocument => ({
    entities: [
      { name: 'Norland Trade Council', kind: 'authority', core: true, surfaces: ['Norland Trade Council'] },
      { name: 'harbour cranes', kind: 'technology', core: true, surfaces: ['harbour cranes'] },
    ],
    relations: [{ subject: 'Norland Trade Council', predicate: 'bans', object: 'harbour cranes', anchor }],
  });
  const missed = (text: string, anchor: string): string[] => {
    const { entities, relations, trace } = extract(textSource(`# T\n\n${text}`, 'markdown'), catalog);
    return scoreDocument('x', gold(anchor), entities, relations, trace).errors.filter((e) => e.startsWith('missed relation'));
  };

  it('names the check that vetoed it, and each rule that tried, in the development listing; an unseen set counts the class', () => {
    const errors = missed('The Norland Trade Council did not ban harbour cranes.', 'The Norland Trade Council did not ban harbour cranes');
    expect(errors).toEqual(['missed relation, ends found, actor in its anchor, a cue, vetoed by negation: Norland Trade Council bans harbour cranes (bans-demonym-goods: labels, restricts: negation)']);
    expect(errorClasses(errors.map((e) => `doc: ${e}`))).toEqual(['missed relation, ends found, actor in its anchor, a cue, vetoed by negation: 1']);
  });
  it('takes the rule that got furthest', () => {
    expect(missed('The Norland Trade Council lifted the ban on harbour cranes.', 'The Norland Trade Council lifted the ban on harbour cranes')).toEqual([
      'missed relation, ends found, actor in its anchor, a cue, vetoed by reversal: Norland Trade Council bans harbour cranes (restricts-country: labels, restricts: reversal)',
    ]);
  });

  const end = (id: string, surface: string): TracedEnd => ({ id, surface });
  const council = end('a:1', 'the Norland Trade Council');
  const cranes = end('p:1', 'harbour cranes');
  const isRecord = (m: TracedEnd, name: string): boolean => m.surface.toLowerCase().includes(name.toLowerCase());
  const sentence = (text: string, mentions: TracedEnd[], vetoed: TracedSentence['vetoed'] = []): TracedSentence => ({ locator: 's', text, mentions, vetoed });
  const relation = (anchor: string) => ({ subject: 'Norland Trade Council', predicate: 'bans' as const, object: 'harbour cranes', anchor });

  it('tells a pair the cue does not stand between from a sentence without the pair', () => {
    const both = [sentence('Harbour cranes are what the Norland Trade Council banned.', [cranes, council])];
    expect(whyNot(relation('Harbour cranes are what the Norland Trade Council banned'), both, isRecord).cls).toBe('cue not between the mentions');
    const one = [sentence('The council banned harbour cranes.', [cranes])];
    expect(whyNot(relation('The council banned harbour cranes'), one, isRecord).cls).toBe('no candidate pair in one sentence, its actor not recognised there');
    expect(whyNot(relation('The council ... banned harbour cranes'), one, isRecord).cls).toBe('no candidate pair in one sentence, its actor not recognised there');
    expect(whyNot(relation('The council banned harbour cranes in May'), one, isRecord).cls).toBe('anchor in no one sentence');
  });
  it('reads only the sentences its anchor quotes, and only vetoes of its type', () => {
    const vetoed = (type: string, veto: 'negation' | 'clause') => ({ rule: 'r', type, start: council, end: cranes, veto });
    const trace = [
      sentence('The Norland Trade Council did not ban harbour cranes.', [council, cranes], [vetoed('RESTRICTS', 'negation'), vetoed('REGULATES', 'clause')]),
      sentence('Elsewhere the Norland Trade Council, it said, banned harbour cranes.', [council, cranes], [vetoed('RESTRICTS', 'clause')]),
    ];
    expect(whyNot(relation('The Norland Trade Council did not ban harbour cranes.'), trace, isRecord).cls).toBe('vetoed by negation');
  });
});

describe("each check's precision as a stopper (evaluate.ts --dev)", () => {
  const gold = (anchor: string): GoldDocument => ({
    entities: [
      { name: 'Norland Trade Council', kind: 'authority', core: true, surfaces: ['Norland Trade Council'] },
      { name: 'harbour cranes', kind: 'technology', core: true, surfaces: ['harbour cranes'] },
      { name: 'Kestrel Cranes Ltd.', kind: 'company', core: true, surfaces: ['Kestrel Cranes Ltd.'] },
    ],
    relations: [{ subject: 'Norland Trade Council', predicate: 'bans', object: 'harbour cranes', anchor }],
  });
  const stopped = (text: string, anchor: string) => {
    const { entities, relations, trace } = extract(textSource(`# T\n\n${text}`, 'markdown'), catalog);
    return scoreDocument('x', gold(anchor), entities, relations, trace).stopped ?? [];
  };

  it('counts a relation the gold holds as a true one stopped, in its anchor and lost, and one it does not hold as false', () => {
    const s = stopped('The Norland Trade Council plans to ban harbour cranes. The Norland Trade Council plans to ban Kestrel Cranes Ltd.', 'The Norland Trade Council plans to ban harbour cranes');
    expect(s.map((x) => [x.veto, x.end, x.gold, x.anchored, x.lost])).toEqual([
      ['proposal', 'harbour cranes', true, true, true],
      ['proposal', 'Kestrel Cranes Ltd.', false, false, false],
    ]);
    expect(vetoTable(s)).toEqual(['| check | stopped true | in its anchor | lost | stopped false |', '| --- | --- | --- | --- | --- |', '| proposal | 1 | 1 | 1 | 1 |']);
  });
  it('a true relation stopped in one sentence and made in another is not lost, nor in its anchor elsewhere', () => {
    const s = stopped('The Norland Trade Council did not ban harbour cranes in 2020. The Norland Trade Council banned harbour cranes in 2024.', 'The Norland Trade Council banned harbour cranes in 2024');
    expect(s.map((x) => [x.veto, x.gold, x.anchored, x.lost])).toEqual([['negation', true, false, false]]);
  });
});
