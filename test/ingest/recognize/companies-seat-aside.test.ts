// A company's seat in an aside between its name and its verb ("Skydio, based in California, sells drones") leaves the name
// the agent of the verb (companies.ts `agent`). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => f.surface);

describe('a seat in an aside before the verb', () => {
  it('keeps the name the agent of a company verb', () => {
    expect(companies('Orvane, based in California, sells drones to police departments.')).toEqual(['Orvane']);
    expect(companies('Tessaly Radio, headquartered in the Hague, makes radio modules.')).toEqual(['Tessaly Radio']);
    expect(companies('Kestrin, located in New South Wales, makes cameras.')).toEqual(['Kestrin']);
  });
  it('names no company where no company verb follows', () => {
    expect(companies('Orvane, based in California, said the rule was unclear.')).toEqual([]);
  });
});
