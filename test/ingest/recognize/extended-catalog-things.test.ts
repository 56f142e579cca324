// A catalog class's one-word name with modifiers before it ("inspection drones" beside "drones") is that class
// (thing-aliases.ts extendedCatalogThings, read in recognize/index.ts). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { extendedCatalogThings } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), ['Product', 'Technology']);

const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
const names: Record<string, string> = { 'product:drones': 'Drones', 'technology:semiconductors': 'Semiconductors' };
const nameOf = (id: string): string => names[id] ?? '';
const found = (id: string): boolean => !(id in names);

describe('a catalog class named with modifiers', () => {
  it('makes "inspection drones" and "heavy-lift drones" the drones the document names', () => {
    expect(things('# T\n\nThe Department restricted imports of drones. Inspection drones and heavy-lift drones made by Tarnwick Aero are covered.')).toEqual([
      'drones=product:drones',
      'Inspection drones=product:drones',
      'heavy-lift drones=product:drones',
    ]);
  });
  it('takes along a name already made one with the phrase', () => {
    expect(things('# T\n\nThe Department restricted imports of drones. Weatherproof survey drones made by Tarnwick Aero and survey drones made by Lisk are covered.')).toEqual([
      'drones=product:drones',
      'Weatherproof survey drones=product:drones',
      'survey drones=product:drones',
    ]);
  });
  it('reads the class by its own name, not an alias, and only where the document names it alone', () => {
    expect([...extendedCatalogThings([m('product:drones', 'drones'), m('p:inspection', 'inspection drones')], found, () => false, nameOf)]).toEqual([['p:inspection', 'product:drones']]);
    // "chips" is one of Semiconductors' aliases: "baseband chips" is a kind of chips the gold keeps apart.
    expect([...extendedCatalogThings([m('technology:semiconductors', 'chips'), m('p:baseband', 'baseband chips')], found, () => false, nameOf)]).toEqual([]);
    expect([...extendedCatalogThings([m('p:inspection', 'inspection drones')], found, () => false, nameOf)]).toEqual([]);
    // A name ("Drones" in a heading) is no class named in common nouns.
    expect([...extendedCatalogThings([m('product:drones', 'Drones'), m('p:inspection', 'inspection drones')], found, () => false, nameOf)]).toEqual([]);
  });
  it('leaves a class a measure or an evaluative word sets apart, a kind with its own acronym or a model\'s designation, and a generic head', () => {
    const drones = m('product:drones', 'drones');
    expect([...extendedCatalogThings([drones, m('p:covered', 'covered drones')], found, () => false, nameOf)]).toEqual([]);
    expect([...extendedCatalogThings([drones, m('p:critical', 'critical drones')], found, () => false, nameOf)]).toEqual([]);
    expect([...extendedCatalogThings([drones, m('p:survey', 'survey drones')], found, (id) => id === 'p:survey', nameOf)]).toEqual([]);
    // A model's designation before the head names a product, no use of the class.
    expect([...extendedCatalogThings([drones, m('p:x4', 'X4 inspection drones')], found, () => false, nameOf)]).toEqual([]);
    expect([...extendedCatalogThings([drones, m('p:spray', 'agricultural spray drones')], found, () => false, nameOf)]).toEqual([['p:spray', 'product:drones']]);
    // "vehicles" names no catalog class: "connected vehicles" beside it stays.
    expect([...extendedCatalogThings([m('p:vehicles', 'vehicles'), m('p:connected', 'tracked vehicles')], found, () => false, nameOf)]).toEqual([]);
  });
});
