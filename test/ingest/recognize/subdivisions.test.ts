// First-level subdivisions of countries from ISO 3166-2 (npm iso-3166), and the bodies named after them.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../ingest/recognize/names.ts';
import { findSubdivisions } from '../../../ingest/recognize/subdivisions.ts';

const subdivisions = (text: string): string[] => findSubdivisions(text, tokenize(text)).map((f) => `${f.surface} => ${f.label}:${f.id ?? f.name} (${f.jurisdiction})`);

describe('subdivisions', () => {
  it('reads a first-level subdivision as a Jurisdiction of its country, by its ISO 3166-2 code', () => {
    expect(subdivisions('Cars built in Ohio and New Mexico, and sold in Ontario.')).toEqual([
      'Ohio => Jurisdiction:jur:us-oh (us)',
      'New Mexico => Jurisdiction:jur:us-nm (us)',
      'Ontario => Jurisdiction:jur:ca-on (ca)',
    ]);
    expect(subdivisions("California's coast")).toEqual(['California => Jurisdiction:jur:us-ca (us)']);
    // Its measures after its possessive make it a lawmaker, as the dev golds record "the state as lawmaker" (helper-263).
    expect(subdivisions("California's rules")).toEqual(['California => Authority:California (us)']);
  });
  it('reads the legislature named after one as its body', () => {
    expect(subdivisions('A bill before the Michigan legislature and the Texas Legislature.')).toEqual([
      'Michigan => Jurisdiction:jur:us-mi (us)',
      'Michigan legislature => Authority:Michigan Legislature (us)',
      'Texas => Jurisdiction:jur:us-tx (us)',
      'Texas Legislature => Authority:Texas Legislature (us)',
    ]);
  });
  it('leaves the state of a city named before it with a comma: a dateline\'s or an address\'s place (helper-135)', () => {
    expect(subdivisions('Remarks as prepared for delivery, Wichita, Kansas, March 23.')).toEqual([]);
    expect(subdivisions('DETROIT, Michigan, May 2 (Wire) - Cars built in Ohio.')).toEqual(['Ohio => Jurisdiction:jur:us-oh (us)']);
    expect(subdivisions('On Tuesday, Texas sued the agency.')).toEqual(['Texas => Jurisdiction:jur:us-tx (us)']);
  });
  it("reads a name that opens the sentence after a preposition", () => {
    expect(subdivisions('In Arkansas, a new act bars such purchases.')).toEqual(['Arkansas => Jurisdiction:jur:us-ar (us)']);
  });
  it("reads a name several countries' subdivisions share as the one whose towns far outnumber the others'", () => {
    // Florida: the US state (towns of 11.5 million in Natural Earth), not Uruguay's department (32 thousand).
    expect(subdivisions('Florida was the first state to act.')).toEqual(['Florida => Jurisdiction:jur:us-fl (us)']);
    // Limburg: a Belgian and a Dutch province of like size stay ambiguous.
    expect(subdivisions('Factories in Limburg closed.')).toEqual([]);
  });
  it('leaves a name that names something else: a capital, a country, a first name, a longer name', () => {
    // Washington of "Washington D.C."; Georgia the country (countries.ts); a first name before a surname; a university.
    expect(subdivisions('The listing in Washington, talks in Georgia, Virginia Smith and Michigan State University.')).toEqual([]);
  });
});
