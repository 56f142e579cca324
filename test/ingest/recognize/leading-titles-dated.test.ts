// A title that opens with its type ("Provisions on ...", "Measures for ...") runs on over capitalised words, but not over
// the month of the date it was made ("of September 2020"): read into the title, the month lost the whole name, and a
// catalog list inside it was read alone. Own sentences, invented instruments.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (sentence: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${sentence}`), 'Law');

describe('a leading title before its date', () => {
  it('names the title and not the catalog list inside it', () => {
    expect(laws('The ministry set up the list under its Provisions on the Unreliable Entity List of September 2020, which it amended later.')).toEqual([
      'Provisions on the Unreliable Entity List=law:~provisions-on-the-unreliable-entity-list',
    ]);
  });

  it('ends the title before a month and its year', () => {
    expect(laws('The Measures for the Review of Harbour Drones of May 2026 took effect at once.')).toEqual([
      'Measures for the Review of Harbour Drones=law:~measures-for-the-review-of-harbour-drones',
    ]);
  });

  it('still runs on over a capitalised word that is no date', () => {
    expect(laws('The Catalogue of Technologies Prohibited or Restricted from Export was revised.')).toEqual([
      'Catalogue of Technologies Prohibited or Restricted from Export=law:~catalogue-of-technologies-prohibited-or-restricted-from-export',
    ]);
  });
});
