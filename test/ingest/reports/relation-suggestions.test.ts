// Suggested relations (ingest/reports/relation-suggestions.ts): which candidate pairs a model may suggest, read with a
// tiny model that scores every RESTRICTS pair high, so that what is tested is the gate, the threshold and the rules'
// relations, not the exported weights. Own sentences with fictional bodies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { Emitter, type RelationshipRecord } from '../../../ingest/emit.ts';
import { extract, goldSource, loadGoldSet } from '../../../ingest/reports/evaluate.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { emitReport } from '../../../ingest/reports/records.ts';
import { buildIngestReport, formatIngestReport } from '../../../ingest/reports/report.ts';
import { context, TYPES } from '../../../ingest/reports/relation-candidates.ts';
import type { RelationModel } from '../../../ingest/reports/relation-model.ts';
import { suggestRelations } from '../../../ingest/reports/relation-suggestions.ts';
import type { TracedSentence } from '../../../ingest/reports/relation-trace.ts';
import { defaultRules } from '../../../ingest/reports/relations.ts';
import { mayMatch } from '../../../ingest/text/literal-gate.ts';
import { analyseText, textSource } from './helpers.ts';

const catalog = loadCatalog();
const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';
const REACH = 'The Norland Trade Council, which oversees ports, has restrictions in place that reach harbour cranes.';
const KESTREL = 'company:~kestrel-robotics-ltd';
const REACH_COMPANY = 'The Norland Trade Council, which oversees ports, has restrictions in place that reach Kestrel Robotics Ltd.';

const model = (threshold: number): RelationModel => ({
  head: { trainedOn: [], goldSha256: '', featureVersion: 1, threshold, gate: 'g2', thresholdFrom: 'test', training: { epochs: 0, rate: 0, l2: 0, seed: 0, examples: 0, positives: 0 } },
  classes: ['none', ...TYPES],
  bias: [0, 3, 0, 0, 0, 0],
  weights: {},
});

function suggested(text: string, threshold = 0.5) {
  const trace: TracedSentence[] = [];
  const { relations } = analyseText(text, { trace });
  return { relations, suggestions: suggestRelations(trace, relations, undefined, model(threshold)) };
}

