// A company's product line: a phrase with a modifier right after "<line noun> of" (grammar/things.yaml line-nouns) names
// products, its support; a head alone there says how many, no class. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a product line', () => {
  it('names products', () => {
    expect(found('Tarrow Holdings, the owner of the Velm Pro range of stolen-vehicle locators, fell.')).toEqual(['stolen-vehicle locators [thing:made]']);
    expect(found('The group sold its line of fleet trackers in May.')).toEqual(['fleet trackers [thing:made]']);
  });
  it('names no class with a head alone or no product', () => {
    expect(found('It sells a wide range of sensors.')).toEqual([]);
    expect(found('The board took a range of measures.')).toEqual([]);
  });
});
