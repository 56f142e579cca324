// A framework's or issuer's numbered direction or circular, number and year joined by a hyphen or slash
// ("PSPF Direction 001-2025", "Circular 12/2024"), is an instrument of its own (instruments.yaml numbered-direction), the
// framework's acronym before it no mention of the framework alone. Not a number without its year. Own sentences,
// invented frameworks.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Law']).map((x) => x.split('=')[0]);

describe('a numbered direction', () => {
  it('is an instrument with its issuer', () => {
    expect(laws('The Harbour Security Policy Framework (HSPF) applies. HSPF Direction 004-2026 takes effect immediately.')).toEqual([
      'Harbour Security Policy Framework',
      'HSPF',
      'HSPF Direction 004-2026',
    ]);
    expect(laws('Under Circular 12/2024, operators may not buy harbour cranes.')).toEqual(['Circular 12/2024']);
  });
  it('but not without its year', () => {
    expect(laws('Direction 4 of the board applies to harbour cranes.')).toEqual([]);
  });
});
