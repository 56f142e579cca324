// Before a maker noun, a generic head with a single modifier ("chip equipment makers", "payment hardware suppliers")
// adds nothing to the modifier: the compound names firms by their trade, as "chip makers" does, not a class of their
// products; a specific head ("thermal camera makers") or a generic head with more modifiers ("free and open-source
// software developers") still names the products (grammar/things.yaml maker-compounds). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a generic head with one modifier before a maker noun', () => {
  it('gives the phrase no support as the makers\' products', () => {
    expect(found('Most units are sourced from two payment hardware suppliers in Lisbon.')).not.toContainEqual(expect.stringContaining('[thing:made]'));
    expect(found('Brenholt met fleet device sellers in Oslo.')).not.toContainEqual(expect.stringContaining('[thing:made]'));
  });
  it('leaves a specific head, or a generic one with more modifiers, the products', () => {
    expect(found('Varnel, a Danish thermal camera maker, was fined.')).toEqual(['thermal camera [thing:made]']);
    expect(found('The guidance is written for free and open-source software developers.')).toEqual(['free and open-source software [thing:made]']);
  });
});
