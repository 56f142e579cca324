// Plural heads of goods (items, parts, trackers), goods named after a measure's noun and "on", the object of a
// regulatory verb after "to", and a gerund after a maker's noun.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const things = (text: string): string[] => findThings(text).map((f) => `${f.surface} [${f.label}] ${f.rule}`);

describe('goods heads and their support', () => {
  it('reads items, parts and trackers as heads of goods', () => {
    const found = things('Exports of livestock trackers and imports of bicycle parts fell, as did sales of drone items.');
    expect(found).toContain('livestock trackers [Product] thing:traded');
    expect(found).toContain('bicycle parts [Product] thing:traded');
    expect(found).toContain('drone items [Product] thing:traded');
  });
  it('supports goods and services whose free movement a text names', () => {
    expect(things('The Directive ensures the free movement of tidal energy services between Member States.')).toEqual(['tidal energy services [Technology] thing:traded']);
  });
  it('supports goods named after a measure noun and "on"', () => {
    expect(things('The ministry tightened controls on quantum sensing items in March.')).toContain('quantum sensing items [Product] thing:traded');
    expect(things('Duties on bicycle parts rose again.')).toEqual(['bicycle parts [Product] thing:traded']);
    // Generic heads still need a word that says what kind: "other items" names nothing.
    expect(things('Duties on other items rose again.')).toEqual([]);
    // A tariff's rate on goods (the relation rules' tariff cue reads "rate on" too): a plural head after generic words.
    expect(things('The ministry raised the rate on foreign inverters to 40%.')).toEqual(['inverters [Product] thing:traded']);
    expect(things('Interest rates on loans rose.')).toEqual([]);
  });
  it('reads a regulatory verb after "to" as the verb, its object as a regulated class', () => {
    expect(things('The port authority decided to ban harbour cranes from two vendors.')).toEqual(['harbour cranes [Product] thing:regulated']);
    expect(things('Lawmakers voted to restrict doorbell cameras.')).toEqual(['doorbell cameras [Product] thing:regulated']);
  });
  it('reads a gerund after a maker noun as its verb, not a modifier', () => {
    expect(things('Any exporter sending items to the listed firm needs a licence.')).toEqual([]);
  });
});
