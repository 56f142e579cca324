// What a maker made ("X made by Y") is its products on any plural head a technology word modifies, as a line a company
// makes is on any head. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a plural phrase before "made by"', () => {
  it('names products on a head the grammar lacks, after an acronym or a head of things', () => {
    expect(found('The agency banned LTE hubs made by Harlow Systems Inc. in May.')).toEqual(['LTE hubs [thing:made]']);
    expect(found('The agency banned drone hubs produced by Harlow.')).toEqual(['drone hubs [thing:made]']);
  });
  it('names nothing without a technology word', () => {
    expect(found('The recent decisions made by the agency were reversed.')).toEqual([]);
    expect(found('The agency banned harbour hubs made by Harlow.')).toEqual([]);
  });
});

describe('a plural phrase after "providers of"', () => {
  it('names the service a provider class provides, on any head, as after a maker noun', () => {
    expect(found('The rules bind providers of online ticket exchanges and of harbour booking engines.')).toEqual([
      'online ticket exchanges [thing:made]',
      'harbour booking engines [thing:made]',
    ]);
  });
  it('names no class a general adjective only describes', () => {
    expect(found('The rules bind providers of essential services.')).toEqual([]);
  });
});

describe('a plural phrase after a trade noun and "of" (grammar/things.yaml trade-nouns)', () => {
  it('names goods on a head the grammar lacks, as a plain phrase kept only with support', () => {
    expect(found('Customs held six shipments of rugged beacons from the port.')).toEqual(['rugged beacons [thing:noun-phrase]']);
    expect(found('Exports of optical beacons rose in May.')).toEqual(['optical beacons [thing:noun-phrase]']);
  });
  it('names nothing for a head alone, and leaves a phrase on a known head to the rules of heads', () => {
    expect(found('Customs held six shipments of beacons.')).toEqual([]);
    expect(found('Exports of lidar sensors rose.')).toEqual(['lidar sensors [thing:traded]']);
  });
});
