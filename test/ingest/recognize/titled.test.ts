// An instrument named by its quoted title after a verb of issuing or naming.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const titled = (text: string): string[] => findInstruments(text).filter((f) => f.rule === 'instrument:titled').map((f) => f.surface);

describe('quoted titles', () => {
  it('reads the quoted title after a verb of issuing or naming as the instrument', () => {
    expect(titled('The ministry published its measure in March 2031 as "Safety of Harbour Cranes: Remote Access" and applied it at once.')).toEqual([
      'Safety of Harbour Cranes: Remote Access',
    ]);
    expect(titled('It adopted a rule titled “Port Equipment Security Standards” in 2030.')).toEqual(['Port Equipment Security Standards']);
  });
  it('reads no quotation without such a verb, and no title of fewer than three words', () => {
    expect(titled('Industry groups speak of "Trusted Port Connectivity Standards" instead.')).toEqual([]);
    expect(titled('It issued a note titled "Cranes" in 2030.')).toEqual([]);
  });
  it('reads no title of a work or an event as an instrument (grammar/instruments.yaml titled-works)', () => {
    expect(titled('They published a report titled "Harbour Cranes in Norland Today".')).toEqual([]);
    expect(titled('The Senate held a hearing, called "Securing Our Harbour Cranes Now", in May.')).toEqual([]);
    expect(titled('The ministry published a final rule titled "Securing the Harbour Supply Chain: Cranes".')).toEqual(['Securing the Harbour Supply Chain: Cranes']);
  });
  it('reads a title that a lower-case noun other than an instrument word names as no instrument', () => {
    expect(titled('The full data set, titled "Cranes on Every Quay," is on our website.')).toEqual([]);
    expect(titled('The port runs a pilot scheme called "Safer Quays for All" with two operators.')).toEqual([]);
    expect(titled('The agency issued an order titled "Remote Access to Harbour Cranes" in May.')).toEqual(['Remote Access to Harbour Cranes']);
    expect(titled('The ministry issued two regulations, titled "Remote Access to Harbour Cranes" and another.')).toEqual(['Remote Access to Harbour Cranes']);
    // A verb of issuing keeps the title the instrument's, whatever stands before it.
    expect(titled('The ministry published its guidance in May as "Remote Access to Harbour Cranes".')).toEqual(['Remote Access to Harbour Cranes']);
  });
});
