import { describe, expect, it } from 'vitest';
import { type GoldDocument, scoreDocument } from '../../../ingest/reports/evaluate.ts';

// Two records that share a surface, as a text that calls both the FCC and the European Commission "the Commission".
const gold: GoldDocument = {
  entities: [
    { name: 'Federal Communications Commission', kind: 'authority', core: true, surfaces: ['Federal Communications Commission', 'Commission'] },
    { name: 'European Commission', kind: 'authority', core: true, surfaces: ['European Commission', 'Commission'] },
  ],
  relations: [],
};
const fcc = { id: 'a', label: 'Authority', name: 'Federal Communications Commission', surfaces: ['Federal Communications Commission', 'the Commission'] };
const ec = { id: 'b', label: 'Authority', name: 'European Commission', surfaces: ['European Commission', 'the Commission'] };

describe('scoreDocument', () => {
  it('gives each entity the record a surface of its own names: a shared surface makes no duplicate', () => {
    const s = scoreDocument('d', gold, [fcc, ec], []);
    expect(s).toMatchObject({ coreFound: 2, extracted: 2, correct: 2 });
    expect(s.errors).toEqual([]);
  });

  it('a shared surface alone still matches every record that has it, and a second such entity is a duplicate', () => {
    const bare = { id: 'c', label: 'Authority', name: 'Commission', surfaces: ['the Commission'] };
    const s = scoreDocument('d', gold, [bare, { ...bare, id: 'd' }], []);
    expect(s).toMatchObject({ coreFound: 2, extracted: 2, correct: 1 });
    expect(s.errors).toEqual(['duplicate: Authority "Commission" (the Commission) also names "Federal Communications Commission"']);
  });

  it('an entity found only through the other record does not find a record it has no surface of', () => {
    const s = scoreDocument('d', gold, [fcc], []);
    expect(s.coreFound).toBe(1);
    expect(s.errors).toEqual(['missed: authority "European Commission"']);
  });
});
