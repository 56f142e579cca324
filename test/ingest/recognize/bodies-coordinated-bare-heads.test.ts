// A bare public-body head written once ("the Council") is the document's own body of that name where the sentence
// coordinates it with a body it names ("to the Harbour Board and to the Council"): a coordination joins like with like
// (recognize/index.ts coordinatedBareHeads). Alone and written once it stays unplaced. Own sentences.
import { describe, expect, it } from 'vitest';
import { analysed, surfacesOf } from '../one-sentence.ts';

// A document of a jurisdiction (an EU act's), whose own bodies a bare head may name.
const authorities = (text: string): string[] => {
  return surfacesOf(analysed(text, { heading: 'T', jurisdiction: 'eu', asEntry: true }).rec, 'Authority');
};

describe('a bare body head coordinated with a named body', () => {
  it('is a body, after the named one or before it, with a preposition repeated or not', () => {
    expect(authorities('Under this Directive, a report is sent to the European Parliament and to the Council every year.')).toEqual(['European Parliament', 'Council']);
    expect(authorities('Under this Directive, the Council or the European Parliament may object.')).toEqual(['Council', 'European Parliament']);
  });
  it('stays unplaced written once and coordinated with no named body', () => {
    expect(authorities('Under this Directive, the Council receives a report every year.')).toEqual([]);
    expect(authorities('Under this Directive, reports and the Council are mentioned.')).toEqual([]);
  });
});
