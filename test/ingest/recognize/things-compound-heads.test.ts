// A word that heads a thing only after the word before it, as a two-word compound WordNet files under a product root
// ("machine tool": a tool is an implement, a machine tool a machine). Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const surfaces = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a compound head', () => {
  it('ends the phrase at its second word', () => {
    expect(surfaces('The trader exported CNC machine tools to the plant.')).toContain('CNC machine tools');
    expect(surfaces('They ship five-axis machine tools and lathes abroad.')).toContain('five-axis machine tools');
  });
  it('heads nothing without its first word', () => {
    expect(surfaces('The agency needs better tools for its analysts.')).toEqual([]);
  });
});

describe('a compound of a made material (grammar/things.yaml wordnet-made-materials)', () => {
  it('heads a thing after its first word only ("optical fiber": a made fiber; "fiber" alone is first a substance)', () => {
    expect(surfaces('Imports of optical fiber rose in May.')).toEqual(['optical fiber']);
    expect(surfaces('Imports of fiber rose in May.')).toEqual([]);
  });
  it('closes a conjunct of its own before a coordinated compound modifier', () => {
    expect(surfaces('The bureau is reviewing imports of optical fiber and fiber-optic cable.')).toEqual(['optical fiber', 'fiber-optic cable']);
    // Still one modifier where the word before "and" closes no compound.
    expect(surfaces('The agency restricted free and open-source software.')).toEqual(['free and open-source software']);
  });
});
