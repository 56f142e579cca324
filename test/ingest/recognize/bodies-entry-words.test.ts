// The entry condition of the bodies grammar (bodies.ts mayNameBody): a run whose text holds none of the grammar's words
// for bodies is passed over before its readings. It must never pass over a run some reading takes: checked on every
// run, and every part of a run, of the development gold documents' texts, and on a sentence for every reading.
import { describe, expect, it } from 'vitest';
import { bodyOfRun, mayNameBody } from '../../../ingest/recognize/bodies.ts';
import { nameRuns, type Token } from '../../../ingest/recognize/names.ts';
import { GOLD_SETS, goldSource, loadGoldSet } from '../../../ingest/reports/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

/** Every contiguous part of every run of the text: the runs findBodies reads are runs or parts of runs (titles cut,
 *  units placed) or runs joined around a place in brackets. */
function parts(text: string): Token[][] {
  const out: Token[][] = [];
  const runs = nameRuns(text);
  for (const run of runs) for (let a = 0; a < run.length; a++) for (let b = a + 1; b <= run.length && b - a <= 12; b++) out.push(run.slice(a, b));
  // A run, a place in brackets and a legal form joined (withPlacedForms).
  for (let k = 0; k + 2 < runs.length; k++) out.push([...runs[k], ...runs[k + 1], ...runs[k + 2]]);
  return out;
}

/** The runs some reading takes that the entry condition would pass over, as "<run> => <rule>". */
function passedOver(text: string): string[] {
  return parts(text).flatMap((run) => {
    const f = bodyOfRun(text, run);
    return f && !mayNameBody(text, run) ? [`${text.slice(run[0].start, run[run.length - 1].end)} => ${f.rule}`] : [];
  });
}

describe('bodies: the entry condition', () => {
  it('passes every run a reading takes, one sentence per reading', () => {
    const sentences = [
      'The Attorney General and the Postmaster General spoke.', // title:fixed
      'The Secretary of Commerce met the Director of the National Science Foundation.', // title:of
      'The Norwegian Minister of Fisheries and Deputy Assistant Secretary for Export Enforcement of the Bureau of Industry and Security met.', // stated, ranked
      'Under Secretary of Commerce for Industry and Security and Commerce Secretary Howard Lutnick spoke.', // title:office, inverted title
      'The Senate, the U.S. House of Representatives and the Dutch Parliament agreed.', // self-named
      'The Task Force of the Ministry of Ports and the Bureau of Trade Director met.', // wrapped
      'The Federal Trade Commission, U.S. Customs and Border Protection and Northwind Optics Inc. met.', // head-of, name-head, state prefix
      'The Commission asked the Secretary. Customs and Border Protection (CBP) agreed.', // bare heads, acronym defined
    ];
    const taken = sentences.flatMap((s) => parts(s).flatMap((run) => bodyOfRun(s, run)?.rule ?? []));
    for (const rule of ['title:fixed', 'title:of', 'title:office', 'body:inverted-title', 'body:self-named', 'body:wrapped', 'body:head-of', 'body:name-head', 'body:state-prefix', 'bare-head', 'body:acronym-defined']) expect(taken).toContain(rule);
    expect(sentences.flatMap(passedOver)).toEqual([]);
  });

  it('passes every run a reading takes in the development gold documents', () => {
    const docs = GOLD_SETS.dev.flatMap((file) => Object.entries(loadGoldSet(file).documents));
    expect(docs.length).toBeGreaterThan(40);
    let read = 0;
    const missed: string[] = [];
    for (const [id, doc] of docs) {
      for (const line of goldSource(id, doc, corpusDir).text.split('\n')) {
        read += parts(line).filter((run) => bodyOfRun(line, run)).length;
        missed.push(...passedOver(line).map((m) => `${id}: ${m}`));
      }
    }
    expect(read).toBeGreaterThan(1000);
    expect(missed).toEqual([]);
  });
});
