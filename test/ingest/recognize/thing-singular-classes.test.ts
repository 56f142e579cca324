// The singular of a class the document keeps on a bare plural head (singular-classes.ts, issue 15): legal drafting states a
// provision of one member of the class ("testing of a vehicle"), which names the class. Own sentences, invented bodies.
import { describe, expect, it } from 'vitest';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

/** The things a document keeps, as surface=id. */
const kept = (md: string): string[] => {
  const rec = settleTentative(recogniseMarkdown(md), new Set());
  return surfaceIdsOf(rec, ['Product', 'Technology']);
};

describe('a singular noun of a class the document names on a bare plural head', () => {
  it('names that class after a determiner of a member', () => {
    expect(kept('# T\n\nThis Regulation applies to vehicles. The Norland Authority shall inspect a vehicle of each type before approval.')).toEqual([
      'vehicles=product:~vehicle',
      'vehicle=product:~vehicle',
    ]);
  });
  it('names nothing where it modifies the noun after it, or where the document names no such class', () => {
    expect(kept('# T\n\nThis Regulation applies to vehicles. The Norland Authority shall inspect a vehicle manufacturer each year.')).toEqual(['vehicles=product:~vehicle']);
    expect(kept('# T\n\nThe Norland Authority shall inspect a vehicle of each type before approval.')).toEqual([]);
  });
});

describe('a singular the lexicon knows as a person', () => {
  it('names no class of goods of the same word, where the text reads the plural as goods', () => {
    expect(kept('# T\n\nThis Regulation applies to controllers. The Norland Authority shall inspect a controller of each firm.')).toEqual(['controllers=product:~controller']);
  });
});
