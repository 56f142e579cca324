// A verb opening a recommendation or an instruction right before an instrument's head ("1. Revise Directive 22.1 to
// require ...") is no word of the instrument's name (instruments.ts named). Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const laws = (text: string): string[] =>
  surfacesOf(analyseText(text).rec, 'Law');

describe('an imperative before an instrument head', () => {
  it('is not taken into the name, in a numbered item or opening a sentence', () => {
    const found = laws('Varn Ports Directive 22.1 governs crane purchases. We make two recommendations:\n\n1. Revise Directive 22.1 to require a security review.\n2. Review Regulation 9 and report by June.\n\nUpdate Directive 22.1 within a year.');
    expect(found.filter((l) => /^(?:Revise|Review|Update)\b/.test(l))).toEqual([]);
    expect(found).toContain('Varn Ports Directive 22.1');
  });
  it('leaves names that open with a verb-like word and go on before their head', () => {
    expect(laws('Secure and Trusted Communications Networks Act funds replacements.')).toEqual(['Secure and Trusted Communications Networks Act']);
    expect(laws('The agency applies the Varn Framework Directive to cranes.')).toEqual(['Varn Framework Directive']);
  });
});
