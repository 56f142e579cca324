// Goods brought, placed or put under licence are restricted, as export licensing on them restricts them
// (relation-rules.yaml restricts), not regulated: the regulates cue leaves a licence after "under" to the restriction.
// Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

const relations = (text: string): string[] => analyseText(text).relations.map((r) => `${r.type} ${r.end}`);

describe('goods brought under licence', () => {
  it('are restricted, the materials of the list after the colon too', () => {
    expect(relations('The Norland Ministry of Trade has brought a widening range of critical minerals under licence: tungsten from December 2023, antimony from September 2024.')).toEqual(['RESTRICTS technology:~tungsten', 'RESTRICTS technology:~antimony']);
  });
  it('are restricted where placed there', () => {
    expect(relations('The Norland Ministry of Trade placed tungsten under licence.')).toEqual(['RESTRICTS technology:~tungsten']);
  });
  it('leave a licence that is no measure on goods to the other rules', () => {
    expect(relations('The Norland Ministry of Trade regulates harbour cranes under its licensing rules.').some((r) => r.startsWith('RESTRICTS'))).toBe(false);
  });
});
