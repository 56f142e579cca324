// A quoted term a definition opens, of two to four words on a head of things, is a defined term of things whatever its
// capitals ('2.2 "Covered equipment" means any equipment ...', 'the term "eVTOL aircraft" means ...'), and the document
// reads it in lower case after (defined-things.ts quotedDefinedThings). Own sentences (helper-251, dev68's tender
// specification; the lead, statute-style definitions).
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const things = (text: string): string[] => analyseText(text).rec.entities.filter((e) => e.label === 'Product' || e.label === 'Technology').map((e) => e.name.toLowerCase());
const mentions = (text: string): string[] => surfacesOf(analyseText(text).rec, ['Product', 'Technology']);

describe('a quoted defined term of things', () => {
  it('is a class, named again in lower case', () => {
    const text = '2.2 "Covered equipment" means any equipment or service described in Section 6.1. A radio sold under another brand is covered equipment.';
    expect(things(text)).toContain('covered equipment');
    expect(mentions(text)).toEqual(['Covered equipment', 'covered equipment']);
  });
  it('with "the term" and curly quotes too', () => {
    expect(things('In this part, the term “restricted modules” means modules made by a listed company. Restricted modules may not be bought.')).toContain('restricted modules');
  });
  it('on any words before a head of things, as a statute defines its classes', () => {
    expect(things('(g) The term "eVTOL aircraft" means an electric vertical takeoff and landing aircraft.')).toContain('evtol aircraft');
    expect(things('(c) The term "counter-UAS system" means a system that detects unmanned aircraft.')).toContain('counter-uas system');
    expect(things('(4) The term "port facility" has the meaning given in the Act.').some((n) => n.includes('port facility'))).toBe(false);
  });
  it('not on one word, nor on a head that names no things', () => {
    expect(things('"Firmware" means the software embedded in a camera. "Covered person" means a listed company.').some((n) => /firmware|covered person/.test(n))).toBe(false);
  });
});
