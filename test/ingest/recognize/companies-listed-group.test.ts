// A group's name listed with a company noun's phrase is a company's (companies.ts companyContext). Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}`);

describe('a group listed with companies', () => {
  it('is a company where a company noun\'s phrase closes the list', () => {
    expect(bodies('Our customers, Orsk Motors, Velland Marine Group and a Danish manufacturer we may not name, buy our cranes.')).toEqual(['Velland Marine Group => Company']);
    expect(bodies('Velland Marine Group or another supplier will deliver.')).toEqual(['Velland Marine Group => Company']);
  });
  it('stays an organisation elsewhere', () => {
    expect(bodies('The Velland Marine Group met in May.')).toEqual(['Velland Marine Group => Organization']);
    expect(bodies('The Velland Marine Group and a national authority met.')).toEqual(['Velland Marine Group => Organization']);
  });
});