describe('suggested relations', () => {
  it('suggests a pair the rules did not relate, with a cue of the type around it, as the sentence quotes it', () => {
    const { relations, suggestions } = suggested(REACH);
    expect(relations).toEqual([]);
    const x = suggestions.find((s) => s.start === COUNCIL && s.end === CRANES);
    expect(x).toMatchObject({ predicate: 'RESTRICTS', quote: REACH });
    expect(x?.locator).toMatch(/s_1$/);
    expect(x?.probability).toBeGreaterThan(0.5);
  });

  it('suggests nothing between two the rules related in the sentence, in any type', () => {
    const { relations, suggestions } = suggested('The Norland Trade Council banned harbour cranes.');
    expect(relations.map((r) => `${r.start} ${r.type} ${r.end}`)).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(suggestions.filter((s) => s.start === COUNCIL && s.end === CRANES)).toEqual([]);
  });

  it('suggests nothing where a check of meaning stopped the rules (a negation), nor where no cue of the type stands', () => {
    expect(suggested('The Norland Trade Council did not ban harbour cranes.').suggestions).toEqual([]);
    expect(suggested('The Norland Trade Council toured harbour cranes at the port.').suggestions).toEqual([]);
  });

  it('runs no cue of a type around a pair where the sentence cannot hold the cue\'s literals (literal-gate.ts), and suggests nothing there', () => {
    const text = 'The Norland Trade Council toured harbour cranes at the port.';
    const trace: TracedSentence[] = [];
    const { relations } = analyseText(text, { trace });
    // The cues of the type whose literals the sentence (and so any slice of it) cannot hold: most of them.
    const cues = new Set(context(defaultRules()).byType.get('RESTRICTS')?.map((r) => r.cue).filter((cue) => !mayMatch(cue, text)));
    expect(cues.size).toBeGreaterThan(10);
    const test = RegExp.prototype.test;
    let run = 0;
    RegExp.prototype.test = function (this: RegExp, s: string): boolean {
      if (cues.has(this)) run++;
      return test.call(this, s);
    };
    try {
      expect(suggestRelations(trace, relations, undefined, model(0.5))).toEqual([]);
    } finally {
      RegExp.prototype.test = test;
    }
    expect(run).toBe(0);
  });

  it('quotes a list item read in its lead-in\'s placeholder verbatim, as a stated relation of it does, not as it was read', () => {
    const { suggestions } = suggested('The Norland Trade Council has restrictions in place that reach the following companies:\n\n(a) Kestrel Robotics Ltd;\n\n(b) Harrow Cranes Ltd.');
    const x = suggestions.find((s) => s.start === COUNCIL && s.end === KESTREL);
    expect(x?.quote).toBe('The Norland Trade Council has restrictions in place that reach the following companies: (a) Kestrel Robotics Ltd;');
  });

  it('suggests nothing below the threshold', () => {
    expect(suggested(REACH, 0.99).suggestions).toEqual([]);
  });

  it('is emitted as SUGGESTS with its predicate and rounded confidence, its quote and locator as evidence, method model', () => {
    const file = textSource(`# T\n\n${REACH_COMPANY}`, 'markdown');
    const emit = new Emitter(file.entry.id);
    emit.node(`doc:${file.entry.id}`, ['Document'], { title: 'T' });
    const findings = emitReport(emit, parseReport(file), catalog, file.entry, { relationModel: model(0.5) });
    const rels = emit.records().filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === 'SUGGESTS');
    const x = rels.find((r) => r.start.id === COUNCIL && r.end.id === KESTREL);
    expect(x?.properties.predicate).toBe('RESTRICTS');
    expect(x?.properties.confidence).toBe(Math.round((x?.properties.evidence.confidence as number) * 100) / 100);
    expect(x?.properties.evidence).toMatchObject({ quote: REACH_COMPANY, method: 'model:restricts', documentId: file.entry.id });
    // Never a stated relation of the findings.
    expect(findings.relations).toEqual([]);
  });

  it('are counted in the ingest report per document and type, apart from the relations and said to be unchecked', () => {
    const file = textSource(`# T\n\n${REACH_COMPANY}`, 'markdown');
    const emit = new Emitter(file.entry.id);
    emit.node(`doc:${file.entry.id}`, ['Document'], { title: 'T' });
    const findings = emitReport(emit, parseReport(file), catalog, file.entry, { relationModel: model(0.5) });
    const emitted = emit.records().filter((r) => r.type === 'relationship' && r.label === 'SUGGESTS');
    expect(emitted.length).toBeGreaterThan(0);
    expect(findings.suggestions.map((x) => `${x.start} ${x.predicate} ${x.end} ${x.locator}`)).toContainEqual(`${COUNCIL} RESTRICTS ${KESTREL} sec_1.p_1.s_1`);
    const [doc] = buildIngestReport(catalog, [findings]).documents;
    expect(doc!.relations).toEqual([]);
    expect(doc!.suggestedRelations).toEqual({ label: expect.stringMatching(/machine suggestions.*unchecked.*not relations/), count: emitted.length, byPredicate: { RESTRICTS: emitted.length } });
    const text = formatIngestReport(buildIngestReport(catalog, [findings]));
    expect(text).toContain(`0 relations`);
    expect(text).toMatch(new RegExp(`\\n${emitted.length} suggested relations? \\(RESTRICTS x${emitted.length}\\): machine suggestions \\(learned model\\), unchecked`));
  });

  it('emits none with an end recognition did not keep (a tentative phrase no stated relation joins)', () => {
    const file = textSource(`# T\n\n${REACH}`, 'markdown');
    const emit = new Emitter(file.entry.id);
    emit.node(`doc:${file.entry.id}`, ['Document'], { title: 'T' });
    emitReport(emit, parseReport(file), catalog, file.entry, { relationModel: model(0.5) });
    expect(emit.records().filter((r) => r.type === 'relationship' && r.label === 'SUGGESTS')).toEqual([]);
  });

  it('are scored by the evaluation exactly as extraction emits them, on the development files in our own words', () => {
    // One rule (records.ts analyseWithSuggestions) for both. Two rules differed on report-fixture-port-cranes-ict-final-rule
    // (dev42), where a mention's id named no entity of the recognition: the evaluation kept its suggestion, extraction
    // dropped it. The exported model, so that what it suggests is what `lawgraph load` would write.
    const dir = path.resolve(import.meta.dirname, '../../gold');
    const golds = fs.readdirSync(dir).filter((f) => /^recognition-dev\d*\.yaml$/.test(f)).map((f) => loadGoldSet(path.join(dir, f)));
    const own = golds.flatMap((g) => Object.entries(g.documents)).filter(([, doc]) => doc.source);
    expect(own.map(([id]) => id)).toContain('report-fixture-port-cranes-ict-final-rule');
    let suggested = 0;
    for (const [id, doc] of own) {
      const file = goldSource(id, doc, '/nonexistent');
      const emit = new Emitter(file.entry.id);
      emit.node(`doc:${file.entry.id}`, ['Document'], { title: id });
      emitReport(emit, parseReport(file), catalog, file.entry);
      const emitted = emit
        .records()
        .filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === 'SUGGESTS')
        .map((r) => `${id} ${r.properties.predicate} ${r.start.id} ${r.end.id} ${r.properties.evidence.locator}`);
      const scored = extract(file, catalog).suggestions.map((x) => `${id} ${x.predicate} ${x.start} ${x.end} ${x.locator}`);
      expect(scored.sort()).toEqual(emitted.sort());
      suggested += scored.length;
    }
    // Not vacuous: the model suggests pairs on these files.
    expect(suggested).toBeGreaterThan(20);
  }, 120_000);
});
