// A firm named by its line in the singular: a phrase on a head of things right before a singular maker noun ("a depth
// sensor manufacturer") names the firm's products, as the plural does ("depth sensor manufacturers"; grammar/things.yaml
// maker-compounds). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a phrase on a head before a singular maker noun', () => {
  it('names the products of the firm', () => {
    expect(found('Officials met a depth sensor manufacturer from Bergen.')).toEqual(['depth sensor [thing:made]']);
    expect(found('Norvik, a marine radar maker, was fined in May.')).toEqual(['marine radar [thing:made]']);
  });
  it('leaves makers of no goods, a head alone, generic heads and people alone', () => {
    expect(found('A policy maker and a decision maker met in Bergen.')).toEqual([]);
    // A head alone there names the firm, no class (as "drone makers" does).
    expect(found('Norvik, a Danish sonar maker, was fined in May.')).toEqual([]);
    expect(found('Officials met an equipment supplier in Bergen.')).toEqual([]);
    expect(found('The ministry hired a software developer in March.')).toEqual([]);
  });
});
