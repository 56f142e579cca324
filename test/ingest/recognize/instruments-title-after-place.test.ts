// An act's title may hold small words ("the Protecting Americans from Foreign Adversary Controlled Applications Act"), but
// a place's name and then "the" right before the act's name are the sentence's adverbial and the act's determiner ("in
// the United States the ... Act presumes"), no words of its title. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const laws = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), 'Law');

describe("a place's name and 'the' before an act", () => {
  it('are no words of its title', () => {
    expect(laws('We know that in the United States the Uyghur Forced Labor Prevention Act presumes such goods are tainted.')).toEqual(['Uyghur Forced Labor Prevention Act']);
    expect(laws('Across the European Union the Cyber Resilience Act will cover connected toys.')).toEqual(['Cyber Resilience Act']);
  });
  it('while a verb before "the" still opens a title', () => {
    expect(laws('Congress passed the Securing the Ports Act last year.')).toEqual(['Securing the Ports Act']);
  });
});
