// A Federal Register citation in brackets right after the date an instrument came out ("published an advance notice of
// proposed rulemaking on harbour cranes on March 4, 2025 (90 Fed. Reg. 5512)") is another name of that instrument, not a
// Law of its own (instrument-references.ts datedBefore; grammar/instruments.yaml apposed-kinds); not of an act, which the
// Federal Register does not print. helper-412 (issue 15: duplicate Law nodes). Own sentences.
import { describe, expect, it } from 'vitest';
import { analysed } from '../one-sentence.ts';

const laws = (md: string) =>
  analysed(`# T\n\n${md}`)
    .rec.entities.filter((e) => e.label === 'Law')
    .map((e) => ({ name: e.name, surfaces: [...(e.surfaces ?? [])].sort() }))
    .filter((e) => e.surfaces.length > 0);

describe('a Federal Register citation after the date an instrument came out', () => {
  it('names the notice or rule named before the date', () => {
    expect(laws('The Bureau published an advance notice of proposed rulemaking on harbour cranes on March 4, 2025 (90 Fed. Reg. 5512), and ports answered it.')).toEqual([
      { name: 'Advance Notice of Proposed Rulemaking', surfaces: ['90 Fed. Reg. 5512', 'advance notice of proposed rulemaking'] },
    ]);
    expect(laws('The Bureau issued an interim final rule on March 9, 2025 (90 FR 7000).')).toEqual([{ name: 'interim final rule', surfaces: ['90 FR 7000', 'interim final rule'] }]);
  });
  it('names no act, nor an instrument a clause away', () => {
    expect(laws('The Bureau cited the Harbour Security Act on March 5, 2025 (90 FR 6000) in a notice.').map((e) => e.name).sort()).toEqual(['90 FR 6000', 'Harbour Security Act']);
    expect(laws('The Bureau issued an interim final rule, and ports sued on March 9, 2025 (90 FR 7000).').map((e) => e.name).sort()).toEqual(['90 FR 7000', 'interim final rule']);
  });
});
