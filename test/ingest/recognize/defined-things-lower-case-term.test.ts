// A quoted defined term written in lower case ('The term "restricted radios" means ...') is read wherever the document
// writes it again in lower case, as a capitalised term is (defined-things.ts definedThingTerms). Own sentences.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const mentions = (text: string): string[] => surfacesOf(analyseText(text).rec, ['Product', 'Technology']);

describe('a quoted defined term in lower case', () => {
  it('is named again where the text writes it after the definition', () => {
    const text = '(3) COVERED EQUIPMENT.—The term "covered equipment" means routers made by a listed vendor.\n\n(b) The Board shall review the risks posed by covered equipment.';
    expect(mentions(text).filter((m) => m === 'covered equipment')).toHaveLength(2);
  });
});
