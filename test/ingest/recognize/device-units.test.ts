// A head of things and "units" (issue 15): "sonar units" beside the one thing the document names by "sonar" and another
// head of things is that thing (thing-aliases.ts deviceUnits). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';
import { deviceUnits } from '../../../ingest/recognize/thing-aliases.ts';

const surfaces = (md: string): string[] => surfaceIdsOf(settleTentative(recogniseMarkdown(md), new Set()), ['Product', 'Technology']);

describe('a head of things and "units"', () => {
  const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
  it('names the one thing the document names by those words and another head of things', () => {
    expect([...deviceUnits([m('p:sonar', 'sonar transducers'), m('p:units', 'sonar units')], (id) => id === 'p:units')]).toEqual([['p:units', 'p:sonar']]);
    expect([...deviceUnits([m('p:rad', 'harbour radar antennas'), m('p:units', 'harbour radar unit')], (id) => id === 'p:units')]).toEqual([['p:units', 'p:rad']]);
  });
  it('names neither of two such things, nor one where the document names the words alone', () => {
    expect([...deviceUnits([m('p:a', 'sonar transducers'), m('p:b', 'sonar receivers'), m('p:units', 'sonar units')], (id) => id === 'p:units')]).toEqual([]);
    expect([...deviceUnits([m('p:d', 'drones'), m('p:b', 'drone batteries'), m('p:units', 'drone units')], (id) => id === 'p:units')]).toEqual([]);
  });
  it('needs a head of things before "units", and another head of things on the other name', () => {
    expect([...deviceUnits([m('p:a', 'storage batteries'), m('p:units', 'storage units')], (id) => id === 'p:units')]).toEqual([]);
    expect([...deviceUnits([m('p:a', 'sonar systems'), m('p:units', 'sonar units')], (id) => id === 'p:units')]).toEqual([]);
  });
  it('joins the units in a document', () => {
    const md = '# T\n\nOstrava Marine sells sonar transducers to harbour pilots. The sonar transducers are made in Brno.\n\nCustoms seized 40 sonar units made by Ostrava Marine last week.';
    expect(surfaces(md)).toContain('sonar units=product:~sonar-transducer');
  });
});
