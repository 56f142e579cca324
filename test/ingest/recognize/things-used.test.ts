// What is put to use (grammar/things.yaml use-words, things.ts): a phrase in common nouns right after a verb of use
// ("when using thermal-imaging cameras") or a noun of use and "of" ("the use of roadside radar units") names a class of
// things as such, its support (thing:used); a maker's or a country's goods after it do not ("using Norland vehicles").
// Own sentences.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { analysed, surfacesOf } from '../one-sentence.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);
// The things a document keeps (a phrase written once stays only with its sentence's support).
const kept = (md: string): string[] => surfacesOf(analysed(md, { heading: 'T', catalog: new Catalog([], 'none'), asEntry: true }).rec, ['Technology', 'Product']);

describe('a class put to use', () => {
  it('is supported after a verb of use or a noun of use and "of"', () => {
    expect(found('An assessment is needed when using thermal-imaging cameras in public squares.')).toContain('thermal-imaging cameras [thing:used]');
    expect(found('The council limited the use of roadside radar units near schools.')).toContain('roadside radar units [thing:used]');
    expect(found('Ports deploying autonomous cargo cranes must keep logs.')).toContain('autonomous cargo cranes [thing:used]');
  });
  it('is kept by the document though written once', () => {
    expect(kept('An assessment is needed when using thermal-imaging cameras in public squares.')).toEqual(['thermal-imaging cameras']);
    expect(kept('The square has thermal-imaging cameras on every corner.')).toEqual([]);
  });
  it('is not a maker\'s or a country\'s goods written with a capitalised name', () => {
    expect(found('The audit looked at risks from using Norland vehicles in the fleet.').filter((f) => f.endsWith('[thing:used]'))).toEqual([]);
    expect(found('A rule bars agencies from using Valdmarkian drones.').filter((f) => f.endsWith('[thing:used]'))).toEqual([]);
  });
  it('leaves a phrase with no such word before it unsupported', () => {
    expect(found('The square has thermal-imaging cameras on every corner.').filter((f) => f.endsWith('[thing:used]'))).toEqual([]);
  });
});
