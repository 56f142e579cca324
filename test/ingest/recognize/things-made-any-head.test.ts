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
