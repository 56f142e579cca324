// Goods named by their maker's name (things.ts goodsAfterName, index.ts draft): "Hikvision cameras", "ZTE's routers",
// "Huawei baseband units" name classes of things; generic heads ("Huawei equipment", "DJI products") and a head that
// modifies a noun after it name none; kept, as other phrases, with support (a relation that takes the class, repetition).
// Own sentences; the companies are catalog names.
import { describe, expect, it } from 'vitest';
import { goodsAfterName, thingWords } from '../../../ingest/recognize/things.ts';
import { analyseText } from '../reports/helpers.ts';
import { entityNamesOf } from '../one-sentence.ts';

const goods = (text: string, name: string): string | undefined => {
  const end = text.indexOf(name) + name.length;
  return goodsAfterName(text, thingWords(text), end)?.surface;
};
const things = (text: string): string[] => entityNamesOf(analyseText(text).rec, ['Product', 'Technology']);

describe("a company's goods named by its name", () => {
  it('is the plural noun phrase right after the name or its possessive', () => {
    expect(goods('The county bought Hikvision cameras last year.', 'Hikvision')).toBe('cameras');
    expect(goods('Operators replaced Huawei baseband units in their networks.', 'Huawei')).toBe('baseband units');
    expect(goods("The city replaced ZTE's routers.", 'ZTE')).toBe('routers');
    expect(goods('Carriers removed Huawei 5G base stations.', 'Huawei')).toBe('5G base stations');
  });
  it('ends on the head where no noun follows it', () => {
    expect(goods('Hikvision camera modules were found inside.', 'Hikvision')).toBe('camera modules');
    expect(goods('The county bought Hikvision cameras and Dahua recorders.', 'Hikvision')).toBe('cameras');
  });
  it('is none on a generic head, before a noun the head modifies, or after a coordinated name', () => {
    expect(goods('The agency removed Huawei equipment.', 'Huawei')).toBeUndefined();
    expect(goods('The agency met Huawei routers executives.', 'Huawei')).toBeUndefined();
    expect(goods('The agency removed Hikvision and Dahua cameras.', 'Hikvision')).toBeUndefined();
    expect(goods('The agency removed Hikvision and Dahua cameras.', 'Dahua')).toBe('cameras');
  });
  it('makes the class an entity of the document where the text supports it, as other phrases', () => {
    expect(things('The Federal Communications Commission banned Hikvision and Dahua cameras.')).toContain('cameras');
    expect(things('The council asked about the risks of using BYD vehicles in a municipal service.')).not.toContain('vehicles');
  });
});
