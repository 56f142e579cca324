// A territory's government with its status and a bracketed short form between the name and the word ("the Hong Kong Special
// Administrative Region (HKSAR) Government", "the Macao SAR Government"): names.yaml government statuses, governments.ts.
// Own sentences (helper-371; dev107 at first sight missed the HKSAR Government, read as Hong Kong alone, and the Central
// People's Government: names.yaml self-named).
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCountries } from '../../../ingest/recognize/countries.ts';
import { findGovernments } from '../../../ingest/recognize/governments.ts';

const governments = (text: string): string[][] => findGovernments(text, findCountries(text)).map((f) => [f.surface, f.name]);

describe("a territory's government by its status", () => {
  it('reads the status and the short form as part of the government', () => {
    expect(governments('The Hong Kong Special Administrative Region (HKSAR) Government today rejected the listing.')).toEqual([
      ['Hong Kong Special Administrative Region (HKSAR) Government', 'Government of Hong Kong'],
    ]);
    expect(governments('The Macao SAR Government said it would follow the matter.')).toEqual([['Macao SAR Government', 'Government of Macau']]);
  });
  it('reads a country with its short form in brackets', () => {
    expect(governments('The United Kingdom (UK) Government announced a review.')).toEqual([['United Kingdom (UK) Government', 'Government of United Kingdom']]);
  });
  it('reads no government where the word does not follow', () => {
    expect(governments('The Hong Kong Special Administrative Region (HKSAR) is a place.')).toEqual([]);
  });
});

describe("the People's Republic's own English name for its government", () => {
  it("reads the Central People's Government as a body", () => {
    const bodies = findBodies("The SAR Government acts on the instructions of the Central People's Government (CPG).").filter((f) => f.label === 'Authority').map((f) => f.surface);
    expect(bodies).toContain("Central People's Government");
  });
});
