// What a maker made ("X made by Y") is its products on any plural head a technology word modifies, as a line a company
// makes is on any head. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a plural phrase before "made by"', () => {
  it('names products on a head the grammar lacks, after an acronym or a head of things', () => {
    expect(found('The agency banned LTE gateways made by Harlow Systems Inc. in May.')).toEqual(['LTE gateways [thing:made]']);
    expect(found('The agency banned drone gateways produced by Harlow.')).toEqual(['drone gateways [thing:made]']);
  });
  it('names nothing without a technology word', () => {
    expect(found('The recent decisions made by the agency were reversed.')).toEqual([]);
    expect(found('The agency banned harbour gateways made by Harlow.')).toEqual([]);
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
    expect(found('Customs held six shipments of rugged transceivers from the port.')).toEqual(['rugged transceivers [thing:noun-phrase]']);
    expect(found('Exports of optical transceivers rose in May.')).toEqual(['optical transceivers [thing:noun-phrase]']);
  });
  it('names nothing for a head alone, and leaves a phrase on a known head to the rules of heads', () => {
    expect(found('Customs held six shipments of transceivers.')).toEqual([]);
    expect(found('Exports of lidar sensors rose.')).toEqual(['lidar sensors [thing:traded]']);
  });
});
