// A legislature is a body named on its head as a parliament is (grammar/names.yaml heads): "the Legislature of the State
// of Varn", "the Varn Legislature", as a US state's enacting formula and its reports name it. Own sentences, invented
// states.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const bodies = (text: string): string[] =>
  surfacesOf(analyseText(text).rec, 'Authority');

describe('a legislature', () => {
  it('is a body, in an enacting formula and as a party', () => {
    expect(bodies('Be it enacted by the Legislature of the State of Varn:')).toEqual(['Legislature of the State of Varn']);
    expect(bodies('The Varn Legislature passed the bill in May.')).toEqual(['Varn Legislature']);
  });
  it('names none as a common noun', () => {
    expect(bodies('The bill went to a legislature in May.')).toEqual([]);
  });
});
