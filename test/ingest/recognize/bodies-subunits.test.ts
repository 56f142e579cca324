// A part of an organisation (grammar/names.yaml heads: subunit) is a public body's part only where the text makes it
// one; never a company's line of business. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);
const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => f.surface);

describe('parts of organisations', () => {
  it('are a public body\'s where a public body or a country owns them', () => {
    const t = "The sale stalled after the ministry's Harbour Screening Unit called it in for review.";
    expect(bodies(t)).toEqual(['Harbour Screening Unit => Authority']);
    expect(companies(t)).toEqual([]);
    expect(bodies("Norway's Harbour Screening Unit objected.")).toEqual(['Harbour Screening Unit => Authority']);
    expect(bodies("The Treasury's Sanctions Desk objected.")).toEqual(['Treasury => Authority', 'Sanctions Desk => Authority']);
  });
  it('are one with a public qualifier, or "of the" a public body', () => {
    expect(bodies('The National Port Security Division met.')).toEqual(['National Port Security Division => Authority']);
    expect(bodies('The Licensing Branch of the Ministry of Fisheries met.')).toEqual(['Licensing Branch of the Ministry of Fisheries => Authority']);
  });
  it('are a public body\'s where the text places them in one, which is a body of its own', () => {
    expect(bodies('The Harbour Screening Unit in the Ministry of Ports met.')).toEqual(['Harbour Screening Unit => Authority', 'Ministry of Ports => Authority']);
    expect(bodies('The Cargo Licensing Joint Unit, which sits in the Ministry of Ports, met.')).toEqual(['Cargo Licensing Joint Unit => Authority', 'Ministry of Ports => Authority']);
    // A country after "in the" is a body's domain, one name.
    expect(bodies('The Committee on Harbour Investment in the United States met.')).toEqual(['Committee on Harbour Investment in the United States => Authority']);
    expect(bodies('The Telematics Control Unit in the car failed.')).toEqual([]);
  });
  it('are no body, and no company, without such words', () => {
    expect(bodies('The Telematics Control Unit failed in the cold.')).toEqual([]);
    expect(companies('Orsk Harbour Unit failed the test.')).toEqual([]);
    // A company's part named with its maker's words stays the company's rules' ("sells").
    expect(companies('The Ridgeway Robotics Division sells arms.')).toEqual(['Ridgeway Robotics Division']);
  });
});
