// Thing names that differ only in a generic head of goods ("IoT products" beside "IoT devices"), or by "systems" after a
// head of things ("camera systems" beside "cameras"), are one thing (thing-aliases.ts genericVariants). Own sentences,
// invented companies.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { genericVariants } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
const found = (id: string): boolean => id.startsWith('p:');

describe('one class of goods under two generic heads', () => {
  it('makes "harbour sensor products" the "harbour sensor devices" the document names', () => {
    expect([...genericVariants([m('p:dev', 'harbour sensor devices'), m('p:prod', 'harbour sensor products')], found)]).toEqual([['p:prod', 'p:dev']]);
    expect([...genericVariants([m('p:a', 'buoy components'), m('p:b', 'buoy parts')], found)]).toEqual([['p:b', 'p:a']]);
    // A catalog entry keeps its id; two catalog entries stay apart.
    expect([...genericVariants([m('p:prod', 'harbour sensor products'), m('product:dev', 'harbour sensor devices')], found)]).toEqual([['p:prod', 'product:dev']]);
    expect([...genericVariants([m('product:a', 'harbour sensor products'), m('product:b', 'harbour sensor devices')], found)]).toEqual([]);
  });
  it('makes "camera systems" the cameras, describing words before them left out', () => {
    expect([...genericVariants([m('p:cam', 'dockside cameras'), m('p:sys', 'dockside camera systems')], found)]).toEqual([['p:sys', 'p:cam']]);
    expect([...genericVariants([m('p:cam', 'dockside cameras'), m('p:sys', 'reliable dockside camera systems')], found)]).toEqual([['p:sys', 'p:cam']]);
  });
  it('makes "camera units" the cameras, as "camera systems" are', () => {
    expect([...genericVariants([m('p:cam', 'dockside cameras'), m('p:unit', 'dockside camera units')], found)]).toEqual([['p:unit', 'p:cam']]);
    expect([...genericVariants([m('p:radar', 'marine radars'), m('p:unit', 'marine radar units')], found)]).toEqual([['p:unit', 'p:radar']]);
    // A unit on a head alone may be a unit of people ("drone units" of an army): no class beside the head.
    expect([...genericVariants([m('p:a', 'drones'), m('p:b', 'drone units')], found)]).toEqual([]);
    // Nor a unit on a word that heads no thing ("telemetry units" are no telemetry).
    expect([...genericVariants([m('p:a', 'harbour telemetry'), m('p:b', 'harbour telemetry units')], found)]).toEqual([]);
  });
  it('leaves other heads, a system on a head of its own, a covered system and goods against their parts apart', () => {
    expect([...genericVariants([m('p:a', 'harbour sensor devices'), m('p:b', 'harbour sensor services')], found)]).toEqual([]);
    expect([...genericVariants([m('p:a', 'harbour sensor devices'), m('p:b', 'harbour sensor components')], found)]).toEqual([]);
    expect([...genericVariants([m('p:a', 'batteries'), m('p:b', 'battery storage systems')], found)]).toEqual([]);
    // "camera systems" alone: a system of one head names no class beside it here ("cameras" is no phrase of two words).
    expect([...genericVariants([m('p:a', 'cameras'), m('p:b', 'camera systems')], found)]).toEqual([]);
    // A measure's participle sets a class apart: "covered dockside camera systems" are not all dockside cameras.
    expect([...genericVariants([m('p:a', 'dockside cameras'), m('p:b', 'covered dockside camera systems')], found)]).toEqual([]);
  });
  it('reads one thing in sentences without the catalog', () => {
    const md = '# Notice\n\nThe Ministry restricted imports of harbour sensor devices made by Tarnwick Marine. Lisk Avionics sells harbour sensor products to port operators.';
    const withheld = Matcher.fromCatalog(loadCatalog().entries.filter((e) => e.label === 'Jurisdiction'));
    const ids = [...new Set(surfaceIdsOf(recogniseMarkdown(md, withheld), 'Product'))];
    expect(ids).toEqual(['harbour sensor devices=product:~harbour-sensor-device', 'harbour sensor products=product:~harbour-sensor-device']);
  });
});
