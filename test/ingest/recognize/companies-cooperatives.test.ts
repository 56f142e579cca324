// A cooperative named by its title-case form ("<name> Electric Cooperative"; grammar/legal-forms.yaml in-title-case) is a
// company, as a name ending in "Inc" or "plc" is (bodies.ts body:name-head). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const companies = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Company').map((f) => f.surface);

describe('a cooperative', () => {
  it('is a company by the form that ends its name', () => {
    expect(companies('Larkspur Valley Electric Cooperative flies twelve drones over its lines.')).toEqual(['Larkspur Valley Electric Cooperative']);
    expect(companies('The grain was sold by Ostrander Farmers Cooperative in May.')).toEqual(['Ostrander Farmers Cooperative']);
  });
});
