// In an instrument an annex named alone is its own annex, a part of it cited (a procedural citation), no list of its own;
// in a report "added X to Annex IV" still names a list (grammar/instruments.yaml annex-list). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const annexes = (md: string): string[] =>
  recogniseMarkdown(md)
    .sentences.flatMap((s) => s.mentions.filter((m) => m.surface.startsWith('Annex')))
    .map((m) => `${m.surface}${m.procedural ? ' (cited)' : ''}`);

describe('an annex named alone', () => {
  it('is a part of the instrument that names it', () => {
    expect(annexes('# Directive (EU) 2031/7 on harbour safety\n\nThis Directive lays down rules. Tide gauges listed in Annex IV shall be tested.')).toEqual(['Annex IV (cited)']);
  });
  it('is a list of its own in a report', () => {
    expect(annexes('# A report on harbour trade\n\nThe Council added Harbour Cranes Ltd to Annex IV on Monday.')).toEqual(['Annex IV']);
  });
});
