// A use of a class the document names on its own ("attack drones" beside "drones"; recognize/headed-phrases.ts
// modifierExtensions): repeated, it is still the class, not a class of its own; two modifiers, or a head named nowhere
// alone, keep the phrase. Own sentences, fictional places; "drones" is a catalog product.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { entityNamesOf, mentionsOf } from '../one-sentence.ts';

const products = (text: string): string[] =>
  entityNamesOf(analyseText(text).rec, 'Product');
const mentioned = (text: string): string[] =>
  mentionsOf(analyseText(text).rec).map((m) => `${m.id}:${m.surface}`);

const DRONES = 'Drones are made in Norland.';

describe('a use of a class the document names on its own', () => {
  it('is the class, even when the phrase is repeated', () => {
    const text = `${DRONES} Parts from Valdmark turned up in patrol drones over the border. The patrol drones carried Valdmark radios.`;
    expect(products(text)).not.toContain('patrol drones');
    expect(mentioned(text).filter((m) => m.startsWith('product:drones:'))).toEqual(['product:drones:Drones', 'product:drones:drones', 'product:drones:drones']);
  });

  it('stays a phrase where the document never names the class alone', () => {
    expect(products('Parts from Valdmark turned up in patrol drones over the border. The patrol drones carried Valdmark radios.')).toContain('patrol drones');
  });

  it('stays a phrase with two words before the head', () => {
    expect(products(`${DRONES} Valdmark sells long range patrol drones. The long range patrol drones carry radios.`)).toContain('long range patrol drones');
  });
});
