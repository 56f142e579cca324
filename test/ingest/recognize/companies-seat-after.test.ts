// A company's seat after its name ("Nordwing of Norway", "Quadra Robotics of Shenzhen"; companies.ts unseated): the
// company is named without the place, which stays a place. Names whose word before "of" is a common noun or a head keep
// their place. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);

describe('a seat after a company name', () => {
  it('is no part of the name after a coined word or a line of business', () => {
    expect(entities('Another supplier, Nordwing of Norway, said demand had doubled.')).toEqual(['Company Nordwing', 'Jurisdiction Norway']);
    expect(entities('Quadra Robotics of Shenzhen makes drones.')).toContain('Company Quadra Robotics');
    expect(entities('Quadra Robotics of Shenzhen makes drones.')).not.toContain('Company Quadra Robotics of Shenzhen');
  });
  it('stays in a name whose word before "of" is a common noun or a head, or that goes on after the place', () => {
    expect(entities('Another supplier, Bank of Norway, said demand had doubled.')).toContain('Company Bank of Norway');
    expect(entities('Another supplier, Nordwing of Norway Ltd., said demand had doubled.')).toContain('Company Nordwing of Norway Ltd.');
  });
});
