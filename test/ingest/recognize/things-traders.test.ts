// Goods named as the line of those who trade or import them (grammar/things.yaml maker-nouns: trader, importer, reseller,
// beside exporter and distributor): "a Hong Kong-based trader of microelectronics" names microelectronics, its support
// the trade (helper-246: dev65's EU implementing regulation missed it). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';
import { entityNamesOf } from '../one-sentence.ts';

const things = (text: string): string[] => entityNamesOf(analyseText(text).rec, ['Technology', 'Product']);

describe('goods of traders and importers', () => {
  it('are named as the line of a trader or an importer', () => {
    expect(things('Kestrel Cranes Ltd. is a Hong Kong-based trader of microelectronics.')).toEqual(['microelectronics']);
    expect(things('Veldry Trawl Ltd. is an importer of satellite terminals.')).toEqual(['satellite terminals']);
  });
  it('not a trader of something that is no thing', () => {
    expect(things('Kestrel Cranes Ltd. is a trader of securities in Hong Kong.')).toEqual([]);
  });
});
