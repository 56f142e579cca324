// A singular head that names a class only before a post-modifier (grammar/things.yaml post-linked-heads: "a product with
// smart sensors") is the class its plural names ("products with smart sensors"), one entity; the bare singular is one
// item, no class. And "within the scope of" names the instrument right after it, not one named later in the sentence
// (relation-rules.yaml within-scope-of). Own sentences, fictional instruments.
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../../ingest/recognize/keys.ts';
import { analyseText } from '../reports/helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const analysed = (text: string) => analyseText(text);
const mentions = (text: string): string[] => mentionsOf(analysed(text).rec).map((m) => `${m.id}:${m.surface}`);

describe('a singular head before a post-modifier', () => {
  it('names the class of its plural, one entity', () => {
    expect(mentions('A fault in a product with smart sensors must be reported. Makers report faults in products with smart sensors.')).toEqual([
      'product:~product-with-smart-sensor:product with smart sensors',
      'product:~product-with-smart-sensor:products with smart sensors',
    ]);
    expect(entityKey('Product', 'products with smart sensors')).toBe(entityKey('Product', 'a product with smart sensors'.slice(2)));
  });
  it('is kept with repetition, as any phrase is', () => {
    expect(mentions('The agency keeps a register of each product with tidal gauges. A fault in a product with tidal gauges must be reported.')).toEqual([
      'product:~product-with-tidal-gauge:product with tidal gauges',
      'product:~product-with-tidal-gauge:product with tidal gauges',
    ]);
  });
  it('is no class without the post-modifier', () => {
    expect(mentions('The product is sold in Norland. A product must be safe.')).toEqual([]);
  });
});

describe('within the scope of an instrument', () => {
  it('is the scope of the instrument right after it, not of one named later in the sentence', () => {
    const text =
      'For a product with smart sensors that falls within the scope of the Tidal Safety Regulation 2031 and that is also a marine device, Article 9 of the Harbour Equipment Regulation 2030 should apply instead. Makers report faults in products with smart sensors.';
    const { relations } = analysed(text);
    const regulates = relations.filter((r) => r.type === 'REGULATES').map((r) => `${r.start} -> ${r.end}`);
    expect(regulates.some((r) => /tidal-safety/.test(r) && /product-with-smart-sensor/.test(r))).toBe(true);
    expect(regulates.some((r) => /harbour-equipment/.test(r))).toBe(false);
  });
});
