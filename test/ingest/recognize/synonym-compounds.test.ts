// Thing names on one head whose words before it are names WordNet gives one made thing ("drone components" beside
// "unmanned aircraft components", "cellphone chargers" beside "mobile phone chargers"), or names of one catalog entry,
// are one thing (thing-aliases.ts synonymCompounds). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { synonymCompounds } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
const found = (id: string): boolean => id.startsWith('p:');

describe('one class of goods whose modifiers are two names of one made thing', () => {
  it('makes "unmanned aircraft components" the "drone components" the document names', () => {
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'unmanned aircraft components')], found)]).toEqual([['p:b', 'p:a']]);
    expect([...synonymCompounds([m('p:a', 'cellphone chargers'), m('p:b', 'mobile phone charger')], found)]).toEqual([['p:b', 'p:a']]);
    // Describing words before the modifier leave the class as it is.
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'foreign-made unmanned aircraft components')], found)]).toEqual([['p:b', 'p:a']]);
    // A catalog entry keeps its id.
    expect([...synonymCompounds([m('p:a', 'drone batteries'), m('product:b', 'unmanned aircraft batteries')], found)]).toEqual([['p:a', 'product:b']]);
  });
  it('leaves other heads, hypernyms, unknown modifiers and narrowed classes apart', () => {
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'unmanned aircraft batteries')], found)]).toEqual([]);
    // "aircraft" is a hypernym of the drone, no other name of it.
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'aircraft components')], found)]).toEqual([]);
    expect([...synonymCompounds([m('p:a', 'harbour sensor components'), m('p:b', 'dock sensor components')], found)]).toEqual([]);
    // A measure's participle or an evaluative word sets a narrower class apart.
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'covered unmanned aircraft components')], found)]).toEqual([]);
    expect([...synonymCompounds([m('p:a', 'drone components'), m('p:b', 'critical unmanned aircraft components')], found)]).toEqual([]);
    // Two catalog entries stay apart; so does a head alone.
    expect([...synonymCompounds([m('product:a', 'drone components'), m('product:b', 'unmanned aircraft components')], found)]).toEqual([]);
    expect([...synonymCompounds([m('p:a', 'drones'), m('p:b', 'drone components')], found)]).toEqual([]);
  });
  it('makes two names of one catalog entry before one head one thing', () => {
    const inner = (surface: string) => [{ id: 'product:uav', label: 'Product', surface }];
    expect([...synonymCompounds([{ ...m('p:a', 'drone components'), inner: inner('drone') }, { ...m('p:b', 'remotely crewed aircraft system components'), inner: inner('remotely crewed aircraft system') }], found)]).toEqual([['p:b', 'p:a']]);
    // A catalog name that covers only part of the words before the head says nothing.
    expect([...synonymCompounds([{ ...m('p:a', 'drone components'), inner: inner('drone') }, { ...m('p:b', 'drone camera components'), inner: inner('drone') }], found)]).toEqual([]);
    const md = '# Notice\n\nThe Treasury sanctioned Tarnwick Marine for shipping drone components to Russia. Tarnwick Marine routed unmanned aircraft system components through a firm in Dubai.';
    const ids = [...new Set(mentionsOf(recogniseMarkdown(md), 'Product').map((x) => x.id))];
    expect(ids).toEqual(['product:~drone-component']);
  });
  it('reads one thing in sentences', () => {
    const md = '# Notice\n\nThe Treasury sanctioned Tarnwick Marine for shipping drone components to Russia. Tarnwick Marine routed the unmanned aircraft components through a firm in Dubai.';
    const ids = [...new Set(mentionsOf(recogniseMarkdown(md), 'Product').map((x) => x.id))];
    expect(ids).toEqual(['product:~drone-component']);
  });
});
