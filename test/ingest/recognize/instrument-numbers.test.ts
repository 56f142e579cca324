// The number a named instrument is cited by ("UN Regulation No. 155") is part of its name. Own sentences.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const names = (t: string): string[] => findInstruments(t).map((f) => `${f.surface} [${f.rule}]`);

describe('a named instrument and its number', () => {
  it('reads "No." and the number into the name', () => {
    expect(names('Harbour cranes must meet Maritime Regulation No. 48 from May.')).toEqual(['Maritime Regulation No. 48 [instrument:named]']);
    expect(names('The Harbour Code No 7 applies to cranes.')).toEqual(['Harbour Code No 7 [instrument:named]']);
  });
  it('leaves a number that is no citation of it alone', () => {
    expect(names('The Harbour Code applies to cranes.')).toEqual(['Harbour Code [instrument:named]']);
    expect(names('Under the Harbour Code, No. 3 of the berths was closed.')).toEqual(['Harbour Code [instrument:named]']);
  });
});
