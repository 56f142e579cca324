// A name ending in a head that may open a title ("Directive", "Regulation", "Law": instruments.yaml named.leading) runs
// on over "on" and capitalised words: "the National Security Directive on Telecommunication Sector" is one instrument,
// its acronym after it the same (instruments.ts ON_TITLE_TAIL). Not a day, a month, a country or a body after "on".
// Own sentences, invented instruments.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => [...new Set(surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((x) => x.split('=')[0]))];

describe('a title going on after its head with "on"', () => {
  it('is one instrument', () => {
    expect(laws('Under the Harbour Security Directive on Port Cargo Handling (HSDPC), operators may only buy approved cranes.')).toEqual(['Harbour Security Directive on Port Cargo Handling', 'HSDPC']);
    expect(laws('The ministry issued the Data Protection Regulation on Cross-Border Transfers last year.')).toEqual(['Data Protection Regulation on Cross-Border Transfers']);
  });
  it('but not over a day, a month, a country or a body', () => {
    expect(laws('Parliament passed the Harbour Security Law on Monday.')).toEqual(['Harbour Security Law']);
    expect(laws('The Harbour Security Law on Norway Ports was discussed.')).toEqual(['Harbour Security Law']);
    expect(laws('Comments on the Harbour Security Directive on National Harbour Board Procedures closed.')).toEqual(['Harbour Security Directive']);
  });
});
