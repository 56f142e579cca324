// What a company makes, named before a relative clause whose subject takes the company up ("the machine vision modules
// and AI inference chips it develops", "the drones that they sell"): the products of that maker, their support as after
// "made by" (things.ts lineBefore; grammar/things.yaml making-verbs). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (text: string): string[] => findThings(text).filter((f) => f.rule === 'thing:made').map((f) => `${f.surface} [${f.rule}]`);

describe('products named before a pronoun and a verb of making', () => {
  it('are made things, and their conjuncts too', () => {
    expect(found('Harlow is buying U.S. items, including the machine vision modules and AI inference chips it develops for cameras.')).toEqual([
      'machine vision modules [thing:made]',
      'AI inference chips [thing:made]',
    ]);
    expect(found('The harbour cranes that they sell reach every port.')).toEqual(['harbour cranes [thing:made]']);
  });
  it('not after another verb, nor with a noun for subject', () => {
    expect(found('The harbour cranes it inspects are old.')).toEqual([]);
    expect(found('The harbour cranes the port makes use of are old.')).toEqual([]);
  });
});
