// A headline in title case describes a company by its country and status ("... to Entity-Listed Chinese Company", "Chinese
// Company Fined"): a legal-form head after demonyms and hyphenated participles alone names no company (bodies.ts body);
// a name with a word of its own before the head still does. helper-286 (dev78's press release headline). Own sentences,
// invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const companies = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Company').map((f) => f.surface);

describe('a company described in a title-case headline', () => {
  it('is no company when only demonyms and participles stand before the head', () => {
    expect(companies('Ohio Distributor Admits Shipping Radar Parts to Entity-Listed Chinese Company')).toEqual([]);
    expect(companies('State-Owned Russian Company Loses Appeal')).toEqual([]);
    expect(companies('Chinese Company Fined Over Drone Exports')).toEqual([]);
  });
  it('is a company when a word of its own names it', () => {
    expect(companies('Shipments to Brannock Chinese Company Halted')).toEqual(['Brannock Chinese Company']);
    expect(companies('Distributor Admits Shipping Radar Parts to Tamberlo Radar Company')).toEqual(['Tamberlo Radar Company']);
  });
});
