// A bare head that is only ever an item of a list, in a document that names kinds on its head, names their general class,
// no node (thing-aliases.ts listedClassHeads, applied by index.ts settleTentative). Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { listedClassHeads } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';

const names = (md: string, related = new Set<string>()): string[] =>
  settleTentative(recogniseMarkdown(`# T\n\n${md}`), related).entities.map((e) => e.name);

describe('a bare head only listed', () => {
  const m = (id: string, surface: string, via: string) => ({ id, label: 'Product', surface, via, sentence: 0, start: 0 });
  it('is a class where the document names a kind on its head', () => {
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:coordinated'), m('p:kind', 'tide gauges', 'thing:made')], () => true)]).toEqual(['p:bare']);
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:member'), m('p:kind', 'tide gauge', 'thing:noun-phrase')], () => true)]).toEqual(['p:bare']);
  });
  it('stays with no kind on its head, named otherwise too, as a phrase, or from the catalog', () => {
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:coordinated'), m('p:other', 'tide sensors', 'thing:made')], () => true)]).toEqual([]);
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:coordinated'), m('p:bare', 'gauges', 'thing:traded'), m('p:kind', 'tide gauges', 'thing:made')], () => true)]).toEqual([]);
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:coordinated'), m('p:bare', 'harbour gauges', 'thing:made'), m('p:kind', 'tide gauges', 'thing:made')], () => true)]).toEqual([]);
    expect([...listedClassHeads([m('p:bare', 'gauges', 'thing:coordinated'), m('p:kind', 'tide gauges', 'thing:made')], (id) => id !== 'p:bare')]).toEqual([]);
  });
  it('is no entity of a document that names a kind on it, unless a relation joins it', () => {
    const md = 'The rule reaches into the parts: sensors, winches, harbour turbines and cables. Tide sensors matter most. The port buys tide sensors.';
    expect(names(md)).toEqual(['winches', 'harbour turbines', 'cables', 'tide sensors']);
    // A relation joining it keeps it.
    const related = settleTentative(recogniseMarkdown(`# T\n\n${md}`), new Set(['product:~sensor']));
    expect(related.entities.map((e) => e.name)).toContain('sensors');
  });
});
